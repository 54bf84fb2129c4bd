import Foundation
import TestSupport
import XCTest

@testable import KlarsvarServe

/// `klarsvar serve` as a user starts it: the printed address, a real request, and a clean stop.
final class ServeProcessTests: XCTestCase {
  /// The running binary, its port and what it wrote on standard error.
  private final class Served {
    let process = Process()
    let errors = Pipe()
    var port: UInt16 = 0

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
      let output = Pipe()
      process.executableURL = try KlarsvarBinary.locate().url
      process.arguments = ["serve"] + arguments
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      process.currentDirectoryURL = ServeFixtures.folder
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      var line = Data()
      let handle = output.fileHandleForReading
      while !line.contains(UInt8(ascii: "\n")), let byte = try handle.read(upToCount: 1), !byte.isEmpty {
        line += byte
      }
      let text = String(decoding: line, as: UTF8.self)
      guard let range = text.range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression),
        let port = UInt16(text[range].split(separator: ":")[1])
      else { throw LoopbackClient.Failure(description: "no address in \"\(text)\"") }
      self.port = port
    }

    /// Sends `signal` and waits up to `seconds` for the exit status.
    func stop(_ signal: Int32, within seconds: Double = 10) -> Int32? {
      kill(process.processIdentifier, signal)
      let deadline = Date().addingTimeInterval(seconds)
      while process.isRunning && Date() < deadline { usleep(10_000) }
      if process.isRunning {
        process.terminate()
        return nil
      }
      return process.terminationStatus
    }

    var standardError: String {
      String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
  }

  func testServesThePageAndStopsCleanlyOnSIGTERMAndSIGINT() throws {
    for signal in [SIGTERM, SIGINT] {
      let served = try Served(["--port", "0"])
      let client = try LoopbackClient(port: served.port)
      let page = try client.request("GET", "/", port: served.port)
      XCTAssertEqual(page.status, 200)
      XCTAssertTrue(page.text.contains("klarsvar"))
      let check = try client.request(
        "POST", "/api/check", headers: [("Content-Type", "application/json")],
        body: Data(#"{"text":"Vi återkommer inom kort."}"#.utf8), port: served.port)
      XCTAssertTrue(check.text.contains("\"schemaVersion\" : 1"))
      XCTAssertEqual(served.stop(signal), 0, "signal \(signal)")
      XCTAssertTrue(served.standardError.contains("stoppad"))
      XCTAssertThrowsError(try LoopbackClient(port: served.port), "the port is closed")
    }
  }

  /// A signal sent as soon as the address is printed stops the server too (one in seven was lost while
  /// the handler was registered asynchronously).
  func testSignalRightAfterTheAddressStopsIt() throws {
    for attempt in 0..<12 {
      let served = try Served(["--port", "0"])
      XCTAssertEqual(served.stop(attempt.isMultiple(of: 2) ? SIGTERM : SIGINT), 0, "attempt \(attempt)")
    }
  }

  func testAnotherHostIsAnnouncedWithAWarning() throws {
    let served = try Served(["--port", "0", "--host", "127.0.0.1", "--max-body", "1"])
    XCTAssertEqual(served.stop(SIGTERM), 0)
    XCTAssertFalse(served.standardError.contains("varning"), "loopback needs no warning")
    let open = try Served(["--port", "0", "--host", "0.0.0.0"])
    let client = try LoopbackClient(port: open.port)
    XCTAssertEqual(try client.request("GET", "/api/health", port: open.port).status, 200)
    XCTAssertEqual(open.stop(SIGTERM), 0)
    XCTAssertTrue(open.standardError.contains("varning: klarsvar serve lyssnar på 0.0.0.0"))
  }

  func testOpenStartsTheUsersBrowserWithTheAddress() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-open-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let opened = folder.appendingPathComponent("opened.txt")
    // A stand-in browser that writes down the address it is given.
    let browser = folder.appendingPathComponent("browser.sh")
    try Data("#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".utf8).write(to: browser)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: browser.path)
    let served = try Served(["--port", "0", "--open"], environment: ["BROWSER": browser.path])
    let deadline = Date().addingTimeInterval(10)
    var url = ""
    while url.isEmpty && Date() < deadline {
      usleep(20_000)
      url = (try? String(contentsOf: opened, encoding: .utf8)) ?? ""
    }
    XCTAssertEqual(url, "http://127.0.0.1:\(served.port)/")
    XCTAssertEqual(served.stop(SIGTERM), 0)
    XCTAssertFalse(served.standardError.contains("kunde inte öppna"))
    let unopened = try Served(["--port", "0", "--open"], environment: ["BROWSER": "/finns/inte"])
    XCTAssertEqual(unopened.stop(SIGTERM), 0, "a browser that fails to start stops nothing")
  }

  func testBrowserVariableGivesTheFirstCommand() {
    XCTAssertEqual(BrowserOpener.chosen("firefox:chromium"), "firefox")
    XCTAssertEqual(BrowserOpener.chosen(" firefox --new-tab %s "), "firefox --new-tab %s")
    XCTAssertNil(BrowserOpener.chosen(""))
    XCTAssertNil(BrowserOpener.chosen(nil))
  }

  func testUnusableStartsAreUsageErrors() throws {
    let binary = try KlarsvarBinary.locate()
    let folder = ServeFixtures.folder
    let missing = try binary.run(["serve", "--config", "finns-inte.json"], in: folder)
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(missing.stderr.contains("finns-inte.json"), missing.stderr)
    XCTAssertEqual(try binary.run(["serve", "--port", "70000"], in: folder).status, 2)
    XCTAssertEqual(try binary.run(["serve", "--max-body", "0"], in: folder).status, 2)
    XCTAssertEqual(try binary.run(["serve", "en-fil.txt"], in: folder).status, 2)
    let busy = try Served(["--port", "0"])
    let taken = try binary.run(["serve", "--port", String(busy.port)], in: folder)
    XCTAssertEqual(taken.status, 2)
    XCTAssertTrue(taken.stderr.contains("kan inte lyssna"), taken.stderr)
    XCTAssertEqual(busy.stop(SIGTERM), 0)
  }
}
