import KlarsvarJSON

/// `workspace/diagnostic/refresh` (server to client): pull diagnostics again, e.g. after a rule reload.
struct DiagnosticRefreshRequest: LSPRequest {
  static let method = "workspace/diagnostic/refresh"
  typealias Response = JSONValue
}
