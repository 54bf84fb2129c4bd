import KlarsvarCore

/// One output format of `klarsvar check --format`: a pure rendering of a whole run.
///
/// A new format is one file with a type conforming to this, its entry in `ReportFormat.allCases`
/// and its golden file (`Tests/Fixtures/golden/sample.IDENTIFIER`); the `--format` help, the error
/// for an unknown format and the tests read the registry.
public protocol Reporter: Sendable {
  /// The value of `--format`.
  static var identifier: String { get }
  /// What the format is for, in the `--format` help.
  static var description: String { get }
  /// Whether the output carries run-level errors itself; for the others the command line also
  /// prints them on standard error so they are not lost in a CI log.
  static var reportsRunErrors: Bool { get }

  init(options: ReportOptions)

  /// Renders a whole run: the same outcome and options give the same text.
  func render(_ outcome: Checker.Outcome) -> String
}

extension Reporter {
  public static var reportsRunErrors: Bool { false }
}
