import KlarsvarJSON

/// A replacement of a range of a document (`TextEdit` in the specification).
struct LSPTextEdit: Codable, Hashable, Sendable {
  var range: LSPRange
  var newText: String
}

/// Edits to apply to documents, keyed by URI.
struct WorkspaceEdit: Codable, Hashable, Sendable {
  var changes: [String: [LSPTextEdit]]
}

/// A command the client shows or runs (`Command` in the specification).
struct ClientCommand: Codable, Hashable, Sendable {
  var title: String
  var command: String
  var arguments: [JSONValue]?
}
