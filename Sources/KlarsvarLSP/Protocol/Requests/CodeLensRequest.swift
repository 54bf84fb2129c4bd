/// `textDocument/codeLens`: the letter's summary on its first line.
struct CodeLensRequest: LSPRequest {
  static let method = "textDocument/codeLens"
  typealias Response = [CodeLens]

  var textDocument: TextDocumentIdentifier
}
