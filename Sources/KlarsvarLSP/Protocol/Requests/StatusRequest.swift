/// `klarsvar/status` (klarsvar's own request): the rules and packs a document is linted with and the
/// kind it was read as, for a client's status display (VS Code's language status item).
struct StatusRequest: LSPRequest {
  static let method = "klarsvar/status"
  typealias Response = StatusResult

  /// The document asked about; without it, the answer holds for the first workspace folder.
  var textDocument: TextDocumentIdentifier?
}

/// The answer to `klarsvar/status`. Findings are not in it: the client has them as diagnostics.
struct StatusResult: Codable, Hashable, Sendable {
  /// A loaded pack, from its `pack.json`.
  struct Pack: Codable, Hashable, Sendable {
    var id: String
    var name: String
    var version: String
    /// Rules the pack defines (a language data pack has none).
    var rules: Int
    /// False when the settings' `packs` leave it out.
    var enabled: Bool
  }

  /// How the document was read.
  struct DocumentStatus: Codable, Hashable, Sendable {
    var uri: String
    /// False when the settings leave the document out (its language, `ignore`).
    var linted: Bool
    /// The kind's id (`reply`, `decision` …), its Swedish name, and where it came from (`declared` in
    /// front matter, `configured`, or `detected` from the text); absent when not linted.
    var kind: String?
    var kindName: String?
    var kindSource: String?
  }

  /// The server's version.
  var version: String
  /// Rules loaded for the document (or folder), all packs together.
  var rules: Int
  var packs: [Pack]
  /// Absent when no document was named or it is not open.
  var document: DocumentStatus?
}
