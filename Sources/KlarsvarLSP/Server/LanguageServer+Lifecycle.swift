import Foundation
import KlarsvarCore
import KlarsvarJSON

/// `initialize`, `initialized` and `shutdown`.
extension LanguageServer {
  static let listCommitmentsCommand = "klarsvar.listCommitments"

  func initialize(_ request: InitializeRequest, _ reply: Reply<InitializeResult>) {
    client = ClientInfo(capabilities: request.capabilities ?? .null)
    converter = PositionConverter(encoding: PositionConverter.negotiate(offered: client.positionEncodings))
    workspaceFolders = (request.workspaceFolders ?? []).compactMap { Self.fileURL($0.uri) }
    if workspaceFolders.isEmpty,
      let root = request.rootUri.flatMap(Self.fileURL) ?? request.rootPath.map({ URL(fileURLWithPath: $0) })
    {
      workspaceFolders = [root]
    }
    applySettings(request.initializationOptions, origin: "initializationOptions", relint: false)
    phase = .running
    if let processId = request.processId { watchClientProcess(processId) }
    let capabilities = ServerCapabilities(
      positionEncoding: converter.encoding.rawValue,
      codeActionProvider: .init(codeActionKinds: [CodeActionKind.quickFix, CodeActionKind.fixAllKlarsvar]),
      executeCommandProvider: .init(commands: [Self.listCommitmentsCommand]),
      diagnosticProvider: client.supportsPullDiagnostics ? .init() : nil)
    answer(
      reply,
      InitializeResult(
        capabilities: capabilities, serverInfo: .init(name: "klarsvar", version: KlarsvarVersion.current)))
    log(
      "initialized: position encoding \(converter.encoding.rawValue), diagnostics by \(client.supportsPullDiagnostics ? "pull" : "push")"
    )
  }

  func initialized(_ notification: InitializedNotification) {
    if client.supportsConfigurationPull { pullConfiguration() }
    if client.supportsWatchedFilesRegistration {
      let options: JSONValue = .object(["watchers": .array([.object(["globPattern": .string("**/*.json")])])])
      request(
        RegisterCapabilityRequest(registrations: [
          Registration(
            id: "klarsvar-watch-rules", method: DidChangeWatchedFilesNotification.method, registerOptions: options)
        ])
      ) { result in
        guard case .failure(let error) = result else { return }
        self.log("file watching not registered (\(error.message)); polling instead", type: MessageType.warning)
        self.startPolling()
      }
    } else {
      startPolling()
    }
  }

  func shutdown(_ reply: Reply<JSONValue>) {
    phase = .shutDown
    stopBackgroundWork()
    answer(reply, .null)
  }

  /// The file URL of a `file:` URI; nil for other schemes (`untitled:`).
  static func fileURL(_ uri: String) -> URL? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return URL(fileURLWithPath: url.path)
  }
}
