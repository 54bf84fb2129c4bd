import KlarsvarJSON

/// What the client said it supports in `initialize`.
struct ClientInfo: Sendable {
  var capabilities: JSONValue = .null

  private func value(_ path: String...) -> JSONValue? {
    var current: JSONValue? = capabilities
    for key in path { current = current?[key] }
    return current
  }

  var positionEncodings: [String] {
    value("general", "positionEncodings")?.arrayValue?.compactMap(\.stringValue) ?? []
  }

  /// `workspace/configuration` can be sent.
  var supportsConfigurationPull: Bool { value("workspace", "configuration")?.boolValue ?? false }

  var supportsWatchedFilesRegistration: Bool {
    value("workspace", "didChangeWatchedFiles", "dynamicRegistration")?.boolValue ?? false
  }

  /// The client pulls diagnostics with `textDocument/diagnostic`; then they are not pushed.
  var supportsPullDiagnostics: Bool {
    if case .object = value("textDocument", "diagnostic") { return true }
    return false
  }

  var supportsDiagnosticRefresh: Bool { value("workspace", "diagnostics", "refreshSupport")?.boolValue ?? false }
}
