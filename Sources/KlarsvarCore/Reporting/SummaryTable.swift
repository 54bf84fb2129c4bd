/// The closing summary of text output: findings per category and per file, and clean files.
struct SummaryTable {
  let outcome: Checker.Outcome
  let options: ReportOptions

  var lines: [String] {
    let shown = outcome.reports.map { report in report.findings.filter(options.shows) }
    let total = shown.reduce(0) { $0 + $1.count }
    let checked = outcome.reports.filter { $0.result != nil }.count
    let clean = zip(outcome.reports, shown).filter { $0.0.result != nil && $0.1.isEmpty }.count
    var lines = [""]
    if total > 0 {
      lines.append("Fynd per kategori:")
      for category in RuleCategory.allCases {
        let count = shown.reduce(0) { $0 + $1.filter { $0.category == category }.count }
        if count > 0 { lines.append("  \(category.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(count)") }
      }
      lines.append("Fynd per fil:")
      for (report, findings) in zip(outcome.reports, shown) where !findings.isEmpty {
        let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
          let count = findings.filter { $0.severity == severity }.count
          return count > 0 ? "\(count) \(severity.rawValue)" : nil
        }
        lines.append("  \(report.file.displayPath): \(findings.count) (\(bySeverity.joined(separator: ", ")))")
      }
    }
    let severities = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = shown.reduce(0) { $0 + $1.filter { $0.severity == severity }.count }
      return count > 0 ? "\(count) \(severity.rawValue)" : nil
    }
    let fileWord = checked == 1 ? "fil" : "filer"
    lines.append(
      "\(checked) \(fileWord) kontrollerade, \(total) fynd" + (severities.isEmpty ? "" : " (\(severities.joined(separator: ", ")))")
        + ", \(clean) utan fynd.")
    return lines
  }
}

import Foundation
