/// `textDocument/didClose`.
struct DidCloseTextDocumentNotification: LSPNotification {
  static let method = "textDocument/didClose"
  var textDocument: TextDocumentIdentifier
}
