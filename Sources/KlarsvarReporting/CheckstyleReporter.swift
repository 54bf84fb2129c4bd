import KlarsvarCore

/// Checkstyle XML (`<checkstyle><file name><error line column severity message source/>`), read by
/// Jenkins' warnings plugin, reviewdog and many CI dashboards. Files without findings are listed empty.
struct CheckstyleReporter: Reporter {
  static let identifier = "checkstyle"
  static let description = "Checkstyle-XML (Jenkins, reviewdog)"

  let options: ReportOptions

  struct Report: Codable, Hashable {
    var version = "4.3"
    var files: [File]
  }

  struct File: Codable, Hashable {
    var name: String
    var errors: [Entry]
  }

  struct Entry: Codable, Hashable {
    var line: Int
    var column: Int
    /// `error`, `warning` or `info` (Checkstyle has no hint).
    var severity: String
    var message: String
    var source: String
  }

  func render(_ outcome: Checker.Outcome) -> String {
    model(outcome).xml.document()
  }

  func model(_ outcome: Checker.Outcome) -> Report {
    var files = outcome.shownFindings(options).map { report, findings in
      var entries = findings.map { entry in
        Entry(
          line: entry.location.start.line, column: entry.location.start.column,
          severity: Self.severity(entry.finding.severity), message: entry.finding.message,
          source: "klarsvar.\(entry.finding.ruleID)")
      }
      if let error = report.error {
        entries.append(Entry(line: 1, column: 1, severity: "error", message: error, source: "klarsvar.read-error"))
      }
      return File(name: report.file.displayPath, errors: entries)
    }
    if !outcome.runErrors.isEmpty {
      files.insert(
        File(
          name: "klarsvar",
          errors: outcome.runErrors.map {
            Entry(line: 1, column: 1, severity: "error", message: $0, source: "klarsvar.config-error")
          }
        ), at: 0)
    }
    return Report(files: files)
  }

  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info, .hint: "info"
    }
  }
}

extension CheckstyleReporter.Report {
  var xml: XMLNode {
    XMLNode(
      name: "checkstyle", attributes: [.init("version", version)],
      children: files.map { file in
        XMLNode(
          name: "file", attributes: [.init("name", file.name)],
          children: file.errors.map { entry in
            XMLNode(
              name: "error",
              attributes: [
                .init("line", "\(entry.line)"), .init("column", "\(entry.column)"), .init("severity", entry.severity),
                .init("message", entry.message), .init("source", entry.source),
              ])
          })
      })
  }
}
