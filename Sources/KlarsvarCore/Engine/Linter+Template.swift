import KlarsvarFormats
import KlarsvarText

/// A lint of a text read in its template format, every range pointing into that text: what a front
/// end that holds the file's own text (an editor's buffer) shows and edits.
package struct TemplateLint: Sendable {
  /// Findings and notices, their ranges in `source`.
  package var result: LintResult
  /// The text as given (for HTML the markup itself, not the linted text).
  package let source: SourceText
  /// For HTML, where each part of the linted text came from; nil when the text was linted as it is.
  package let sourceMap: ExtractedDocument.SourceMap?

  /// Whether the linted text was taken out of markup (so a directive typed into `source` is no comment).
  package var isExtracted: Bool { sourceMap != nil }

  /// A range of the linted text that the result holds besides findings and notices (a commitment's
  /// sentence), as a range of `source`.
  package func sourceRange(_ range: TextRange) -> TextRange { sourceMap?.originalRange(of: range) ?? range }
}

extension Linter {
  /// Lints `source` as `check` lints a file of `format`: HTML as its text content with every finding,
  /// fix and notice moved back onto the markup; other text formats as they are.
  package func lint(_ source: SourceText, as format: TemplateFormat, options: LintOptions) -> TemplateLint {
    guard format == .html else {
      return TemplateLint(result: lint(source, options: options), source: source, sourceMap: nil)
    }
    let extracted = HTMLTextExtractor.extract(html: source.string, keepingDirectives: true)
    var result = lint(extracted.text, options: options)
    if let map = extracted.sourceMap {
      HTMLFindingMapping.map(&result, extracted: result.source, original: source, map: map)
    }
    return TemplateLint(result: result, source: source, sourceMap: extracted.sourceMap)
  }
}
