import Foundation
import KlarsvarCLI
import KlarsvarCore

#if canImport(Glibc)
  import Glibc
#endif

/// `klarsvar-bench lsp-bench`: measures the language server as an editor sees it, over pipes.
///
/// Starts `klarsvar lsp` as a child process and measures the time from sending `didChange` to reading
/// the matching `publishDiagnostics` for a 10-page letter (p50/p99 over N edits), the child's peak RSS
/// with 50 open letters, and its CPU use while idle.
enum LSPBenchCommand: Command {
  static let name = "lsp-bench"
  static let summary = "mät språkservern: didChange→diagnostik, minne, tomgångs-CPU"
  static let help = """
    Användning: klarsvar-bench lsp-bench [--edits N] [--words N] [--interval MS] [--letters N] [--idle-seconds S]

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
    let edits = arguments.number("--edits", default: 500)
    let words = arguments.number("--words", default: 5000)
    let interval = arguments.number("--interval", default: 60.0)
    let letterCount = arguments.number("--letters", default: 50)
    let idleSeconds = arguments.number("--idle-seconds", default: 5.0)

    let server = try BenchServer()
    defer { server.stop() }
    try server.initialize()
    let letter = BenchmarkCorpus.letter(words: words, seed: 7)
    let uri = "file:///tmp/klarsvar-bench/letter-10-pages.md"
    server.open(uri, letter, version: 1)
    try server.waitForDiagnostics(uri, version: 1)
    var version = 1
    let latencies = try typingLatencies(server, uri, letter, edits: edits, interval: interval, version: &version)
    let burst = try burst(server, uri, edits: edits, version: &version)
    let peakRSS = try peakResidentBytes(server, openLetters: letterCount)
    let idle = idleCPU(server, seconds: idleSeconds)
    let status = try server.shutDown()

    func percentile(_ p: Double) -> Double {
      guard !latencies.isEmpty else { return 0 }
      return latencies[min(latencies.count - 1, Int((Double(latencies.count) * p).rounded(.up)) - 1)]
    }
    let pages = Double(letter.split(whereSeparator: { $0 == " " || $0 == "\n" }).count) / 500
    let report = """
      klarsvar lsp-bench (\(KlarsvarVersion.current))
      didChange → publishDiagnostics, \(words) ord (\(String(format: "%.1f", pages)) sidor à 500 ord, \(letter.utf8.count) byte), \(edits) ändringar var \(Int(interval)) ms:
        p50 \(format(percentile(0.5))) ms · p90 \(format(percentile(0.9))) ms · p99 \(format(percentile(0.99))) ms · max \(format(latencies.last ?? 0)) ms
      skur: \(edits) ändringar utan paus → slutlig diagnostik efter \(format(burst.milliseconds)) ms, \(burst.publishes) publiceringar (samordnade)
      topp-RSS för servern med \(letterCount + 1) öppna brev: \(String(format: "%.1f", Double(peakRSS) / 1_048_576)) MB
      CPU i tomgång under \(String(format: "%.1f", idle.seconds)) s: \(String(format: "%.2f", idle.percent)) % (\(idle.ticks) tick)
      serverns utgångsstatus: \(status)

      """
    Console.out(report)
    return status == 0 ? .success : .findings
  }

  /// Milliseconds from each `didChange` to its diagnostics, sorted: one edit every `interval` ms,
  /// alternately inserting and deleting one character, so the letter stays the same size.
  private static func typingLatencies(
    _ server: BenchServer, _ uri: String, _ letter: String, edits: Int, interval: Double, version: inout Int
  ) throws -> [Double] {
    let lineCount = letter.split(separator: "\n", omittingEmptySubsequences: false).count
    var latencies: [Double] = []
    for index in 0..<edits {
      version += 1
      let start = DispatchTime.now()
      if index % 2 == 0 {
        server.change(uri, version: version, line: (index * 7) % max(lineCount - 1, 1), 0, 0, text: "x")
      } else {
        server.change(uri, version: version, line: (index - 1) * 7 % max(lineCount - 1, 1), 0, 1, text: "")
      }
      try server.waitForDiagnostics(uri, version: version)
      latencies.append(milliseconds(since: start))
      if interval > 0 { Thread.sleep(forTimeInterval: interval / 1000) }
    }
    return latencies.sorted()
  }

  /// Every edit back to back: the time until the final version's diagnostics, and how many
  /// publications the server coalesced them into.
  private static func burst(
    _ server: BenchServer, _ uri: String, edits: Int, version: inout Int
  ) throws -> (milliseconds: Double, publishes: Int) {
    let start = DispatchTime.now()
    let publishedBefore = server.publishCount(uri)
    for index in 0..<edits {
      version += 1
      server.change(uri, version: version, line: 0, 0, index % 2, text: index % 2 == 0 ? "x" : "")
    }
    try server.waitForDiagnostics(uri, version: version, timeout: 60)
    return (milliseconds(since: start), server.publishCount(uri) - publishedBefore)
  }

  /// The server's peak resident memory after opening `openLetters` more letters.
  private static func peakResidentBytes(_ server: BenchServer, openLetters: Int) throws -> Int {
    let uris = (0..<openLetters).map { "file:///tmp/klarsvar-bench/brev-\($0).md" }
    for (index, uri) in uris.enumerated() {
      server.open(uri, BenchmarkCorpus.letter(words: 600, seed: UInt64(100 + index)), version: 1)
    }
    for uri in uris { try server.waitForDiagnostics(uri, version: 1, timeout: 60) }
    return server.peakResidentBytes()
  }

  /// The server's CPU use over `seconds` without traffic, after half a second to settle.
  private static func idleCPU(_ server: BenchServer, seconds: Double) -> (seconds: Double, percent: Double, ticks: Int)
  {
    Thread.sleep(forTimeInterval: 0.5)
    let ticksBefore = server.cpuTicks()
    let start = DispatchTime.now()
    Thread.sleep(forTimeInterval: seconds)
    let ticks = server.cpuTicks() - ticksBefore
    let elapsed = milliseconds(since: start) / 1000
    let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
    return (elapsed, Double(ticks) / ticksPerSecond / elapsed * 100, ticks)
  }

  private static func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
  }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
