/// Names a document by URI.
struct TextDocumentIdentifier: Codable, Hashable, Sendable {
  var uri: String
}

/// Names a document and the version an edit applies to.
struct VersionedTextDocumentIdentifier: Codable, Hashable, Sendable {
  var uri: String
  var version: Int
}

/// A document as the client opens it.
struct TextDocumentItem: Codable, Hashable, Sendable {
  var uri: String
  var languageId: String
  var version: Int
  var text: String
}

/// One edit of `didChange`: a range replacement, or the whole text when `range` is absent.
struct TextDocumentContentChangeEvent: Codable, Hashable, Sendable {
  var range: LSPRange?
  var rangeLength: Int?
  var text: String
}
