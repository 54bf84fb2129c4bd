import KlarsvarText

/// The text that turns a rule off for one line, as any front end offers it ("disable this rule on
/// this line"): a `klarsvar-disable-next-line RULE` directive above the line.
package enum DisableDirective {
  /// Inserts the directive above the line holding `finding`, indented like it, as an HTML comment
  /// in Markdown and HTML and on a line of its own in plain text, with the text's own line ending.
  package static func edit(disabling finding: Finding, in result: LintResult) -> TextEdit {
    let source = result.source
    let lineRange = source.lineRange(source.line(containing: finding.range.lowerBound))
    let indentation = String(source.text(in: lineRange).prefix { $0 == " " || $0 == "\t" })
    let directive = "\(SuppressionDirective.Kind.disableNextLine.rawValue) \(finding.ruleID)"
    let newline = source.string.contains("\r\n") ? "\r\n" : "\n"
    let text =
      result.text.format != .plain
      ? "\(indentation)<!-- \(directive) -->\(newline)" : "\(indentation)\(directive)\(newline)"
    return TextEdit(range: TextRange(lineRange.lowerBound, lineRange.lowerBound), newText: text)
  }

  /// The title of the action.
  package static func title(disabling finding: Finding) -> String {
    "Stäng av \(finding.ruleID) på den här raden"
  }
}
