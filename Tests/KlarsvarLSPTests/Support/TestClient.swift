import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// A language client for tests: talks to an in-memory `LanguageServer` through real framing, records
/// every message the server sends, and waits for answers and notifications with timeouts.
final class TestClient: @unchecked Sendable {
  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  let server: LanguageServer
  private let pump: MessagePump
  private let inbox: Inbox
  private let lock = NSLock()
  private var nextID = 0

  /// Everything the server has sent so far, in order.
  var messages: [JSONValue] { inbox.messages }

  var exitCode: Int32? { inbox.exitCode }

  init(options: ServerOptions = .forTests) {
    let inbox = Inbox()
    self.inbox = inbox
    server = LanguageServer(options: options, send: { inbox.receive($0) }, onExit: { inbox.exited($0) })
    pump = MessagePump(server: server)
  }

  /// Collects what the server writes, parsed with the same frame parser.
  final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var parser = FrameParser()
    private var received: [JSONValue] = []
    private var status: Int32?

    var messages: [JSONValue] {
      lock.lock()
      defer { lock.unlock() }
      return received
    }

    var exitCode: Int32? {
      lock.lock()
      defer { lock.unlock() }
      return status
    }

    func receive(_ data: Data) {
      lock.lock()
      defer { lock.unlock() }
      parser.append(data)
      while let event = parser.next() {
        guard case .message(let body) = event else { continue }
        if let value = try? JSONDecoder().decode(JSONValue.self, from: body) { received.append(value) }
      }
    }

    func exited(_ value: Int32) {
      lock.lock()
      status = value
      lock.unlock()
    }
  }

  // MARK: Sending

  func sendRaw(_ bytes: Data) { pump.receive(bytes) }

  func sendBody(_ body: String) { pump.receive(Frame.encode(Data(body.utf8))) }

  func send(_ message: JSONValue) {
    pump.receive(Frame.encode(JSONWriter.compact(message)))
  }

  func notify(_ method: String, _ params: JSONValue = .object([:])) {
    send(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
  }

  /// Sends a request without waiting; returns its id.
  @discardableResult
  func sendRequest(_ method: String, _ params: JSONValue = .object([:])) -> Int {
    lock.lock()
    nextID += 1
    let id = nextID
    lock.unlock()
    send(.object(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params]))
    return id
  }

  /// Sends a request and waits for its response (the whole response object).
  func request(_ method: String, _ params: JSONValue = .object([:]), timeout: TimeInterval = 30) async throws
    -> JSONValue
  {
    let id = sendRequest(method, params)
    return try await response(id: id, timeout: timeout)
  }

  func response(id: Int, timeout: TimeInterval = 30) async throws -> JSONValue {
    try await waitFor("response \(id)", timeout: timeout) { $0["id"] == .int(id) && $0["method"] == nil }
  }

  /// Waits for the first message (from `after` on) that satisfies `predicate`.
  func waitFor(
    _ what: String, after start: Int = 0, timeout: TimeInterval = 30, _ predicate: (JSONValue) -> Bool
  ) async throws -> JSONValue {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let all = messages
      if start < all.count, let found = all[start...].first(where: predicate) { return found }
      if Date() > deadline { throw Timeout(description: "timed out waiting for \(what)") }
      try await Task.sleep(for: .milliseconds(2))
    }
  }

  func notifications(_ method: String) -> [JSONValue] {
    messages.filter { $0["method"] == .string(method) && $0["id"] == nil }
  }

  // MARK: Conveniences

  /// `initialize` + `initialized`; returns the initialize result.
  @discardableResult
  func initialize(
    capabilities: JSONValue = .object([:]), initializationOptions: JSONValue? = nil, rootURI: String? = nil
  ) async throws -> JSONValue {
    var params: [String: JSONValue] = ["processId": .null, "capabilities": capabilities]
    if let initializationOptions { params["initializationOptions"] = initializationOptions }
    if let rootURI { params["rootUri"] = .string(rootURI) }
    let response = try await request("initialize", .object(params))
    notify("initialized")
    return response["result"] ?? .null
  }

  func open(_ uri: String, _ text: String, language: String = "plaintext", version: Int = 1) {
    notify(
      "textDocument/didOpen",
      .object([
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string(language), "version": .int(version), "text": .string(text),
        ])
      ]))
  }

  func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
    notify(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]), "contentChanges": .array(changes),
      ]))
  }

  /// Waits for `publishDiagnostics` for `uri` with `version` (any version when nil).
  func diagnostics(_ uri: String, version: Int? = nil, after start: Int = 0, timeout: TimeInterval = 30) async throws
    -> [JSONValue]
  {
    let message = try await waitFor(
      "diagnostics for \(uri) v\(version.map(String.init) ?? "any")", after: start, timeout: timeout
    ) {
      $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
        && (version == nil || $0["params"]?["version"] == .int(version!))
    }
    return message["params"]?["diagnostics"]?.arrayValue ?? []
  }

  func shutdownAndExit() async throws {
    _ = try await request("shutdown")
    notify("exit")
  }
}

