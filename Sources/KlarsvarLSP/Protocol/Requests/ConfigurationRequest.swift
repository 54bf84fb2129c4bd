import KlarsvarJSON

/// `workspace/configuration` (server to client): the current settings for some sections.
struct ConfigurationRequest: LSPRequest {
  static let method = "workspace/configuration"
  typealias Response = [JSONValue]

  var items: [ConfigurationItem]
}
