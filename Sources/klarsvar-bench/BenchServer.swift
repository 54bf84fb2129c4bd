import Foundation
import KlarsvarJSON
import KlarsvarLSP

/// `klarsvar lsp` as a child process, spoken to over pipes with the server's own framing and JSON.
final class BenchServer: @unchecked Sendable {
  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let condition = NSCondition()
  private var parser = FrameParser()
  private var answered = Set<Int>()
  private var diagnosticsVersions: [String: Set<Int>] = [:]
  private var publishes: [String: Int] = [:]

  init() throws {
    process.executableURL = KlarsvarProcess.url
    process.arguments = ["lsp"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    output.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.condition.lock()
      self.parser.append(data)
      while let event = self.parser.next() {
        if case .message(let body) = event { self.receive(body) }
      }
      self.condition.broadcast()
      self.condition.unlock()
    }
    try process.run()
  }

  /// Notes a diagnostics publication or an answer; called with the condition locked.
  private func receive(_ body: Data) {
    // The server writes uri and version first; read them from the prefix, as an editor's fast path would.
    let prefix = String(decoding: body.prefix(300), as: UTF8.self)
    if prefix.contains("\"method\":\"textDocument/publishDiagnostics\""), let (uri, version) = Self.route(prefix) {
      publishes[uri, default: 0] += 1
      if let version { diagnosticsVersions[uri, default: []].insert(version) }
    } else if let message = try? JSONParser.parse(body), case .int(let id)? = message["id"] {
      answered.insert(id)
    }
  }

  /// `uri` and `version` from the start of a publishDiagnostics body.
  private static func route(_ prefix: String) -> (String, Int?)? {
    guard let uriStart = prefix.range(of: "\"uri\":\"") else { return nil }
    guard let uriEnd = prefix[uriStart.upperBound...].firstIndex(of: "\"") else { return nil }
    let uri = String(prefix[uriStart.upperBound..<uriEnd])
    guard let versionStart = prefix.range(of: "\"version\":") else { return (uri, nil) }
    let digits = prefix[versionStart.upperBound...].prefix { $0.isNumber }
    return (uri, Int(digits))
  }

  func send(id: Int? = nil, method: String, params: JSONValue?) {
    var message: [String: JSONValue] = ["jsonrpc": .string("2.0"), "method": .string(method)]
    if let id { message["id"] = .int(id) }
    if let params { message["params"] = params }
    input.fileHandleForWriting.write(Frame.encode(JSONWriter.compact(.object(message))))
  }

  /// The handshake: `initialize` answered, then `initialized`.
  func initialize() throws {
    send(id: 1, method: "initialize", params: .object(["processId": .null, "capabilities": .object([:])]))
    try waitForAnswer(id: 1)
    send(method: "initialized", params: .object([:]))
  }

  func open(_ uri: String, _ text: String, version: Int) {
    let document: [String: JSONValue] = [
      "uri": .string(uri), "languageId": .string("markdown"), "version": .int(version), "text": .string(text),
    ]
    send(method: "textDocument/didOpen", params: .object(["textDocument": .object(document)]))
  }

  /// Replaces the UTF-16 `range` on one line (`line`, `start..<end`) with `text`.
  func change(_ uri: String, version: Int, line: Int, _ start: Int, _ end: Int, text: String) {
    func position(_ character: Int) -> JSONValue { .object(["line": .int(line), "character": .int(character)]) }
    let change: JSONValue = .object([
      "range": .object(["start": position(start), "end": position(end)]), "text": .string(text),
    ])
    send(
      method: "textDocument/didChange",
      params: .object([
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]), "contentChanges": .array([change]),
      ]))
  }

  func waitForAnswer(id: Int, timeout: TimeInterval = 30) throws {
    try wait(timeout, "an answer to request \(id)") { answered.contains(id) }
  }

  func waitForDiagnostics(_ uri: String, version: Int, timeout: TimeInterval = 30) throws {
    try wait(timeout, "diagnostics of \(uri) version \(version)") {
      diagnosticsVersions[uri]?.contains(version) == true
    }
  }

  private func wait(_ timeout: TimeInterval, _ what: String, until done: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while !done() {
      if !condition.wait(until: deadline) { throw Timeout(description: "timed out waiting for \(what)") }
    }
  }

  func publishCount(_ uri: String) -> Int {
    condition.lock()
    defer { condition.unlock() }
    return publishes[uri] ?? 0
  }

  /// Peak resident memory of the server process.
  func peakResidentBytes() -> Int { ProcessMemory.peakResidentBytes(ofProcess: process.processIdentifier) ?? 0 }

  /// utime + stime of the server process, in clock ticks.
  func cpuTicks() -> Int { ProcessCPU.ticks(ofProcess: process.processIdentifier) }

  /// `shutdown`, `exit`, and the server's exit status.
  func shutDown() throws -> Int32 {
    send(id: 2, method: "shutdown", params: nil)
    try waitForAnswer(id: 2)
    send(method: "exit", params: nil)
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return process.terminationStatus
  }

  func stop() {
    output.fileHandleForReading.readabilityHandler = nil
    if process.isRunning { process.terminate() }
  }
}
