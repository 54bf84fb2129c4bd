import KlarsvarCore

/// The closing summary of text output: findings per category and per file, the clean files, and a
/// total line (files checked, findings by severity, files clean, files that could not be read).
struct SummaryTable {
  let outcome: Checker.Outcome
  let options: ReportOptions
  /// Clean files listed by name before the rest are only counted.
  static let cleanFilesListed = 10

  var lines: [String] {
    let shown = outcome.reports.map { report in report.findings.filter(options.shows) }
    let total = shown.reduce(0) { $0 + $1.count }
    let checked = outcome.reports.filter { $0.result != nil }.count
    let cleanReports = zip(outcome.reports, shown).filter { $0.0.result != nil && $0.1.isEmpty }.map(\.0)
    let cleanFiles = cleanReports.map(\.file.displayPath)
    let unreadable = outcome.reports.filter { $0.error != nil }.count
    var lines = [""]
    if total > 0 {
      lines.append("Fynd per kategori:")
      for category in RuleCategory.allCases {
        let count = shown.reduce(0) { $0 + $1.filter { $0.category == category }.count }
        let label = "\(category.swedishName) (\(category.rawValue))"
        if count > 0 { lines.append("  \(label.padding(toLength: 32, withPad: " ", startingAt: 0)) \(count)") }
      }
      lines.append("Fynd per fil:")
      for (report, findings) in zip(outcome.reports, shown) where !findings.isEmpty {
        lines.append(
          "  \(report.file.displayPath): \(findings.count) (\(Self.bySeverity(findings).joined(separator: ", ")))"
            + Self.kind(of: report))
      }
    }
    if !cleanFiles.isEmpty && total > 0 {
      lines.append("Utan fynd:")
      for report in cleanReports.prefix(Self.cleanFilesListed) {
        lines.append("  \(report.file.displayPath)" + Self.kind(of: report))
      }
      if cleanFiles.count > Self.cleanFilesListed {
        lines.append("  … och \(cleanFiles.count - Self.cleanFilesListed) till")
      }
    }
    let severities = Self.bySeverity(shown.flatMap { $0 })
    // Swedish agreement: "1 fil kontrollerad", "3 filer kontrollerade".
    let checkedWords = checked == 1 ? "fil kontrollerad" : "filer kontrollerade"
    lines.append(
      "\(checked) \(checkedWords), \(total) fynd"
        + (severities.isEmpty ? "" : " (\(severities.joined(separator: ", ")))")
        + ", \(cleanFiles.count) utan fynd" + (unreadable > 0 ? ", \(unreadable) kunde inte läsas" : "") + ".")
    return lines
  }

  /// ` – svar på insändare (upptäckt)`: the kind the file was judged as, and how it was decided.
  private static func kind(of report: FileReport) -> String {
    guard let result = report.result else { return "" }
    let source =
      switch result.kindDecision.source {
      case .declared: "angiven i filen"
      case .configured: "inställning"
      case .detected: "upptäckt"
      }
    return " – \(result.kind.swedishName) (\(source))"
  }

  private static func bySeverity(_ findings: [Finding]) -> [String] {
    Severity.allCases.reversed().compactMap { severity -> String? in
      let count = findings.filter { $0.severity == severity }.count
      return count > 0 ? "\(count) \(severity.rawValue)" : nil
    }
  }
}
