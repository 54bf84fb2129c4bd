import Foundation
import KlarsvarCLI
import KlarsvarJSON
import KlarsvarServe

/// `klarsvar-bench serve-bench`: `klarsvar serve` as a child process, measured over loopback as the
/// page and scripts use it: the server time of one check (split into lint, JSON and HTTP), then a
/// steady load from many clients with errors and memory watched.
enum ServeBenchCommand: Command {
  static let name = "serve-bench"
  static let summary = "mät klarsvar serve: svarstid per granskning och last från många klienter"
  static let help = """
    Användning: klarsvar-bench serve-bench [--requests N] [--clients N] [--rate N] [--seconds N]

    Startar `klarsvar serve` och mäter över 127.0.0.1:
    1. Ett brev på 1 000 ord, POST /api/check --requests gånger (standard 1 000) på en anslutning: servertid
       (Server-Timing total) uppdelad i granskning (lint), JSON och HTTP, samt tur och retur hos klienten.
       GET /api/health på samma sätt: HTTP-lagrets egen tid utan granskning.
    2. Last: --clients klienter (standard 20) som tillsammans skickar --rate förfrågningar per sekund
       (standard 200) i --seconds sekunder (standard 60) med brev från benchmarkkorpusen: fel, svarstider
       och serverns minne (RSS varje sekund: de sista 10 s mot 10–20 s).
    Utgångsstatus 0 när målen nås (p99 ≤ 5 ms servertid; lasten utan fel, helt besvarad och utan
    minnestillväxt över 10 %), annars 1.
    Kör med en release-build: swift build -c release.

    """

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--requests", "--clients", "--rate", "--seconds"], flags: [])
    let requests = max(10, arguments.number("--requests", default: 1000))
    let clients = max(1, arguments.number("--clients", default: 20))
    let rate = max(1.0, arguments.number("--rate", default: 200.0))
    let seconds = max(1.0, arguments.number("--seconds", default: 60.0))
    let server = try ServedProcess()
    defer { server.stop() }
    Console.out("klarsvar serve på port \(server.port) (pid \(server.pid))\n")
    let letter = BenchmarkCorpus.letter(words: 1000, seed: 42)
    let p99 = try measureOneLetter(server, letter: letter, count: requests)
    let fast = p99 <= targetMilliseconds
    Console.out("  mål p99 ≤ \(Int(targetMilliseconds)) ms servertid: \(fast ? "uppnått" : "INTE uppnått")\n")
    let load = LoadRun(port: server.port, clients: clients, rate: rate, seconds: seconds, pid: server.pid)
    let held = load.run()
    Console.out("  mål utan fel och utan minnestillväxt: \(held ? "uppnått" : "INTE uppnått")\n")
    return fast && held && server.isRunning ? .success : .findings
  }

  /// The issue's target for the server time of one 1,000-word check, at the 99th percentile.
  static let targetMilliseconds = 5.0

  /// Server-Timing's durations by name, in milliseconds.
  static func timings(_ response: LoopbackClient.Response) -> [String: Double] {
    var durations: [String: Double] = [:]
    for entry in (response.headers["Server-Timing"] ?? "").split(separator: ",") {
      let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      guard let name = parts.first, let duration = parts.dropFirst().first(where: { $0.hasPrefix("dur=") }) else {
        continue
      }
      durations[name] = Double(duration.dropFirst(4))
    }
    return durations
  }

  static func checkBody(_ text: String) -> Data { JSONWriter.compact(.object(["text": .string(text)])) }

  /// One connection, one request at a time: the latency of a check without queueing.
  /// - Returns: the 99th percentile of the server time (`Server-Timing: total`), in milliseconds.
  private static func measureOneLetter(_ server: ServedProcess, letter: String, count: Int) throws -> Double {
    let client = try LoopbackClient(port: server.port)
    let body = checkBody(letter)
    let headers = [("Content-Type", "application/json")]
    var samples: [String: [Double]] = [:]
    var ticks = 0
    for index in 0..<(count + 50) {
      if index == 50 { ticks = ProcessCPU.ticks(ofProcess: server.pid) }
      let start = DispatchTime.now()
      let response = try client.request("POST", "/api/check", headers: headers, body: body, port: server.port)
      let roundTrip = BenchCommand.seconds(since: start) * 1000
      guard response.status == 200 else { throw Failure(description: "POST /api/check svarade \(response.status)") }
      guard index >= 50 else { continue }  // warm-up
      let timing = timings(response)
      let (total, lint, render) = (timing["total"] ?? 0, timing["lint"] ?? 0, timing["render"] ?? 0)
      for (name, value) in [
        ("tur och retur (klient)", roundTrip), ("servertid (total)", total), ("– granskning (lint)", lint),
        ("– JSON (render)", render), ("– HTTP och kö (total − lint − render)", total - lint - render),
      ] {
        samples[name, default: []].append(value)
      }
    }
    let cpu = ProcessCPU.milliseconds(ProcessCPU.ticks(ofProcess: server.pid) - ticks) / Double(count)
    var health: [Double] = []
    for _ in 0..<count {
      let response = try client.request("GET", "/api/health", port: server.port)
      health.append(timings(response)["total"] ?? 0)
    }
    let words = letter.split(whereSeparator: \.isWhitespace).count
    Console.out("POST /api/check, ett brev på \(words) ord (\(body.count) byte), \(count) gånger på en anslutning:\n")
    for name in [
      "servertid (total)", "– granskning (lint)", "– JSON (render)", "– HTTP och kö (total − lint − render)",
      "tur och retur (klient)",
    ] {
      Console.out("  \(name): \(percentiles(samples[name] ?? []))\n")
    }
    Console.out("  serverns CPU-tid per förfrågan (utime + stime, medel): \(String(format: "%.2f", cpu)) ms\n")
    Console.out("GET /api/health, servertid (ingen granskning): \(percentiles(health))\n")
    return percentile(samples["servertid (total)"] ?? [], 0.99)
  }

  /// `median X ms, p99 Y ms, max Z ms`.
  static func percentiles(_ values: [Double]) -> String {
    guard let largest = values.max() else { return "–" }
    func at(_ share: Double) -> String { String(format: "%.3f", percentile(values, share)) }
    return "median \(at(0.5)) ms, p99 \(at(0.99)) ms, max \(String(format: "%.3f", largest)) ms"
  }

  /// The value below which `share` of `values` lie (nearest rank); infinity for no values.
  static func percentile(_ values: [Double], _ share: Double) -> Double {
    guard !values.isEmpty else { return .infinity }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
  }
}
