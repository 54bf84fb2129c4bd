import Foundation
import KlarsvarCLI
import KlarsvarServe

/// The load part of `serve-bench`: clients on their own connections, each sending at an even pace
/// (a request every `clients / rate` seconds, starting staggered), bounded in count (`seconds × rate`
/// requests) and in time (every client stops `grace` seconds after the planned end, whatever it has left).
final class LoadRun: @unchecked Sendable {
  let port: UInt16
  let clients: Int
  let rate: Double
  let seconds: Double
  let pid: Int32
  /// How long past the planned end a slow run may go on before its clients give up.
  let grace = 15.0
  /// Memory is "not growing" when the server's RSS in the last 10 s is at most this share above its
  /// RSS in the 10 s after warm-up (allocator noise is a few hundred KB on this server).
  static let allowedGrowth = 0.10
  private let lock = NSLock()
  private var latencies: [Double] = []
  private var serverTimes: [Double] = []
  private var statuses: [Int: Int] = [:]
  private(set) var errors = 0
  private var failures: [String] = []
  /// The server's RSS once a second: (seconds since start, bytes).
  private var memory: [(Double, Int)] = []

  init(port: UInt16, clients: Int, rate: Double, seconds: Double, pid: Int32) {
    self.port = port
    self.clients = clients
    self.rate = rate
    self.seconds = seconds
    self.pid = pid
  }

  /// Runs the load and prints what it saw. - Returns: whether the run met every target (no errors,
  /// every planned request answered, no memory growth).
  func run() -> Bool {
    let letters = BenchmarkCorpus.letters(count: 200).map(ServeBenchCommand.checkBody)
    let interval = Double(clients) / rate
    let start = DispatchTime.now().uptimeNanoseconds
    let ticks = ProcessCPU.ticks(ofProcess: pid)
    let group = DispatchGroup()
    for index in 0..<clients {
      group.enter()
      let thread = Thread { [self] in
        client(index, letters: letters, interval: interval, start: start)
        group.leave()
      }
      thread.start()
    }
    repeat {
      if let resident = ProcessMemory.residentBytes(ofProcess: pid) { memory.append((elapsed(since: start), resident)) }
    } while group.wait(timeout: .now() + 1) == .timedOut
    let cpu = ProcessCPU.milliseconds(ProcessCPU.ticks(ofProcess: pid) - ticks)
    return report(elapsed: elapsed(since: start), planned: clients * Int(seconds / interval), cpu: cpu)
  }

  private func elapsed(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

  /// One client: its requests at `start + offset + k × interval`, never more than one in flight.
  private func client(_ index: Int, letters: [Data], interval: Double, start: UInt64) {
    let connection: LoopbackClient
    do {
      connection = try LoopbackClient(port: port, timeout: 30)
    } catch {
      note(failure: "anslutning \(index): \(error)")
      return
    }
    let offset = interval * Double(index) / Double(clients)
    let deadline = start + UInt64((seconds + grace) * 1e9)
    for sent in 0..<Int(seconds / interval) {
      let due = start + UInt64((offset + Double(sent) * interval) * 1e9)
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else {
        note(failure: "klient \(index): tiden slut efter \(sent) förfrågningar")
        return
      }
      if due > now { usleep(useconds_t((due - now) / 1000)) }
      let body = letters[(index * 31 + sent) % letters.count]
      let began = DispatchTime.now()
      do {
        let response = try connection.request(
          "POST", "/api/check", headers: [("Content-Type", "application/json")], body: body, port: port)
        note(
          status: response.status, latency: BenchCommand.seconds(since: began) * 1000,
          server: ServeBenchCommand.timings(response)["total"] ?? 0)
      } catch {
        note(failure: "klient \(index), förfrågan \(sent): \(error)")
        return
      }
    }
  }

  private func note(status: Int, latency: Double, server: Double) {
    lock.lock()
    defer { lock.unlock() }
    statuses[status, default: 0] += 1
    if status != 200 { errors += 1 }
    latencies.append(latency)
    serverTimes.append(server)
  }

  private func note(failure: String) {
    lock.lock()
    defer { lock.unlock() }
    errors += 1
    failures.append(failure)
  }

  /// The median RSS of the samples in `[from, to)` seconds.
  private func medianResident(from: Double, to: Double) -> Int? {
    let values = memory.filter { $0.0 >= from && $0.0 < to }.map(\.1).sorted()
    return values.isEmpty ? nil : values[values.count / 2]
  }

  private func report(elapsed: Double, planned: Int, cpu: Double) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    let answered = statuses.values.reduce(0, +)
    let shown = statuses.keys.sorted().map { "\($0): \(statuses[$0]!)" }.joined(separator: ", ")
    Console.out(
      "Last: \(clients) klienter, mål \(Int(rate)) förfrågningar/s i \(Int(seconds)) s (\(planned) st): \(answered) svar på "
        + String(format: "%.1f", elapsed) + " s (" + String(format: "%.1f", Double(answered) / elapsed)
        + "/s), status \(shown), fel \(errors)\n")
    for failure in failures.prefix(5) { Console.out("  fel: \(failure)\n") }
    Console.out("  tur och retur: \(ServeBenchCommand.percentiles(latencies))\n")
    Console.out("  servertid: \(ServeBenchCommand.percentiles(serverTimes))\n")
    Console.out(
      "  serverns CPU-tid: " + String(format: "%.2f", cpu / Double(max(1, answered))) + " ms per förfrågan, "
        + String(format: "%.0f", cpu / elapsed / 10) + " % av en kärna i medel\n")
    let warmed = medianResident(from: 10, to: 20)
    let last = medianResident(from: max(10, elapsed - 10), to: .infinity)
    let peak = ProcessMemory.peakResidentBytes(ofProcess: pid)
    func mebibytes(_ bytes: Int?) -> String { bytes.map { String(format: "%.1f MiB", Double($0) / 1_048_576) } ?? "–" }
    var grows = false
    var growth = "–"
    if let warmed, let last {
      let share = Double(last - warmed) / Double(warmed)
      grows = share > Self.allowedGrowth
      growth = String(format: "%+.1f %%", share * 100)
    }
    Console.out(
      "  serverns RSS (median): 10–20 s \(mebibytes(warmed)), sista 10 s \(mebibytes(last)), ändring \(growth)"
        + " (gräns +\(Int(Self.allowedGrowth * 100)) %); topp \(mebibytes(peak))\n")
    return errors == 0 && answered == planned && !grows
  }
}
