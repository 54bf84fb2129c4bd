/// A zero-based line and character offset in the negotiated position encoding.
struct Position: Codable, Hashable, Sendable {
  var line: Int
  var character: Int
}

/// A half-open range between two positions (`Range` in the specification).
struct LSPRange: Codable, Hashable, Sendable {
  var start: Position
  var end: Position
}

/// A range in a document.
struct Location: Codable, Hashable, Sendable {
  var uri: String
  var range: LSPRange
}
