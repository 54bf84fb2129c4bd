/// `textDocument/hover`: what the finding under the cursor means.
struct HoverRequest: LSPRequest {
  static let method = "textDocument/hover"
  typealias Response = Hover?

  var textDocument: TextDocumentIdentifier
  var position: Position
}
