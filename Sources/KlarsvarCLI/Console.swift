import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to stdout and stderr; colour only on a terminal and never with `NO_COLOR`.
package enum Console {
  package static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  package static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  static var stdoutIsColorTerminal: Bool {
    if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
    if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) != 0
  }
}
