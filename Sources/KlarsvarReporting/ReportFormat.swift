import KlarsvarCore

/// A `--format` value: one `Reporter`, picked by its identifier.
public struct ReportFormat: RawRepresentable, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  public let reporter: any Reporter.Type

  /// The registry: every format, sorted by identifier (a test checks it against the reporter files).
  public static let allCases: [ReportFormat] = [
    ReportFormat(CheckstyleReporter.self), ReportFormat(GitHubReporter.self), ReportFormat(GitLabReporter.self),
    ReportFormat(JSONReporter.self), ReportFormat(JUnitReporter.self), ReportFormat(SARIFReporter.self),
    ReportFormat(TextReporter.self),
  ]

  /// The format without `--format`.
  public static let text = ReportFormat(TextReporter.self)
  /// The format whose reporter leaves run-level errors to standard error (for commands without a report).
  public static let sarif = ReportFormat(SARIFReporter.self)

  private init(_ reporter: any Reporter.Type) {
    self.reporter = reporter
  }

  public init?(rawValue: String) {
    guard let format = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = format
  }

  public var rawValue: String { reporter.identifier }
  public var description: String { rawValue }

  /// Renders a whole run. Pure: the same outcome and options give the same text.
  public func render(_ outcome: Checker.Outcome, options: ReportOptions) -> String {
    reporter.init(options: options).render(outcome)
  }

  /// Whether the output carries run-level errors itself.
  public var reportsRunErrors: Bool { reporter.reportsRunErrors }

  /// One line per format for `--format` help: its identifier and what it is for.
  public static func helpLines(indent: String) -> String {
    let width = allCases.map(\.rawValue.count).max() ?? 0
    return allCases.map { format in
      let name = format.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      return indent + name + "  " + format.reporter.description + (format == .text ? " (standard)" : "")
    }.joined(separator: "\n")
  }

  public static func == (left: ReportFormat, right: ReportFormat) -> Bool { left.rawValue == right.rawValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

/// Settings shared by the reporters.
public struct ReportOptions: Sendable {
  public var minimumSeverity: Severity
  public var useColor: Bool
  public var toolVersion: String
  /// The absolute path of the folder `check` ran in, which relative paths are relative to; formats
  /// that name a base for their paths (SARIF) write it. Nil leaves it out, keeping output portable.
  public var workingDirectory: String?

  public init(
    minimumSeverity: Severity = .hint, useColor: Bool = false, toolVersion: String = KlarsvarVersion.current,
    workingDirectory: String? = nil
  ) {
    self.minimumSeverity = minimumSeverity
    self.useColor = useColor
    self.toolVersion = toolVersion
    self.workingDirectory = workingDirectory
  }

  func shows(_ finding: Finding) -> Bool { finding.severity >= minimumSeverity }
}
