import KlarsvarJSON

/// `workspace/didChangeConfiguration`: new settings, or null to mean "pull them again".
struct DidChangeConfigurationNotification: LSPNotification {
  static let method = "workspace/didChangeConfiguration"
  var settings: JSONValue?
}
