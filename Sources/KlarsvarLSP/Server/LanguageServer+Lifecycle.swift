import Foundation
import KlarsvarCore
import KlarsvarJSON

/// `initialize`, `initialized` and `shutdown`.
extension LanguageServer {
  static let listCommitmentsCommand = "klarsvar.listCommitments"

  func initialize(_ request: InitializeRequest, _ reply: Reply<InitializeResult>) {
    client = ClientInfo(capabilities: request.capabilities ?? .null)
    let options = InitializationOptions(request.initializationOptions)
    converter = PositionConverter(
      encoding: PositionConverter.negotiate(offered: client.positionEncodings, requested: options.positionEncoding))
    workspaceFolders = (request.workspaceFolders ?? []).compactMap { Self.fileURL($0.uri) }
    if workspaceFolders.isEmpty,
      let root = request.rootUri.flatMap(Self.fileURL) ?? request.rootPath.map({ URL(fileURLWithPath: $0) })
    {
      workspaceFolders = [root]
    }
    reportPositionEncodingOption(options)
    applySettings(options.settings, origin: "initializationOptions", relint: false)
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

  /// Says when `initializationOptions.positionEncoding` was not used: an unknown value (ignored, never
  /// fatal) or a client that negotiated through `general.positionEncodings`.
  private func reportPositionEncodingOption(_ options: InitializationOptions) {
    let field = "positionEncoding i initializationOptions"
    if let unknown = options.unknownPositionEncoding {
      log(
        "\(field) är okänd och ignoreras: \(unknown) (giltiga värden: utf-8, utf-16, utf-32); "
          + "positioner räknas i \(converter.encoding.rawValue)",
        type: MessageType.warning)
    } else if let requested = options.positionEncoding, requested != converter.encoding {
      log(
        "\(field) (\(requested.rawValue)) används inte: klienten erbjuder general.positionEncodings, "
          + "positioner räknas i \(converter.encoding.rawValue)")
    }
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
