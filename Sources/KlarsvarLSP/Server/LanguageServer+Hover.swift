import KlarsvarCore
import KlarsvarText

/// Hover on a finding: its message, then the rule's explanation, reference and examples.
extension LanguageServer {
  func hover(_ request: HoverRequest, _ reply: Reply<Hover?>) {
    whenLinted(request.textDocument.uri) { linted in
      guard let linted else { return self.answer(reply, nil) }
      let source = linted.source
      let offset = self.converter.utf8Offset(of: request.position, in: source).offset
      let findings = linted.value.findings.filter { $0.range.lowerBound <= offset && offset <= $0.range.upperBound }
      guard let first = findings.first else { return self.answer(reply, nil) }
      let sections = findings.map { finding in
        let explanation =
          linted.ruleSet.rule(withID: finding.ruleID).map { RuleExplanation.markdown($0.metadata) } ?? ""
        return "**\(finding.message)**\n\n\(explanation)"
      }
      let range = findings.dropFirst().reduce(first.range) {
        TextRange(min($0.lowerBound, $1.range.lowerBound), max($0.upperBound, $1.range.upperBound))
      }
      self.answer(
        reply,
        Hover(
          contents: MarkupContent(kind: "markdown", value: sections.joined(separator: "\n\n---\n\n")),
          range: self.converter.range(range, in: source)))
    }
  }
}
