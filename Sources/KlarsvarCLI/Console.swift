import Foundation
import KlarsvarCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr (whether in colour is `ColorChoice`'s business).
///
/// Output goes straight to the descriptors with `write(2)`: `FileHandle.write` traps on a full disk
/// or a closed pipe. A failed write to standard output ends the process with a Swedish message and
/// status 2 (the report is incomplete, so no other status would be true); standard error is best effort.
package enum Console {
  package static func out(_ text: String) {
    var text = text
    text.withUTF8 { out($0) }
  }

  /// Bytes to standard output, as they are (reporters that write per file).
  package static func out(_ bytes: UnsafeBufferPointer<UInt8>) {
    ignoreBrokenPipeSignal
    if let failure = writeAll(STDOUT_FILENO, bytes) {
      error("klarsvar: kan inte skriva utdata till standard ut: \(failure)")
      exit(ExitCode.usage.rawValue)
    }
  }

  package static func error(_ text: String) {
    var line = text.hasSuffix("\n") ? text : text + "\n"
    line.withUTF8 { _ = writeAll(STDERR_FILENO, $0) }
  }

  /// A reader that went away (`klarsvar check | head`) is reported as an error like a full disk,
  /// instead of the signal ending the process without a word.
  private static let ignoreBrokenPipeSignal: Void = {
    signal(SIGPIPE, SIG_IGN)
  }()

  /// Writes every byte, going on after interrupted and partial writes; the error when one fails.
  private static func writeAll(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> SystemError? {
    guard var cursor = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
      let written = write(descriptor, cursor, remaining)
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .current
      }
      cursor += written
      remaining -= written
    }
    return nil
  }
}
