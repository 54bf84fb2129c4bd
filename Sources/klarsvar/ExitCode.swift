/// Process exit statuses of the command line.
struct ExitCode: RawRepresentable, Hashable {
  var rawValue: Int32

  /// Nothing at or above the fail level.
  static let success = ExitCode(rawValue: 0)
  /// Findings at or above the fail level (or failing rule examples).
  static let findings = ExitCode(rawValue: 1)
  /// Usage, configuration, rule-pack or input error.
  static let usage = ExitCode(rawValue: 2)
}
