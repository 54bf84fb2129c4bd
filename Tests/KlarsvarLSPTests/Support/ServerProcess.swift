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
    output.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.lock()
      defer { self.lock.unlock() }
      self.parser.append(data)
      while let event = self.parser.next() {
        switch event {
        case .message(let body):
          if let value = try? JSONDecoder().decode(JSONValue.self, from: body) { self.received.append(value) }
        case .malformedHeader(let problem):
          self.received.append(["klarsvarTestError": .string(problem)])
        }
      }
    }
    errors.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.lock()
      self.stderrText += String(decoding: data, as: UTF8.self)
      self.lock.unlock()
    }
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
    output.fileHandleForReading.readabilityHandler = nil
    errors.fileHandleForReading.readabilityHandler = nil
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
    return process.terminationStatus
  }
}
