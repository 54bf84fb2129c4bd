/// A protocol message: a type that knows its method name.
protocol LSPMessage: Codable, Sendable {
  static var method: String { get }
}

/// A request; its reply carries a `Response`.
protocol LSPRequest: LSPMessage {
  associatedtype Response: Codable & Sendable
}

/// A notification: no reply.
protocol LSPNotification: LSPMessage {}
