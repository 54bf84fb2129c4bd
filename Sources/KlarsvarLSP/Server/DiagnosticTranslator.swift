import KlarsvarCore

/// Turns the core's findings and notices into LSP diagnostics. Translates only; never judges.
struct DiagnosticTranslator: Sendable {
  static let source = "klarsvar"
  /// `code` of notices about the input itself (e.g. an unknown rule id in a directive).
  static let noticeCode = "klarsvar-notice"

  let uri: String
  let converter: PositionConverter

  func diagnostics(for result: LintResult) -> [Diagnostic] {
    result.findings.map { diagnostic(for: $0, in: result.source) }
      + result.notices.map { notice in
        Diagnostic(
          range: converter.range(notice.range, in: result.source), severity: 2, code: Self.noticeCode,
          source: Self.source,
          message: notice.message)
      }
  }

  func diagnostic(for finding: Finding, in source: SourceText) -> Diagnostic {
    let related = finding.related.map {
      DiagnosticRelatedInformation(
        location: Location(uri: uri, range: converter.range($0.range, in: source)), message: $0.message)
    }
    let fixes = finding.suggestions.map {
      DiagnosticData.Fix(kind: $0.kind.rawValue, title: $0.title, edit: edit($0.edit, in: source))
    }
    return Diagnostic(
      range: converter.range(finding.range, in: source), severity: Self.severity(finding.severity),
      code: finding.ruleID,
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
