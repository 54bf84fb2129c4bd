import KlarsvarFormats
import KlarsvarText

/// Moves a lint result of an HTML file's extracted text back onto the HTML itself, so findings
/// report the real line and column in the file and fixes edit the markup's text in place.
enum HTMLFindingMapping {
  /// Maps every range of `result` through `map`.
  ///
  /// A suggestion survives only when its range maps to bytes identical to the extracted text (no
  /// entity, tag or collapsed whitespace inside), so a fix can never delete markup; its new text is
  /// escaped for HTML.
  static func map(
    _ result: inout LintResult, extracted: SourceText, original: SourceText, map: ExtractedDocument.SourceMap
  ) {
    func verbatim(_ range: TextRange) -> TextRange? {
      let mapped = map.originalRange(of: range)
      guard mapped.length == range.length, extracted.text(in: range) == original.text(in: mapped) else { return nil }
      return mapped
    }
    result.findings = result.findings.map { finding in
      var finding = finding
      finding.range = map.originalRange(of: finding.range)
      finding.related = finding.related.map {
        RelatedLocation(range: map.originalRange(of: $0.range), message: $0.message)
      }
      finding.suggestions = finding.suggestions.compactMap { suggestion in
        guard let range = verbatim(suggestion.edit.range) else { return nil }
        var suggestion = suggestion
        suggestion.edit = TextEdit(range: range, newText: escape(suggestion.edit.newText))
        return suggestion
      }
      return finding
    }
    result.notices = result.notices.map { Notice(range: map.originalRange(of: $0.range), message: $0.message) }
  }

  /// Text as HTML character data.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
