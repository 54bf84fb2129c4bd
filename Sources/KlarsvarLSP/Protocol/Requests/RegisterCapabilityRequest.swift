import KlarsvarJSON

/// `client/registerCapability` (server to client): e.g. file watchers for rule packs.
struct RegisterCapabilityRequest: LSPRequest {
  static let method = "client/registerCapability"
  typealias Response = JSONValue

  var registrations: [Registration]
}
