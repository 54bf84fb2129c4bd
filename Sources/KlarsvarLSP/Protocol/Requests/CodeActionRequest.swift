import KlarsvarJSON

/// `textDocument/codeAction`: fixes for a range.
struct CodeActionRequest: LSPRequest {
  static let method = "textDocument/codeAction"
  typealias Response = [CodeAction]

  struct Context: Codable, Hashable, Sendable {
    /// The client's diagnostics; kept raw because the server recomputes its own.
    var diagnostics: [JSONValue]?
    var only: [String]?
  }

  var textDocument: TextDocumentIdentifier
  var range: LSPRange
  var context: Context?
}
