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
    for finding in result.findings where options.shows(finding) {
      if let document = report.document {
        lines += render(finding, path: path, document: document)
      } else {
        lines += render(finding, path: path, source: report.source ?? result.source)
      }
    }
    return lines
  }

  /// A finding in a .docx/.odt: `file: stycke N, tecken C: …`, then the paragraph with a caret underline.
  private func render(_ finding: Finding, path: String, document: ExtractedDocument) -> [String] {
    let position = document.position(ofUTF8Offset: finding.range.lowerBound)
    let place = position.map { "stycke \($0.paragraph), tecken \($0.character)" } ?? "stycke 1"
    var lines = [
      "\(path): \(place): \(paint(finding.severity.rawValue, severityColor(finding.severity))) [\(finding.ruleID)] \(finding.message)"
    ]
    if let paragraph = document.paragraph(containingUTF8Offset: finding.range.lowerBound) {
      let bytes = Array(paragraph.text.utf8)
      let start = min(max(finding.range.lowerBound - paragraph.utf8Range.lowerBound, 0), bytes.count)
      let end = min(max(finding.range.upperBound - paragraph.utf8Range.lowerBound, start), bytes.count)
      let flat = { (slice: ArraySlice<UInt8>) in
        String(decoding: slice, as: UTF8.self).replacingOccurrences(of: "\t", with: " ").replacingOccurrences(
          of: "\n", with: " ")
      }
      let label = "¶\(paragraph.index)"
      let gutter = String(repeating: " ", count: label.count)
      lines.append(" \(label) | \(flat(bytes[...]))")
      lines.append(
        " \(gutter) | " + String(repeating: " ", count: DisplayWidth.of(flat(bytes[..<start])))
          + paint(
            String(repeating: "^", count: max(1, DisplayWidth.of(flat(bytes[start..<end])))),
            severityColor(finding.severity)))
    }
    if let fix = finding.suggestions.first(where: { $0.kind == .replacement }) {
      lines.append("   = förslag: \(fix.title)")
    }
    return lines
  }

  private func render(_ finding: Finding, path: String, source: SourceText) -> [String] {
    let location = ReportLocation(finding.range, in: source)
    var lines = [
      "\(path):\(location.start.line):\(location.start.column): \(paint(finding.severity.rawValue, severityColor(finding.severity))) [\(finding.ruleID)] \(finding.message)"
    ]
    let lineIndex = location.start.line - 1
    let lineRange = source.lineRange(lineIndex)
    let lineText = source.text(in: lineRange).replacingOccurrences(of: "\t", with: " ")
    let number = String(location.start.line)
    let gutter = String(repeating: " ", count: number.count)
    let prefix = source.text(in: TextRange(lineRange.lowerBound, finding.range.lowerBound))
    let underlined = source.text(
      in: TextRange(finding.range.lowerBound, min(finding.range.upperBound, lineRange.upperBound)))
    let caretCount = max(1, DisplayWidth.of(underlined))
    lines.append(" \(number) | \(lineText)")
    lines.append(
      " \(gutter) | " + String(repeating: " ", count: DisplayWidth.of(prefix))
        + paint(String(repeating: "^", count: caretCount), severityColor(finding.severity)))
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
