import Foundation
import KlarsvarJSON

/// Routing: lifecycle checks, decoding params into the message's type, and the one switch per kind.
extension LanguageServer {
  func handleRequest(id: RequestID, method: String, body: Data) {
    guard !pending.contains(id) else {
      log("request id \(id) is already pending; \(method) ignored", type: MessageType.error)
      return
    }
    switch phase {
    case .uninitialized where method != InitializeRequest.method:
      sendData(OutgoingMessage.error(id: id, ResponseError(.serverNotInitialized, "\(method) before initialize")))
      return
    case .running where method == InitializeRequest.method:
      sendData(OutgoingMessage.error(id: id, ResponseError(.invalidRequest, "initialize may only be sent once")))
      return
    case .shutDown, .exited:
      sendData(OutgoingMessage.error(id: id, ResponseError(.invalidRequest, "\(method) after shutdown")))
      return
    default:
      break
    }
    guard let type = MessageRegistry.request(method) else {
      sendData(OutgoingMessage.error(id: id, ResponseError(.methodNotFound, "unknown method \(method)")))
      return
    }
    open(type, id: id, body: body)
  }

  private func open<R: LSPRequest>(_ type: R.Type, id: RequestID, body: Data) {
    let request: R
    do {
      request = try JSONDecoder().decode(ParamsEnvelope<R>.self, from: body).params
    } catch {
      sendData(OutgoingMessage.error(id: id, .invalidParams("\(R.method): \(Self.describe(error))")))
      return
    }
    pending.insert(id)
    route(request, id: id)
  }

  private func route(_ request: some LSPRequest, id: RequestID) {
    switch request {
    case let request as InitializeRequest: initialize(request, Reply(id: id))
    case is ShutdownRequest: shutdown(Reply(id: id))
    case let request as StatusRequest: status(request, Reply(id: id))
    case let request as CodeActionRequest: codeActions(request, Reply(id: id))
    case let request as CodeLensRequest: codeLenses(request, Reply(id: id))
    case let request as DocumentDiagnosticRequest: pullDiagnostics(request, Reply(id: id))
    case let request as HoverRequest: hover(request, Reply(id: id))
    case let request as ExecuteCommandRequest: executeCommand(request, Reply(id: id))
    default:
      answer(
        Reply<JSONValue>(id: id), .failure(ResponseError(.methodNotFound, "no handler for \(type(of: request).method)"))
      )
    }
  }

  func handleNotification(method: String, body: Data) {
    if method == ExitNotification.method {
      exit()
      return
    }
    guard phase == .running else {
      if phase == .uninitialized { log("\(method) before initialize ignored", type: MessageType.warning) }
      return
    }
    guard let type = MessageRegistry.notification(method) else {
      if !method.hasPrefix("$/") { log("unknown notification \(method) ignored") }
      return
    }
    decodeAndRoute(type, body: body)
  }

  private func decodeAndRoute<N: LSPNotification>(_ type: N.Type, body: Data) {
    do {
      route(try JSONDecoder().decode(ParamsEnvelope<N>.self, from: body).params)
    } catch {
      log("\(N.method) ignored: invalid params: \(Self.describe(error))", type: MessageType.error)
    }
  }

  private func route(_ notification: some LSPNotification) {
    switch notification {
    case let notification as CancelRequestNotification: cancel(notification.id)
    case let notification as InitializedNotification: initialized(notification)
    case let notification as DidChangeTextDocumentNotification: didChange(notification)
    case let notification as DidCloseTextDocumentNotification: didClose(notification)
    case let notification as DidOpenTextDocumentNotification: didOpen(notification)
    case let notification as DidSaveTextDocumentNotification: didSave(notification)
    case let notification as DidChangeConfigurationNotification: didChangeConfiguration(notification)
    case let notification as DidChangeWatchedFilesNotification: didChangeWatchedFiles(notification)
    default: break  // $/setTrace and other accepted no-ops
    }
  }

  /// `$/cancelRequest`: a pending request is answered with `-32800` now; its real answer is dropped later.
  func cancel(_ id: RequestID) {
    guard pending.contains(id) else { return }
    answer(Reply<JSONValue>(id: id), .failure(.cancelled))
  }

  /// A short, readable account of a decoding error, with the JSON path of the offending member.
  static func describe(_ error: any Error) -> String {
    func path(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
      return keys.isEmpty ? "params" : "params" + keys
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      return "\(path(context)).\(key.stringValue) is missing"
    case .typeMismatch(let type, let context)?:
      return "\(path(context)) should be \(type)"
    case .valueNotFound(let type, let context)?:
      return "\(path(context)) should be \(type), not null"
    case .dataCorrupted(let context)?:
      return "\(path(context)): \(context.debugDescription)"
    default:
      return "\(error)"
    }
  }
}
