import KlarsvarJSON

/// `workspace/executeCommand`: `klarsvar.listCommitments`.
struct ExecuteCommandRequest: LSPRequest {
  static let method = "workspace/executeCommand"
  typealias Response = JSONValue

  var command: String
  var arguments: [JSONValue]?
}
