/// Hover content.
struct Hover: Codable, Hashable, Sendable {
  var contents: MarkupContent
  var range: LSPRange?
}

/// Markdown or plain text for the client to render.
struct MarkupContent: Codable, Hashable, Sendable {
  var kind: String
  var value: String
}

/// A command shown above a line.
struct CodeLens: Codable, Hashable, Sendable {
  var range: LSPRange
  var command: ClientCommand?
}
