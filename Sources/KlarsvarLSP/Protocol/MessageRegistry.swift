/// The messages the server accepts from a client, each list sorted by method name.
///
/// - Important: Keep both lists sorted; `MessageRegistryTests` checks order and completeness.
enum MessageRegistry {
  static let requests: [any LSPRequest.Type] = [
    InitializeRequest.self,
    StatusRequest.self,
    ShutdownRequest.self,
    CodeActionRequest.self,
    CodeLensRequest.self,
    DocumentDiagnosticRequest.self,
    HoverRequest.self,
    ExecuteCommandRequest.self,
  ]

  static let notifications: [any LSPNotification.Type] = [
    CancelRequestNotification.self,
    SetTraceNotification.self,
    ExitNotification.self,
    InitializedNotification.self,
    DidChangeTextDocumentNotification.self,
    DidCloseTextDocumentNotification.self,
    DidOpenTextDocumentNotification.self,
    DidSaveTextDocumentNotification.self,
    DidChangeConfigurationNotification.self,
    DidChangeWatchedFilesNotification.self,
  ]

  private static let requestsByMethod = Dictionary(uniqueKeysWithValues: requests.map { ($0.method, $0) })
  private static let notificationsByMethod = Dictionary(uniqueKeysWithValues: notifications.map { ($0.method, $0) })

  static func request(_ method: String) -> (any LSPRequest.Type)? { requestsByMethod[method] }
  static func notification(_ method: String) -> (any LSPNotification.Type)? { notificationsByMethod[method] }
}
