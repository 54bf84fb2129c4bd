/// What checking one file produced.
public struct FileReport: Sendable {
  public var file: InputFile
  public var result: LintResult?
  /// A problem reading the file (invalid UTF-8, unreadable, broken document); the run exits 2.
  public var error: String?
  /// Why the file was skipped (binary content); not an error.
  public var skipped: String?
  /// The fail level that applies to this file (config `failOn`, overridden by the command line).
  public var failOn: FailLevel

  public var findings: [Finding] { result?.findings ?? [] }
}
