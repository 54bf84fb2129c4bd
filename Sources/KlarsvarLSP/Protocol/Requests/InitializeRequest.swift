import KlarsvarJSON

/// `initialize`: the client's capabilities and settings; answered with the server's capabilities.
struct InitializeRequest: LSPRequest {
  static let method = "initialize"
  typealias Response = InitializeResult

  var processId: Int?
  var rootUri: String?
  var rootPath: String?
  /// Kept as raw JSON: clients send many shapes and the server reads only a few members.
  var capabilities: JSONValue?
  var initializationOptions: JSONValue?
  var workspaceFolders: [WorkspaceFolder]?
}
