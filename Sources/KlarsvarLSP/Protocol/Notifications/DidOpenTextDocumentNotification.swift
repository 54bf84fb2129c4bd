/// `textDocument/didOpen`.
struct DidOpenTextDocumentNotification: LSPNotification {
  static let method = "textDocument/didOpen"
  var textDocument: TextDocumentItem
}
