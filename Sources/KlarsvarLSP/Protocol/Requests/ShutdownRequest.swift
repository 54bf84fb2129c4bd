import KlarsvarJSON

/// `shutdown`: stop serving; `exit` follows.
struct ShutdownRequest: LSPRequest {
  static let method = "shutdown"
  typealias Response = JSONValue
}
