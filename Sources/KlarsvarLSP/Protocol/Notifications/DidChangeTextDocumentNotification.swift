/// `textDocument/didChange`: edits applied in order, each against the text the previous one produced.
struct DidChangeTextDocumentNotification: LSPNotification {
  static let method = "textDocument/didChange"
  var textDocument: VersionedTextDocumentIdentifier
  var contentChanges: [TextDocumentContentChangeEvent]
}
