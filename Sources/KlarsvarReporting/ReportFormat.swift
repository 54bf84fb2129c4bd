import KlarsvarCore

/// The output formats of `klarsvar check --format`, one reporter each.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case json
  case sarif
  case junit
  case github
  case gitlab
  case checkstyle

  /// Renders a whole run. Pure: the same outcome and options give the same text.
  public func render(_ outcome: Checker.Outcome, options: ReportOptions) -> String {
    switch self {
    case .text: TextReporter(options: options).render(outcome)
    case .json: JSONReporter(options: options).render(outcome)
    case .sarif: SARIFReporter(options: options).render(outcome)
    case .junit: JUnitReporter(options: options).render(outcome)
    case .github: GitHubReporter(options: options).render(outcome)
    case .gitlab: GitLabReporter(options: options).render(outcome)
    case .checkstyle: CheckstyleReporter(options: options).render(outcome)
    }
  }

  /// Whether the output carries run-level errors itself; for the others the command line also
  /// prints them on standard error so they are not lost in a CI log.
  public var reportsRunErrors: Bool { self == .text || self == .json }
}

/// Settings shared by the reporters.
public struct ReportOptions: Sendable {
  public var minimumSeverity: Severity
  public var useColor: Bool
  public var toolVersion: String

  public init(minimumSeverity: Severity = .hint, useColor: Bool = false, toolVersion: String = KlarsvarVersion.current)
  {
    self.minimumSeverity = minimumSeverity
    self.useColor = useColor
    self.toolVersion = toolVersion
  }

  func shows(_ finding: Finding) -> Bool { finding.severity >= minimumSeverity }
}
