import KlarsvarText

/// The text that turns a rule off for one line, as any front end offers it ("disable this rule on
/// this line"): a `klarsvar-disable-next-line RULE` directive above the line (in HTML a
/// `klarsvar-disable-line RULE` comment in the paragraph).
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

  /// The same for a text linted as it was written (`lint.source`): in HTML a comment typed above a
  /// line of markup could land inside a tag or a paragraph away, so a `klarsvar-disable-line` comment
  /// goes where the finding's run of text ends, on the reader's line (the paragraph) that holds it.
  package static func edit(disabling finding: Finding, in lint: TemplateLint) -> TextEdit {
    guard lint.isExtracted else { return edit(disabling: finding, in: lint.result) }
    let bytes = lint.source.utf8
    var end = min(finding.range.upperBound, bytes.count)
    while end < bytes.count && bytes[end] != UInt8(ascii: "<") { end += 1 }
    let directive = "\(SuppressionDirective.Kind.disableLine.rawValue) \(finding.ruleID)"
    return TextEdit(range: TextRange(end, end), newText: "<!-- \(directive) -->")
  }

  /// The title of the action.
  package static func title(disabling finding: Finding) -> String {
    "Stäng av \(finding.ruleID) på den här raden"
  }
}
