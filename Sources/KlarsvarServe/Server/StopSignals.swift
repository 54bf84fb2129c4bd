import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The write end of the pipe `StopSignals`' handler writes to; set before the handler is installed.
/// A C signal handler cannot capture, so it reads this global; `write` is async-signal-safe.
nonisolated(unsafe) private var stopSignalWriter: Int32 = -1

/// Turns SIGINT (Ctrl+C) and SIGTERM into a clean stop: the handler runs on a queue, not inside the
/// signal, so it may lock and write.
///
/// The signal handler is installed with `sigaction` before `init` returns and writes the signal's number
/// to a pipe that a dispatch source reads. (A dispatch signal source alone lost signals on Linux: it
/// needs the signal ignored, and until the source's asynchronous registration a signal sent right after
/// the address was printed was discarded; one in seven immediate SIGTERMs did not stop the server.)
///
/// - Important: one instance at a time in a process.
package final class StopSignals: @unchecked Sendable {
  // Unchecked: the descriptors and the source are set in init and only cancelled afterwards.
  private let reader: Int32
  private let writer: Int32
  private let source: any DispatchSourceRead

  /// Starts watching; `onStop` is called once per signal received, with the signal's name.
  package init(onStop: @escaping @Sendable (String) -> Void) {
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
    }
    (reader, writer) = (ends[0], ends[1])
    stopSignalWriter = writer
    let queue = DispatchQueue(label: "klarsvar.serve.signals")
    source = DispatchSource.makeReadSource(fileDescriptor: reader, queue: queue)
    source.setEventHandler { [reader] in
      var number: UInt8 = 0
      while read(reader, &number, 1) == 1 {
        onStop(Int32(number) == SIGINT ? "SIGINT" : "SIGTERM")
      }
    }
    source.setCancelHandler { [reader, writer] in
      _ = close(reader)
      _ = close(writer)
    }
    source.resume()
    for number in [SIGINT, SIGTERM] { Self.install(number) }
  }

  /// Writes the signal's number to the pipe; a full pipe drops it (a stop is already pending).
  private static func install(_ number: Int32) {
    var action = sigaction()
    let handler: @convention(c) (Int32) -> Void = { number in
      var byte = UInt8(truncatingIfNeeded: number)
      _ = write(stopSignalWriter, &byte, 1)
    }
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = handler
    #else
      action.__sigaction_u.__sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(number, &action, nil)
  }

  /// Stops watching and restores the default actions.
  package func cancel() {
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
    stopSignalWriter = -1
    source.cancel()
  }
}
