/// `$/cancelRequest`: the client no longer needs the answer to a request.
struct CancelRequestNotification: LSPNotification {
  static let method = "$/cancelRequest"
  var id: RequestID
}
