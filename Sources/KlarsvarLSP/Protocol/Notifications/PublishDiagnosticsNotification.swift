/// `textDocument/publishDiagnostics` (server to client).
struct PublishDiagnosticsNotification: LSPNotification {
  static let method = "textDocument/publishDiagnostics"
  var uri: String
  var version: Int?
  var diagnostics: [Diagnostic]
}
