import KlarsvarCore
import KlarsvarText

/// The open documents, keyed by URI, and how edits change them.
struct DocumentStore {
  private(set) var documents: [String: Document] = [:]

  subscript(uri: String) -> Document? {
    get { documents[uri] }
    set { documents[uri] = newValue }
  }

  var uris: [String] { documents.keys.sorted() }

  mutating func open(_ item: TextDocumentItem) {
    documents[item.uri] = Document(
      uri: item.uri, languageID: item.languageId, version: item.version, source: SourceText(item.text))
  }

  mutating func close(_ uri: String) -> Document? { documents.removeValue(forKey: uri) }

  /// Applies `didChange` edits in order, each against the text the previous one produced.
  ///
  /// - Returns: warnings for edits whose ranges lay outside the text and were clamped.
  static func apply(_ changes: [TextDocumentContentChangeEvent], to source: SourceText, converter: PositionConverter)
    -> (source: SourceText, warnings: [String])
  {
    var current = source
    var warnings: [String] = []
    for (index, change) in changes.enumerated() {
      guard let range = change.range else {
        current = SourceText(change.text)
        continue
      }
      let (utf8Range, clamped) = converter.utf8Range(of: range, in: current)
      if clamped {
        warnings.append(
          "edit \(index + 1): range \(range.start.line):\(range.start.character)-\(range.end.line):\(range.end.character) "
            + "lies outside the text (\(current.lineCount) lines); clamped")
      }
      var bytes = current.utf8
      bytes.replaceSubrange(utf8Range.lowerBound..<utf8Range.upperBound, with: Array(change.text.utf8))
      current = SourceText(String(decoding: bytes, as: UTF8.self))
    }
    return (current, warnings)
  }
}
