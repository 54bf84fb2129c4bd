/// `MessageType`: 1 error, 2 warning, 3 info, 4 log.
enum MessageType {
  static let error = 1
  static let warning = 2
  static let info = 3
  static let log = 4
}

/// `window/logMessage` (server to client).
struct LogMessageNotification: LSPNotification {
  static let method = "window/logMessage"
  var type: Int
  var message: String
}

/// `window/showMessage` (server to client): shown to the user, e.g. a broken rule pack.
struct ShowMessageNotification: LSPNotification {
  static let method = "window/showMessage"
  var type: Int
  var message: String
}
