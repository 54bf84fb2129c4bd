import Foundation
import KlarsvarCore
import KlarsvarJSON

/// The klarsvar language server: the one actor that owns all server state.
///
/// Feed it message bodies in arrival order with `handle(_:)` (see `MessagePump`); it writes framed
/// messages through `send` and reports the process exit status through `onExit`.
///
/// - Important: Notifications are applied in order before the next message is read, so edits are
///   never reordered. Requests about a document are answered on a lint result of the newest version.
public actor LanguageServer {
  enum Phase {
    case uninitialized, running, shutDown, exited
  }

  let options: ServerOptions
  private let send: @Sendable (Data) -> Void
  private let onExit: @Sendable (Int32) -> Void

  var phase = Phase.uninitialized
  var converter = PositionConverter(encoding: .utf16)
  var client = ClientInfo()
  var workspaceFolders: [URL] = []
  var documents = DocumentStore()
  /// The core's workspace policy: configs found, the editor's settings over them, rule sets.
  var workspace: Workspace
  /// Config problems already shown to the user.
  var reportedConfigErrors = Set<PackLoadError>()
  var configStamps: [String: String] = [:]
  /// The open documents' URIs and the config paths that could govern them (see `configCandidates`).
  var configCandidateCache: (uris: [String], paths: [String])?
  var pollTask: Task<Void, Never>?
  /// `workspace/configuration` requests sent, the one whose answer lints wait for, and its deadline.
  var configurationPulls = 0
  var awaitedPull: Int?
  var settingsTimeoutTask: Task<Void, Never>?
  /// Polls whether the client's process still runs.
  var clientWatchTask: Task<Void, Never>?
  /// Requests received and not yet answered.
  var pending = Set<RequestID>()
  /// Requests the server sent to the client, with what to do with the answer.
  var outgoing: [RequestID: (Result<JSONValue, ResponseError>) -> Void] = [:]
  private var nextOutgoingID = 0
  /// Counters for tests and benchmarks.
  var statistics = Statistics()

  struct Statistics: Sendable {
    var lintsStarted = 0
    var staleResultsDropped = 0
    var published = 0
  }

  public init(
    options: ServerOptions = ServerOptions(), send: @escaping @Sendable (Data) -> Void,
    onExit: @escaping @Sendable (Int32) -> Void
  ) {
    self.options = options
    self.send = send
    self.onExit = onExit
    workspace = Workspace(ruleSets: RuleSetCache(includeBuiltIn: options.includeBuiltInRules))
  }

  // MARK: Input

  /// Handles one message body.
  public func handle(_ body: Data) {
    guard phase != .exited else { return }
    switch IncomingMessage(body: body) {
    case .request(let id, let method, let body):
      handleRequest(id: id, method: method, body: body)
    case .notification(let method, let body):
      handleNotification(method: method, body: body)
    case .response(let id, let result):
      if let handler = outgoing.removeValue(forKey: id) {
        handler(result)
      } else {
        log("answer to an unknown request \(id) ignored", type: MessageType.warning)
      }
    case .invalid(let id, let error):
      log("\(error.message) (code \(error.code.rawValue))", type: MessageType.error)
      // Answered even without an id (JSON-RPC: id null), so the client always hears about it.
      if let id, pending.contains(id) { return }
      sendData(OutgoingMessage.error(id: id, error))
    }
  }

  /// A frame the frame parser had to skip; it resynchronises on the next header.
  public func handleMalformedFrame(_ problem: String) {
    log("malformed message header skipped: \(problem)", type: MessageType.error)
  }

  /// A request inside a skipped frame: answered with an error so the client does not wait for it.
  public func handleSkippedRequest(_ id: RequestID, problem: String) {
    guard phase != .exited, !pending.contains(id) else { return }
    sendData(OutgoingMessage.error(id: id, ResponseError(.parseError, "message skipped: \(problem)")))
  }

  /// The client closed the input stream: behave as if `exit` arrived.
  public func inputClosed() {
    guard phase != .exited else { return }
    log("input closed", type: MessageType.log)
    exit()
  }

  // MARK: Output

  func sendData(_ data: Data) {
    guard !data.isEmpty else { return }
    send(Frame.encode(data))
  }

  func notify<N: LSPNotification>(_ notification: N) {
    do {
      sendData(try OutgoingMessage.notification(method: N.method, params: notification))
    } catch {
      logToStandardError("cannot encode \(N.method): \(error)")
    }
  }

  /// Sends a request to the client; `handler` runs on the actor with the answer.
  func request<R: LSPRequest>(_ request: R, handler: @escaping (Result<R.Response, ResponseError>) -> Void) {
    nextOutgoingID += 1
    let id = RequestID.string("klarsvar-\(nextOutgoingID)")
    outgoing[id] = { result in
      handler(
        result.flatMap { value in
          do {
            // Written back with the one JSON writer and read the way every incoming message is read.
            return .success(try JSONDecoder().decode(R.Response.self, from: JSONWriter.compact(value)))
          } catch {
            return .failure(ResponseError(.invalidParams, "unexpected answer to \(R.method): \(error)"))
          }
        })
    }
    do {
      sendData(try OutgoingMessage.request(id: id, method: R.method, params: request))
    } catch {
      outgoing[id] = nil
    }
  }

  /// Answers a request exactly once; later answers (e.g. after a cancellation) are dropped.
  func answer<Response: Encodable & Sendable>(_ reply: Reply<Response>, _ result: Result<Response, ResponseError>) {
    guard pending.remove(reply.id) != nil else { return }
    switch result {
    case .success(let value):
      do {
        sendData(try OutgoingMessage.response(id: reply.id, result: value))
      } catch {
        sendData(
          OutgoingMessage.error(id: reply.id, ResponseError(.internalError, "cannot encode the result: \(error)")))
      }
    case .failure(let error):
      sendData(OutgoingMessage.error(id: reply.id, error))
    }
  }

  func answer<Response: Encodable & Sendable>(_ reply: Reply<Response>, _ value: Response) {
    answer(reply, .success(value))
  }

  /// Logs to `window/logMessage` and, unless turned off, standard error. Never to standard output.
  func log(_ message: String, type: Int = MessageType.log) {
    logToStandardError(message)
    if phase != .exited { notify(LogMessageNotification(type: type, message: message)) }
  }

  /// Tells the user (e.g. a broken rule pack) and logs it.
  func show(_ message: String, type: Int = MessageType.error) {
    logToStandardError(message)
    notify(ShowMessageNotification(type: type, message: message))
  }

  private func logToStandardError(_ message: String) {
    guard options.logToStandardError else { return }
    FileHandle.standardError.write(Data("klarsvar lsp: \(message)\n".utf8))
  }

  // MARK: Lifecycle end

  func exit() {
    let status: Int32 = phase == .shutDown ? 0 : 1
    phase = .exited
    stopBackgroundWork()
    // Kept through `shutdown`: a client that dies before sending `exit` still ends the server.
    clientWatchTask?.cancel()
    clientWatchTask = nil
    onExit(status)
  }

  func stopBackgroundWork() {
    pollTask?.cancel()
    pollTask = nil
    settingsTimeoutTask?.cancel()
    settingsTimeoutTask = nil
    for uri in documents.uris { documents[uri]?.schedule.scheduled?.cancel() }
  }
}

/// The one answer a request gets; `LanguageServer.answer` accepts it once.
struct Reply<Response: Encodable & Sendable>: Sendable {
  let id: RequestID
}
