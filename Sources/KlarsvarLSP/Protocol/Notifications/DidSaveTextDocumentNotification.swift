/// `textDocument/didSave`.
struct DidSaveTextDocumentNotification: LSPNotification {
  static let method = "textDocument/didSave"
  var textDocument: TextDocumentIdentifier
  var text: String?
}
