/// The output formats of `klarsvar check --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
  case text
  case json

  /// Renders a whole run.
  public func render(_ outcome: Checker.Outcome, options: ReportOptions) -> String {
    switch self {
    case .text: TextReporter(options: options).render(outcome)
    case .json: JSONReporter(options: options).render(outcome)
    }
  }
}

/// Settings shared by the reporters.
public struct ReportOptions: Sendable {
  public var minimumSeverity: Severity
  public var useColor: Bool
  public var toolVersion: String

  public init(minimumSeverity: Severity = .hint, useColor: Bool = false, toolVersion: String = KlarsvarVersion.current) {
    self.minimumSeverity = minimumSeverity
    self.useColor = useColor
    self.toolVersion = toolVersion
  }

  func shows(_ finding: Finding) -> Bool { finding.severity >= minimumSeverity }
}

/// The tool's version, shown by `--version` and written into reports.
public enum KlarsvarVersion {
  public static let current = "0.1.0"
}
