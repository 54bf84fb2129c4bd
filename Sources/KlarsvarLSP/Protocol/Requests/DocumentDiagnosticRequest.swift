/// `textDocument/diagnostic`: pull diagnostics for one document.
struct DocumentDiagnosticRequest: LSPRequest {
  static let method = "textDocument/diagnostic"
  typealias Response = DocumentDiagnosticReport

  var textDocument: TextDocumentIdentifier
  var identifier: String?
  var previousResultId: String?
}

/// A full report, or `unchanged` when the client's `previousResultId` is still current.
struct DocumentDiagnosticReport: Codable, Hashable, Sendable {
  var kind: String
  var resultId: String?
  var items: [Diagnostic]?
}
