import Foundation
import KlarsvarCLI
import KlarsvarCore
import KlarsvarLSP

#if canImport(Glibc)
  import Glibc
#endif

/// `klarsvar lsp-bench`: measures the language server as an editor sees it, over pipes.
///
/// Starts `klarsvar lsp` as a child process and measures the time from sending `didChange` to reading
/// the matching `publishDiagnostics` for a 10-page letter (p50/p99 over N edits), the child's peak RSS
/// with 50 open letters, and its CPU use while idle.
enum LSPBenchCommand: Command {
  static let name = "lsp-bench"
  static let summary = "mät språkservern: didChange→diagnostik, minne, tomgångs-CPU"
  static let help = """
    Användning: klarsvar lsp-bench [--edits N] [--words N] [--interval MS] [--letters N] [--idle-seconds S]

    Startar `klarsvar lsp` som barnprocess och mäter över rör (pipes):
      • tid från didChange till publishDiagnostics för ett brev på --words ord (standard 5 000, ca 10
        sidor), median och p99 över --edits ändringar (standard 500), en ändring var --interval ms
        (standard 60, som snabb skrivning), samt en skur där alla ändringar skickas utan paus;
      • topp-RSS för serverprocessen med --letters öppna brev (standard 50);
      • serverns CPU-användning under --idle-seconds sekunder utan trafik (standard 5).
    Kör med en release-build: swift build -c release.

    """

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(
      rawArguments, valued: ["--edits", "--words", "--interval", "--letters", "--idle-seconds"], flags: [])
    let edits = Int(arguments.value("--edits") ?? "500") ?? 500
    let words = Int(arguments.value("--words") ?? "5000") ?? 5000
    let interval = Double(arguments.value("--interval") ?? "60") ?? 60
    let letterCount = Int(arguments.value("--letters") ?? "50") ?? 50
    let idleSeconds = Double(arguments.value("--idle-seconds") ?? "5") ?? 5

    let server = try BenchServer()
    defer { server.stop() }
    server.send(id: 1, method: "initialize", params: ["processId": NSNull(), "capabilities": [String: Any]()])
    _ = try server.waitFor { $0["id"] as? Int == 1 }
    server.send(method: "initialized", params: [:])

    // 1. Latency on a 10-page letter, one edit at a time at typing pace.
    let letter = BenchmarkCorpus.letter(words: words, seed: 7)
    let uri = "file:///tmp/klarsvar-bench/letter-10-pages.md"
    let lineCount = letter.split(separator: "\n", omittingEmptySubsequences: false).count
    let pages = Double(letter.split(whereSeparator: { $0 == " " || $0 == "\n" }).count) / 500
    server.open(uri, letter, version: 1)
    _ = try server.waitForDiagnostics(uri, version: 1)
    var latencies: [Double] = []
    var version = 1
    for index in 0..<edits {
      version += 1
      let line = (index * 7) % max(lineCount - 1, 1)
      // Alternately insert and delete one character, so the letter stays the same size.
      let change: [String: Any] =
        index % 2 == 0
        ? ["range": range(line, 0, line, 0), "text": "x"]
        : [
          "range": range((index - 1) * 7 % max(lineCount - 1, 1), 0, (index - 1) * 7 % max(lineCount - 1, 1), 1),
          "text": "",
        ]
      let start = DispatchTime.now()
      server.change(uri, version: version, [change])
      _ = try server.waitForDiagnostics(uri, version: version)
      latencies.append(milliseconds(since: start))
      if interval > 0 { Thread.sleep(forTimeInterval: interval / 1000) }
    }
    latencies.sort()

    // 2. A burst: every edit back to back; time until the final version's diagnostics.
    let burstStart = DispatchTime.now()
    let publishedBefore = server.publishCount(uri)
    for index in 0..<edits {
      version += 1
      let change: [String: Any] =
        index % 2 == 0 ? ["range": range(0, 0, 0, 0), "text": "x"] : ["range": range(0, 0, 0, 1), "text": ""]
      server.change(uri, version: version, [change])
    }
    _ = try server.waitForDiagnostics(uri, version: version, timeout: 60)
    let burstMilliseconds = milliseconds(since: burstStart)
    let burstPublishes = server.publishCount(uri) - publishedBefore

    // 3. Peak RSS with many open letters.
    for index in 0..<letterCount {
      server.open(
        "file:///tmp/klarsvar-bench/brev-\(index).md", BenchmarkCorpus.letter(words: 600, seed: UInt64(100 + index)),
        version: 1)
    }
    for index in 0..<letterCount {
      _ = try server.waitForDiagnostics("file:///tmp/klarsvar-bench/brev-\(index).md", version: 1, timeout: 60)
    }
    let peakRSS = server.peakRSSKilobytes()

