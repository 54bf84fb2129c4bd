import KlarsvarJSON

/// A root folder of the client's workspace.
struct WorkspaceFolder: Codable, Hashable, Sendable {
  var uri: String
  var name: String
}

/// A file change reported by the client's watcher; `type` 1 created, 2 changed, 3 deleted.
struct FileEvent: Codable, Hashable, Sendable {
  var uri: String
  var type: Int
}

/// Asks the client for one configuration section.
struct ConfigurationItem: Codable, Hashable, Sendable {
  var scopeUri: String?
  var section: String?
}

/// One dynamic capability registration.
struct Registration: Codable, Hashable, Sendable {
  var id: String
  var method: String
  var registerOptions: JSONValue?
}
