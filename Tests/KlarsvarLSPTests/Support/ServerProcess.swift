import Foundation
import KlarsvarJSON
import TestSupport
import XCTest

@testable import KlarsvarLSP

/// The built `klarsvar lsp` binary over pipes, with every wait bounded by a timeout.
final class ServerProcess: @unchecked Sendable {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private let lock = NSLock()
  private var parser = FrameParser()
  private var received: [JSONValue] = []
  private var stderrText = ""

  init(arguments: [String] = ["lsp", "--stdio"]) throws {
    process.executableURL = try KlarsvarBinary.locate().url
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // One blocking reader thread per pipe, ending at end of file. (Foundation's readabilityHandler
    // leaves a weak reference behind on Linux, which the address-sanitizer run would report.)
    Self.read(output.fileHandleForReading) { [weak self] data in self?.receive(data) }
    Self.read(errors.fileHandleForReading) { [weak self] data in self?.receiveStandardError(data) }
  }

  deinit {
    if process.isRunning { process.terminate() }
    // Reaped through Foundation, which otherwise keeps the Process (and its pipes) until exit.
    process.waitUntilExit()
  }

  private static func read(_ handle: FileHandle, _ deliver: @escaping @Sendable (Data) -> Void) {
    Thread {
      while true {
        let data = handle.availableData
        if data.isEmpty { return }
        deliver(data)
      }
    }.start()
  }

  private func receive(_ data: Data) {
    lock.lock()
    defer { lock.unlock() }
    parser.append(data)
    while let event = parser.next() {
      switch event {
      case .message(let body):
        if let value = try? JSONDecoder().decode(JSONValue.self, from: body) { received.append(value) }
      case .malformedHeader(let problem), .skippedRequest(_, let problem):
        received.append(["klarsvarTestError": .string(problem)])
      }
    }
  }

  private func receiveStandardError(_ data: Data) {
    lock.lock()
    stderrText += String(decoding: data, as: UTF8.self)
    lock.unlock()
  }

  var messages: [JSONValue] {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  var standardError: String {
    lock.lock()
    defer { lock.unlock() }
    return stderrText
  }

  func write(_ data: Data) { input.fileHandleForWriting.write(data) }

  func write(_ message: JSONValue) { write(Frame.encode(JSONWriter.compact(message))) }

  func closeInput() { try? input.fileHandleForWriting.close() }

  func waitFor(_ what: String, after start: Int = 0, timeout: TimeInterval = 10, _ predicate: (JSONValue) -> Bool)
    throws
    -> JSONValue
  {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let all = messages
      if start < all.count, let found = all[start...].first(where: predicate) { return found }
      if Date() > deadline {
        throw Failure(
          description: "timed out after \(timeout) s waiting for \(what); stderr:\n\(standardError.suffix(2000))")
      }
      Thread.sleep(forTimeInterval: 0.002)
    }
  }

  /// Waits for the process to end; kills it and fails when it does not within `timeout`.
  func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        throw Failure(description: "klarsvar lsp did not exit within \(timeout) s")
      }
      Thread.sleep(forTimeInterval: 0.005)
    }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
