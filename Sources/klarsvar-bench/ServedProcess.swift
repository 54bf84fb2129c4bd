import Foundation

/// `klarsvar serve --port 0` started beside this benchmark, its port read from what it prints.
final class ServedProcess {
  private let process = Process()
  let port: UInt16

  init() throws {
    let output = Pipe()
    process.executableURL = KlarsvarProcess.url
    process.arguments = ["serve", "--port", "0"]
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var line = Data()
    while !line.contains(UInt8(ascii: "\n")), let byte = try output.fileHandleForReading.read(upToCount: 1),
      !byte.isEmpty
    {
      line += byte
    }
    let text = String(decoding: line, as: UTF8.self)
    guard let range = text.range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression),
      let port = UInt16(text[range].split(separator: ":")[1])
    else {
      process.terminate()
      throw ServeBenchCommand.Failure(description: "klarsvar serve skrev ingen adress: \(text)")
    }
    self.port = port
  }

  var pid: Int32 { process.processIdentifier }
  var isRunning: Bool { process.isRunning }

  func stop() {
    guard process.isRunning else { return }
    process.terminate()
    process.waitUntilExit()
  }
}