    // 4. Idle CPU.
    Thread.sleep(forTimeInterval: 0.5)
    let cpuBefore = server.cpuTicks()
    let idleStart = DispatchTime.now()
    Thread.sleep(forTimeInterval: idleSeconds)
    let idleTicks = server.cpuTicks() - cpuBefore
    let idleElapsed = Double(DispatchTime.now().uptimeNanoseconds - idleStart.uptimeNanoseconds) / 1e9
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    let idlePercent = Double(idleTicks) / ticksPerSecond / idleElapsed * 100

    server.send(id: 2, method: "shutdown", params: nil)
    _ = try server.waitFor { $0["id"] as? Int == 2 }
    server.send(method: "exit", params: nil)
    let status = server.waitForExit()

    func percentile(_ p: Double) -> Double {
      guard !latencies.isEmpty else { return 0 }
      return latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)]
    }
    let report = """
      klarsvar lsp-bench (\(KlarsvarVersion.current))
      didChange → publishDiagnostics, \(words) ord (\(String(format: "%.1f", pages)) sidor à 500 ord, \(letter.utf8.count) byte), \(edits) ändringar var \(Int(interval)) ms:
        p50 \(format(percentile(0.5))) ms · p90 \(format(percentile(0.9))) ms · p99 \(format(percentile(0.99))) ms · max \(format(latencies.last ?? 0)) ms
      skur: \(edits) ändringar utan paus → slutlig diagnostik efter \(format(burstMilliseconds)) ms, \(burstPublishes) publiceringar (samordnade)
      topp-RSS för servern med \(letterCount + 1) öppna brev: \(String(format: "%.1f", Double(peakRSS) / 1024)) MB
      CPU i tomgång under \(String(format: "%.1f", idleElapsed)) s: \(String(format: "%.2f", idlePercent)) % (\(idleTicks) tick)
      serverns utgångsstatus: \(status)

      """
    Console.out(report)
    return status == 0 ? .success : .findings
  }

  private static func range(_ startLine: Int, _ startCharacter: Int, _ endLine: Int, _ endCharacter: Int) -> [String:
    Any]
  {
    ["start": ["line": startLine, "character": startCharacter], "end": ["line": endLine, "character": endCharacter]]
  }

  private static func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
  }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// `klarsvar lsp` as a child process, spoken to with plain JSON over pipes.
private final class BenchServer: @unchecked Sendable {
  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let condition = NSCondition()
  private var parser = FrameParser()
  private var messages: [[String: Any]] = []
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
        guard case .message(let body) = event else { continue }
        // The server writes uri and version first; read them from the prefix, as an editor's fast path would.
        let prefix = String(decoding: body.prefix(300), as: UTF8.self)
        if prefix.contains("\"method\":\"textDocument/publishDiagnostics\""), let (uri, version) = Self.route(prefix) {
          publishes[uri, default: 0] += 1
          if let version { diagnosticsVersions[uri, default: []].insert(version) }
        } else if let message = try? JSONSerialization.jsonObject(with: body) as? [String: Any], message["id"] != nil {
          messages.append(message)
        }
      }
      self.condition.broadcast()
      self.condition.unlock()
    }
    try process.run()
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

  func send(id: Int? = nil, method: String, params: Any?) {
    var message: [String: Any] = ["jsonrpc": "2.0", "method": method]
    if let id { message["id"] = id }
    if let params { message["params"] = params }
    let body = try! JSONSerialization.data(withJSONObject: message)
    input.fileHandleForWriting.write(Frame.encode(body))
  }

  func open(_ uri: String, _ text: String, version: Int) {
    send(
      method: "textDocument/didOpen",
      params: ["textDocument": ["uri": uri, "languageId": "markdown", "version": version, "text": text]])
  }

  func change(_ uri: String, version: Int, _ changes: [[String: Any]]) {
    send(
      method: "textDocument/didChange",
      params: ["textDocument": ["uri": uri, "version": version], "contentChanges": changes])
  }

  func waitFor(timeout: TimeInterval = 30, _ predicate: ([String: Any]) -> Bool) throws -> [String: Any] {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let found = messages.first(where: predicate) { return found }
      if !condition.wait(until: deadline) { throw Timeout(description: "timed out waiting for the server") }
    }
  }

  func waitForDiagnostics(_ uri: String, version: Int, timeout: TimeInterval = 30) throws -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    condition.lock()
    defer { condition.unlock() }
    while diagnosticsVersions[uri]?.contains(version) != true {
      if !condition.wait(until: deadline) {
        throw Timeout(description: "timed out waiting for diagnostics of \(uri) version \(version)")
      }
    }
    return true
  }

  func publishCount(_ uri: String) -> Int {
    condition.lock()
    defer { condition.unlock() }
    return publishes[uri] ?? 0
  }

  private func status() -> String {
    (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
  }

  /// VmHWM of the server process.
  func peakRSSKilobytes() -> Int {
    for line in status().split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return line.split(separator: " ").compactMap { Int($0) }.first ?? 0
    }
    return 0
  }

  /// utime + stime of the server process, in clock ticks.
  func cpuTicks() -> Int {
    guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return 0 }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime field 14 and stime field 15 (1-based).
    guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
    return user + system
  }

  func waitForExit() -> Int32 {
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
