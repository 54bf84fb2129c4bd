import KlarsvarCore
import KlarsvarText

/// Turns the core's findings and notices into LSP diagnostics. Translates only; never judges.
struct DiagnosticTranslator: Sendable {
  static let source = "klarsvar"
  /// `code` of notices about the input itself (e.g. an unknown rule id in a directive).
  static let noticeCode = "klarsvar-notice"

  let uri: String
  let converter: PositionConverter

  /// Every finding and notice, positioned in the document's own text.
  func diagnostics(for linted: LintedVersion) -> [Diagnostic] {
    let result = linted.value
    var cursor = PositionCursor(source: linted.source, encoding: converter.encoding)
    var diagnostics: [Diagnostic] = []
    diagnostics.reserveCapacity(result.findings.count + result.notices.count)
    for finding in result.findings { diagnostics.append(diagnostic(for: finding, cursor: &cursor)) }
    for notice in result.notices {
      diagnostics.append(
        Diagnostic(
          range: cursor.range(notice.range), severity: 2, code: Self.noticeCode, source: Self.source,
          message: notice.message))
    }
    return diagnostics
  }

  func diagnostic(for finding: Finding, in source: SourceText) -> Diagnostic {
    var cursor = PositionCursor(source: source, encoding: converter.encoding)
    return diagnostic(for: finding, cursor: &cursor)
  }

  private func diagnostic(for finding: Finding, cursor: inout PositionCursor) -> Diagnostic {
    let range = cursor.range(finding.range)
    let related = finding.related.map {
      DiagnosticRelatedInformation(location: Location(uri: uri, range: cursor.range($0.range)), message: $0.message)
    }
    let fixes = finding.suggestions.map {
      DiagnosticData.Fix(
        kind: $0.kind.rawValue, title: $0.title,
        edit: LSPTextEdit(range: cursor.range($0.edit.range), newText: $0.edit.newText))
    }
    return Diagnostic(
      range: range, severity: Self.severity(finding.severity), code: finding.ruleID,
      source: Self.source, message: finding.message, relatedInformation: related.isEmpty ? nil : related,
      data: DiagnosticData(category: finding.category.rawValue, fixes: fixes))
  }

  func edit(_ edit: KlarsvarCore.TextEdit, in source: SourceText) -> LSPTextEdit {
    LSPTextEdit(range: converter.range(edit.range, in: source), newText: edit.newText)
  }

  /// `DiagnosticSeverity`: 1 error, 2 warning, 3 information, 4 hint.
  static func severity(_ severity: Severity) -> Int {
    switch severity {
    case .error: 1
    case .warning: 2
    case .info: 3
    case .hint: 4
    }
  }
}