extension ServerOptions {
  static var forTests: ServerOptions {
    var options = ServerOptions()
    options.logToStandardError = false
    return options
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }

  subscript(index: Int) -> JSONValue? {
    guard case .array(let array) = self, array.indices.contains(index) else { return nil }
    return array[index]
  }

  var intValue: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  static func position(_ line: Int, _ character: Int) -> JSONValue {
    .object(["line": .int(line), "character": .int(character)])
  }

  static func range(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> JSONValue {
    .object(["start": position(startLine, startCharacter), "end": position(endLine, endCharacter)])
  }

  static func edit(_ range: JSONValue, _ text: String) -> JSONValue {
    .object(["range": range, "text": .string(text)])
  }
}

/// Applies LSP text edits (UTF-16 positions) to a string, last first, as an editor would.
enum EditApplier {
  static func apply(_ edits: [JSONValue], to text: String) -> String {
    var utf16 = Array(text.utf16)
    func offset(_ position: JSONValue) -> Int {
      let line = position["line"]!.intValue!
      let character = position["character"]!.intValue!
      var currentLine = 0
      var index = 0
      while currentLine < line && index < utf16.count {
        if utf16[index] == 0x0A { currentLine += 1 }
        index += 1
      }
      return min(index + character, utf16.count)
    }
    let resolved = edits.map {
      (offset($0["range"]!["start"]!), offset($0["range"]!["end"]!), $0["newText"]!.stringValue!)
    }
    for (start, end, newText) in resolved.sorted(by: { $0.0 > $1.0 }) {
      utf16.replaceSubrange(start..<end, with: Array(newText.utf16))
    }
    return String(decoding: utf16, as: UTF16.self)
  }
}

extension JSONValue: ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}

/// Where a substring sits, as an LSP range in a given unit (`utf-16`, `utf-8` or `utf-32`).
enum TextLocator {
  static func range(of needle: String, in text: String, occurrence: Int = 0, unit: String = "utf-16") -> JSONValue {
    var searchStart = text.startIndex
    var found: Range<String.Index>?
    for _ in 0...occurrence {
      found = text.range(of: needle, range: searchStart..<text.endIndex)
      guard let hit = found else { break }
      searchStart = hit.upperBound
    }
    guard let found else { fatalError("\(needle) not in text") }
    return .object([
      "start": position(found.lowerBound, in: text, unit: unit),
      "end": position(found.upperBound, in: text, unit: unit),
    ])
  }

  static func position(_ index: String.Index, in text: String, unit: String) -> JSONValue {
    let before = text[..<index]
    let line = before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let segment = text[lineStart..<index]
    let column: Int
    switch unit {
    case "utf-8": column = segment.utf8.count
    case "utf-32": column = segment.unicodeScalars.count
    default: column = segment.utf16.count
    }
    return .position(line, column)
  }
}

extension Array where Element == JSONValue {
  func withCode(_ code: String) -> [JSONValue] { filter { $0["code"] == .string(code) } }
}
