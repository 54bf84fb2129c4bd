/// `initialized`: the client has processed the `initialize` result.
struct InitializedNotification: LSPNotification {
  static let method = "initialized"
}

/// `exit`: end the process (status 0 after `shutdown`, else 1).
struct ExitNotification: LSPNotification {
  static let method = "exit"
}

/// `$/setTrace`: accepted and ignored (logging goes to `window/logMessage`).
struct SetTraceNotification: LSPNotification {
  static let method = "$/setTrace"
  var value: String?
}
