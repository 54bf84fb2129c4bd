import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// The server ends when the client's process (`initialize`'s `processId`) is gone (issue 15).
final class ClientProcessTests: XCTestCase {
  private func sleeper() throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sleep")
    process.arguments = ["60"]
    try process.run()
    return process
  }

  private func initialize(_ client: TestClient, processId: JSONValue) async throws {
    _ = try await client.request("initialize", ["processId": processId, "capabilities": [:]])
    client.notify("initialized")
  }

  private var fastWatch: ServerOptions {
    var options = ServerOptions.forTests
    options.clientWatchInterval = .milliseconds(50)
    return options
  }

  private func waitForExit(_ client: TestClient, seconds: Double = 5) async throws {
    let deadline = Date().addingTimeInterval(seconds)
    while client.exitCode == nil && Date() < deadline { try await Task.sleep(for: .milliseconds(10)) }
  }

  func testServerExitsWhenTheClientProcessEnds() async throws {
    let editor = try sleeper()
    let client = TestClient(options: fastWatch)
    try await initialize(client, processId: .int(Int(editor.processIdentifier)))
    try await Task.sleep(for: .milliseconds(200))
    XCTAssertNil(client.exitCode, "the editor still runs")
    kill(editor.processIdentifier, SIGKILL)
    editor.waitUntilExit()
    try await waitForExit(client)
    XCTAssertEqual(client.exitCode, 1)
    let logs = client.notifications("window/logMessage").compactMap { $0["params"]?["message"]?.stringValue }
    XCTAssertTrue(logs.contains { $0.contains("process \(editor.processIdentifier)") }, "\(logs)")
  }

  func testAfterShutdownTheWatchStillEndsTheServer() async throws {
    let editor = try sleeper()
    let client = TestClient(options: fastWatch)
    try await initialize(client, processId: .int(Int(editor.processIdentifier)))
    _ = try await client.request("shutdown")
    kill(editor.processIdentifier, SIGKILL)
    editor.waitUntilExit()
    try await waitForExit(client)
    XCTAssertEqual(client.exitCode, 0, "shut down properly, then gone with its client")
  }

  func testNoProcessIdOrOwnProcessKeepsServing() async throws {
    for processId: JSONValue in [.null, .int(Int(ProcessInfo.processInfo.processIdentifier)), .int(-3), .int(0)] {
      let client = TestClient(options: fastWatch)
      try await initialize(client, processId: processId)
      try await Task.sleep(for: .milliseconds(200))
      XCTAssertNil(client.exitCode, "processId \(processId)")
      _ = try await client.request("shutdown")
    }
  }

  /// The real binary over pipes whose input stays open (held by another process): it still ends.
  func testBinaryExitsWhenItsClientDiesWithTheInputOpen() throws {
    let editor = try sleeper()
    let server = try ServerProcess()
    server.write([
      "jsonrpc": "2.0", "id": 1, "method": "initialize",
      "params": ["processId": .int(Int(editor.processIdentifier)), "capabilities": [:]],
    ])
    _ = try server.waitFor("initialize") { $0["id"] == 1 }
    kill(editor.processIdentifier, SIGKILL)
    editor.waitUntilExit()
    XCTAssertEqual(try server.waitForExit(timeout: 15), 1)
    XCTAssertTrue(server.standardError.contains("has ended"), server.standardError)
  }

  func testZombieIsNotAlive() throws {
    XCTAssertTrue(ClientProcess.isAlive(ProcessInfo.processInfo.processIdentifier))
    XCTAssertFalse(ClientProcess.isAlive(Int32.max - 1))
  }
}
