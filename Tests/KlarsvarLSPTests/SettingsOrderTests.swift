import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// The first lint uses the settings the client has sent, however its answers are timed (issue 15:
/// Neovim 0.11's `didChangeConfiguration` settings were ignored for the first diagnostics in 8 runs of 10).
final class SettingsOrderTests: XCTestCase {
  static let letter = DiagnosticsTests.letter
  // Computed, not stored: a JSONValue kept in a global until exit is reported by LeakSanitizer, which
  // cannot follow the enum's tagged payload pointers.
  static var officialeseOff: JSONValue { ["klarsvar": ["rules": ["plain-officialese": "off"]]] }

  /// Answers every `workspace/configuration` request after `delay`, as a client busy elsewhere would.
  private func answerConfigurationPulls(_ client: TestClient, with settings: JSONValue?, delay: Duration) -> Task<
    Void, Never
  > {
    Task {
      var answered = 0
      while !Task.isCancelled {
        let pulls = client.messages.filter { $0["method"] == "workspace/configuration" }
        for pull in pulls.dropFirst(answered) {
          try? await Task.sleep(for: delay)
          let section = settings?["klarsvar"] ?? .null
          client.send(["jsonrpc": "2.0", "id": pull["id"]!, "result": [section]])
        }
        answered = pulls.count
        try? await Task.sleep(for: .milliseconds(2))
      }
    }
  }

  /// Neovim 0.11: `initialized`, then the settings pushed with `didChangeConfiguration`, then `didOpen`;
  /// its answer to the server's `workspace/configuration` comes later.
  func testPushedSettingsAreUsedByTheFirstLintWhileAPullIsUnanswered() async throws {
    // The longer delay outlasts the first lint even in a debug build (packs loaded and all).
    for delay in [0, 30, 1000] {
      let client = TestClient()
      let answers = answerConfigurationPulls(client, with: Self.officialeseOff, delay: .milliseconds(delay))
      defer { answers.cancel() }
      try await client.initialize(capabilities: ["workspace": ["configuration": true]])
      client.notify("workspace/didChangeConfiguration", ["settings": Self.officialeseOff])
      let uri = "file:///tmp/nvim-\(delay).txt"
      client.open(uri, Self.letter)
      let first = try await client.diagnostics(uri, version: 1)
      XCTAssertTrue(first.withCode("plain-officialese").isEmpty, "answer after \(delay) ms: \(first.codes)")
      XCTAssertFalse(first.isEmpty)
    }
  }

  /// A client that pulls but whose answer has not come: the first lint waits for it.
  func testFirstLintWaitsForThePulledSettings() async throws {
    let client = TestClient()
    let answers = answerConfigurationPulls(client, with: Self.officialeseOff, delay: .milliseconds(1000))
    defer { answers.cancel() }
    try await client.initialize(capabilities: ["workspace": ["configuration": true]])
    let uri = "file:///tmp/pull-first.txt"
    client.open(uri, Self.letter)
    let first = try await client.diagnostics(uri, version: 1)
    XCTAssertTrue(first.withCode("plain-officialese").isEmpty, "\(first.codes)")
  }

  /// A client that claims to answer `workspace/configuration` but never does still gets diagnostics.
  func testUnansweredPullTimesOut() async throws {
    var options = ServerOptions.forTests
    options.settingsTimeout = .milliseconds(200)
    let client = TestClient(options: options)
    try await client.initialize(
      capabilities: ["workspace": ["configuration": true]], initializationOptions: Self.officialeseOff)
    let uri = "file:///tmp/never-answered.txt"
    client.open(uri, Self.letter)
    let first = try await client.diagnostics(uri, version: 1, timeout: 5)
    XCTAssertTrue(first.withCode("plain-officialese").isEmpty, "initializationOptions still apply: \(first.codes)")
    XCTAssertFalse(first.isEmpty)
  }

  /// A settings change re-lints the open documents; a pull client is asked to refresh.
  func testSettingsChangeRelintsAndAsksPullClientsToRefresh() async throws {
    let client = TestClient()
    try await client.initialize(capabilities: [
      "textDocument": ["diagnostic": [:]], "workspace": ["diagnostics": ["refreshSupport": true]],
    ])
    let uri = "file:///tmp/refresh.txt"
    client.open(uri, Self.letter)
    let before = try await client.request("textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
    XCTAssertFalse(before["result"]?["items"]?.arrayValue?.withCode("plain-officialese").isEmpty ?? true)
    let count = client.messages.count
    client.notify("workspace/didChangeConfiguration", ["settings": Self.officialeseOff])
    let refresh = try await client.waitFor("refresh", after: count) { $0["method"] == "workspace/diagnostic/refresh" }
    client.send(["jsonrpc": "2.0", "id": refresh["id"]!, "result": .null])
    let after = try await client.request(
      "textDocument/diagnostic",
      ["textDocument": ["uri": .string(uri)], "previousResultId": before["result"]?["resultId"] ?? .null])
    XCTAssertEqual(after["result"]?["kind"], "full")
    XCTAssertTrue(
      after["result"]?["items"]?.arrayValue?.withCode("plain-officialese").isEmpty ?? false,
      "\(after["result"]?["items"]?.arrayValue?.codes ?? [])")
  }

  /// A push client sees new diagnostics for its open documents after a settings change.
  func testSettingsChangeRepublishesForPushClients() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/republish.txt"
    client.open(uri, Self.letter)
    let before = try await client.diagnostics(uri, version: 1)
    XCTAssertFalse(before.withCode("plain-officialese").isEmpty)
    let count = client.messages.count
    client.notify("workspace/didChangeConfiguration", ["settings": Self.officialeseOff])
    let after = try await client.diagnostics(uri, version: 1, after: count)
    XCTAssertTrue(after.withCode("plain-officialese").isEmpty, "\(after.codes)")
  }
}

extension Array where Element == JSONValue {
  /// The diagnostics' codes, for readable failure messages.
  var codes: [String] { compactMap { $0["code"]?.stringValue } }
}
