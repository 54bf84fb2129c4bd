import KlarsvarCore
import KlarsvarFormats
import KlarsvarText

/// `file:line:col: severity [rule-id] message`, the source line and a caret underline, then a summary.
struct TextReporter: Reporter {
  static let identifier = "text"
  static let description = "fil:rad:kolumn, raden och en sammanfattning"
  static let reportsRunErrors = true

  let options: ReportOptions

  private func paint(_ text: String, _ code: String) -> String {
    options.useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;33"
    case .info: "1;36"
    case .hint: "2"
    }
  }

  func render(_ outcome: Checker.Outcome) -> String {
    var lines: [String] = []
    for error in outcome.packErrors + outcome.configErrors { lines.append("\(paint("fel", "1;31")): \(error)") }
    for path in outcome.missingPaths { lines.append("\(paint("fel", "1;31")): \(path): filen eller mappen finns inte") }
    for problem in outcome.pathProblems { lines.append("\(paint("fel", "1;31")): \(problem)") }
    lines += ConcurrentMap.map(outcome.reports) { report in fileLines(report) }.flatMap { $0 }
    lines.append(contentsOf: SummaryTable(outcome: outcome, options: options).lines)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The lines of one file: its error or skip note, notices and findings.
  private func fileLines(_ report: FileReport) -> [String] {
    var lines: [String] = []
    let path = report.file.displayPath
    if let error = report.error { lines.append("\(path): \(paint("fel", "1;31")): \(error)") }
    if let skipped = report.skipped { lines.append("\(path): \(skipped)") }
    guard let result = report.result else { return lines }
    for notice in result.notices {
      let location = report.location(of: notice.range)
      lines.append(
        "\(path):\(location.start.line):\(location.start.column): \(paint("notis", "1;35")): \(notice.message)")
    }
    let source = report.source ?? result.source
    for finding in result.findings where options.shows(finding) {
      if let document = report.document {
        lines += render(finding, path: path, document: document, source: source)
      } else {
        lines += render(finding, path: path, report: report, source: source)
      }
    }
    return lines
  }

  /// A finding in a .docx/.odt: `file: stycke N, tecken C: …`, then the paragraph (or the part of it
  /// around the finding) with a caret underline.
  private func render(_ finding: Finding, path: String, document: ExtractedDocument, source: SourceText) -> [String] {
    let position = document.position(ofUTF8Offset: finding.range.lowerBound)
    let place = position.map { "stycke \($0.paragraph), tecken \($0.character)" } ?? "stycke 1"
    var lines = [
      "\(path): \(place): \(paint(finding.severity.rawValue, severityColor(finding.severity))) [\(finding.ruleID)] \(finding.message)"
    ]
    if let paragraph = document.paragraph(containingUTF8Offset: finding.range.lowerBound) {
      let window = LineWindow(
        source.utf8, line: paragraph.utf8Range, finding: finding.range.lowerBound..<finding.range.upperBound,
        flattenLineBreaks: true)
      let label = "¶\(paragraph.index)"
      let gutter = String(repeating: " ", count: label.count)
      lines.append(" \(label) | \(window.text)")
      lines.append(
        " \(gutter) | " + String(repeating: " ", count: window.caretIndent)
          + paint(String(repeating: "^", count: window.caretCount), severityColor(finding.severity)))
    }
    if let fix = finding.suggestions.first(where: { $0.kind == .replacement }) {
      lines.append("   = förslag: \(fix.title)")
    }
    return lines
  }

  private func render(_ finding: Finding, path: String, report: FileReport, source: SourceText) -> [String] {
    let location = report.location(of: finding.range)
    var lines = [
      "\(path):\(location.start.line):\(location.start.column): \(paint(finding.severity.rawValue, severityColor(finding.severity))) [\(finding.ruleID)] \(finding.message)"
    ]
    let lineRange = source.lineRange(location.start.line - 1)
    let window = LineWindow(
      source.utf8, line: lineRange.lowerBound..<lineRange.upperBound,
      finding: finding.range.lowerBound..<finding.range.upperBound)
    let number = String(location.start.line)
    let gutter = String(repeating: " ", count: number.count)
    lines.append(" \(number) | \(window.text)")
    lines.append(
      " \(gutter) | " + String(repeating: " ", count: window.caretIndent)
        + paint(String(repeating: "^", count: window.caretCount), severityColor(finding.severity)))
    if let fix = finding.suggestions.first(where: { $0.kind == .replacement }) {
      lines.append(" \(gutter) = förslag: \(fix.title)")
    }
    return lines
  }
}

/// Terminal columns a string takes: combining marks take none, wide emoji two.
enum DisplayWidth {
  static func of(_ text: String) -> Int {
    text.reduce(0) { total, character in
      let wide =
        character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
        || character.unicodeScalars.first.map {
          (0x1100...0x115F).contains($0.value) || (0x2E80...0xA4CF).contains($0.value)
            || (0xAC00...0xD7A3).contains($0.value) || (0xF900...0xFAFF).contains($0.value)
            || (0xFF00...0xFF60).contains($0.value)
        } == true
      return total + (wide ? 2 : 1)
    }
  }
}
