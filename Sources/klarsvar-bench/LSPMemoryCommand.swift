import Foundation
import KlarsvarCLI
import KlarsvarCore

/// `klarsvar-bench lsp-memory`: the language server's peak memory with one big document open.
///
/// Starts `klarsvar lsp`, opens a small letter (rules loaded), then one document of `--megabytes` MB
/// made of real-looking letters one after another, waits for its diagnostics, types `--edits` small
/// edits into it and reads the server's high-water mark (VmHWM) after each stage.
enum LSPMemoryCommand: Command {
  static let name = "lsp-memory"
  static let summary = "mät språkserverns minne med ett stort dokument öppet"
  static let help = """
    Användning: klarsvar-bench lsp-memory [--megabytes N] [--edits N]

    Startar `klarsvar lsp` som barnprocess, öppnar ett brev (reglerna laddas) och sedan ett dokument på
    --megabytes MB (standard 10) av brev efter varandra, väntar på diagnostiken, gör --edits ändringar
    (standard 20) och läser serverns högsta minnesanvändning (VmHWM) efter varje steg. Målet är att
    dokumentet ska ta högst 20 gånger sin storlek. Kör med en release-build: swift build -c release.

    """

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--megabytes", "--edits"], flags: [])
    let megabytes = arguments.number("--megabytes", default: 10.0)
    let edits = arguments.number("--edits", default: 20)
    let document = bigDocument(bytes: Int(megabytes * 1_000_000))
    let lineCount = document.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }

    let server = try BenchServer()
    defer { server.stop() }
    try server.initialize()
    server.open("file:///tmp/klarsvar-bench/liten.md", BenchmarkCorpus.letter(words: 300, seed: 3), version: 1)
    try server.waitForDiagnostics("file:///tmp/klarsvar-bench/liten.md", version: 1)
    let baseline = server.peakResidentBytes()

    let uri = "file:///tmp/klarsvar-bench/stort-dokument.md"
    var start = DispatchTime.now()
    server.open(uri, document, version: 1)
    try server.waitForDiagnostics(uri, version: 1, timeout: 600)
    let opened = milliseconds(since: start)
    let afterOpen = server.peakResidentBytes()
    start = DispatchTime.now()
    for version in 2..<(2 + edits) {
      let line = (version * 7919) % max(lineCount - 1, 1)
      server.change(uri, version: version, line: line, 0, 0, text: version % 2 == 0 ? "x" : "y")
      try server.waitForDiagnostics(uri, version: version, timeout: 600)
    }
    let perEdit = edits > 0 ? milliseconds(since: start) / Double(edits) : 0
    let peak = server.peakResidentBytes()
    let status = try server.shutDown()

    let size = Double(document.utf8.count)
    func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    Console.out(
      """
      klarsvar lsp-memory (\(KlarsvarVersion.current))
      dokument: \(document.utf8.count) byte (\(lineCount) rader), öppnat och diagnostiserat på \(String(format: "%.0f", opened)) ms
      \(edits) ändringar: \(String(format: "%.0f", perEdit)) ms per ändring till diagnostik
      topp-RSS: efter ett litet brev \(mb(baseline)), efter öppnandet \(mb(afterOpen)), efter ändringarna \(mb(peak))
      topp-RSS / dokumentets storlek: \(String(format: "%.1f", Double(peak) / size))× (utöver det lilla brevet: \(String(format: "%.1f", Double(peak - baseline) / size))×)
      serverns utgångsstatus: \(status)

      """)
    return status == 0 ? .success : .findings
  }

  /// Letters one after another (each 300–1,500 words), up to `bytes`.
  private static func bigDocument(bytes: Int) -> String {
    var document = ""
    var seed: UInt64 = 1
    while document.utf8.count < bytes {
      for letter in BenchmarkCorpus.letters(count: 50, seed: seed) where document.utf8.count < bytes {
        document += letter + "\n"
      }
      seed += 1
    }
    return document
  }

  private static func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
  }
}
