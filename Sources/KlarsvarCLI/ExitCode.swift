/// Process exit statuses of the command line.
package struct ExitCode: RawRepresentable, Hashable {
  package var rawValue: Int32

  package init(rawValue: Int32) { self.rawValue = rawValue }

  /// Nothing at or above the fail level.
  package static let success = ExitCode(rawValue: 0)
  /// Findings at or above the fail level (or failing rule examples).
  package static let findings = ExitCode(rawValue: 1)
  /// Usage, configuration, rule-pack or input error.
  package static let usage = ExitCode(rawValue: 2)
}
