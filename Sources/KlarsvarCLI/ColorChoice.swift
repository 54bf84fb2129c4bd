import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--color auto|always|never` and the environment's say in it.
///
/// The flag wins over the environment. With `auto` (the default) `NO_COLOR` (no-color.org) turns colour
/// off, then `FORCE_COLOR` (force-color.org) turns it on even without a terminal – CI logs show ANSI
/// colour but are not terminals – unless it is `0` or `false`, as Node and chalk read it; otherwise
/// colour follows whether standard output is a terminal that is not `TERM=dumb`.
package enum ColorChoice: String, CaseIterable, Sendable {
  case auto, always, never

  package func resolve(environment: [String: String], isTerminal: Bool) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
      if let force = environment["FORCE_COLOR"], !force.isEmpty {
        return force != "0" && force.lowercased() != "false"
      }
      return isTerminal && environment["TERM"] != "dumb"
    }
  }

  /// Whether standard output gets colour in this process.
  package func resolveForStandardOutput() -> Bool {
    resolve(environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) != 0)
  }
}
