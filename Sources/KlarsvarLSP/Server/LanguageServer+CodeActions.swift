import KlarsvarCore
import KlarsvarText

/// Code actions: a quick fix per suggestion (including "insert referral"), "disable this rule on this
/// line", and `source.fixAll.klarsvar`.
extension LanguageServer {
  func codeActions(_ request: CodeActionRequest, _ reply: Reply<[CodeAction]>) {
    let uri = request.textDocument.uri
    whenLinted(uri) { linted in
      guard let linted else { return self.answer(reply, []) }
      self.answer(reply, self.actions(for: request, linted))
    }
  }

  private func actions(for request: CodeActionRequest, _ linted: LintedVersion) -> [CodeAction] {
    let uri = request.textDocument.uri
    let result = linted.value
    let source = linted.source
    let translator = DiagnosticTranslator(uri: uri, converter: converter)
    let range = converter.utf8Range(of: request.range, in: source).range
    let only = request.context?.only
    var actions: [CodeAction] = []
    if CodeActionKind.kind(CodeActionKind.quickFix, matches: only) {
      for finding in result.findings
      where finding.range.lowerBound <= range.upperBound && range.lowerBound <= finding.range.upperBound {
        let diagnostic = translator.diagnostic(for: finding, in: source)
        for suggestion in finding.suggestions {
          actions.append(
            CodeAction(
              title: suggestion.title, kind: CodeActionKind.quickFix, diagnostics: [diagnostic],
              isPreferred: finding.suggestions.count == 1 && suggestion.kind == .replacement ? true : nil,
              edit: WorkspaceEdit(changes: [uri: [translator.edit(suggestion.edit, in: source)]])))
        }
        actions.append(disableAction(finding, diagnostic, linted.lint, uri: uri, translator: translator))
      }
    }
    if CodeActionKind.kind(CodeActionKind.fixAllKlarsvar, matches: only), let fixAll = fixAllAction(linted, uri: uri) {
      actions.append(fixAll)
    }
    return actions
  }

  /// Turns the finding's rule off for its line (the core writes the directive, for HTML into the markup).
  private func disableAction(
    _ finding: Finding, _ diagnostic: Diagnostic, _ lint: TemplateLint, uri: String, translator: DiagnosticTranslator
  ) -> CodeAction {
    let edit = DisableDirective.edit(disabling: finding, in: lint)
    return CodeAction(
      title: DisableDirective.title(disabling: finding), kind: CodeActionKind.quickFix, diagnostics: [diagnostic],
      isPreferred: nil, edit: WorkspaceEdit(changes: [uri: [translator.edit(edit, in: lint.source)]]))
  }

  /// The edits `check --fix` would apply (the core's fix selection), as one action.
  func fixAllAction(_ linted: LintedVersion, uri: String) -> CodeAction? {
    let edits = FixSelection.select(linted.value.findings, in: linted.source).map(\.edit)
    guard !edits.isEmpty else { return nil }
    let translator = DiagnosticTranslator(uri: uri, converter: converter)
    return CodeAction(
      title: "Åtgärda allt som klarsvar kan rätta (\(edits.count))", kind: CodeActionKind.fixAllKlarsvar,
      diagnostics: nil,
      isPreferred: nil, edit: WorkspaceEdit(changes: [uri: edits.map { translator.edit($0, in: linted.source) }]))
  }
}
