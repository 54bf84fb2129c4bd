import Foundation
import KlarsvarCLI

/// `klarsvar-bench hostile`: `klarsvar check` on each input shape that once made a stage grow with
/// the square of its size, at 1 MB, against a normal 1 MB letter. Every stage must stay linear, so
/// each shape should take at most 3× the normal letter's time; the table says which do not.
enum HostileBenchCommand: Command {
  static let name = "hostile"
  static let summary = "mät check på patologiska indata (1 MB) mot ett vanligt brev på 1 MB"
  static let help = """
    Användning: klarsvar-bench hostile [--megabytes N] [--runs N] [--format text|json|sarif]

    Skriver varje patologisk form (en rad på 1 MB, 100 000 [ före ](, backtick-serier, {{ utan }},
    e-post- och URL-liknande rader, ett ord på 1 MB …) till en fil på N MB (standard 1) och kör
    `klarsvar check` på den i en egen process, median av --runs körningar (standard 3). Jämför med ett
    vanligt brev på samma storlek; målet är högst 3× dess tid. Kör med en release-build.

    """

  static let limit = 3.0

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--megabytes", "--runs", "--format"], flags: [])
    let size = Int(arguments.number("--megabytes", default: 1.0) * 1_000_000)
    let runs = max(1, arguments.number("--runs", default: 3))
    let format = arguments.value("--format") ?? "text"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-hostile-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    Console.out("klarsvar-bench hostile – \(size) byte per form, `check --format \(format)`, median av \(runs)\n\n")
    Console.out("| Form | Tid | × vanligt brev | Inom \(Int(limit))× |\n|---|---|---|---|\n")
    var normal: Double?
    var over: [String] = []
    for shape in HostileShapes.all {
      let file = folder.appendingPathComponent(shape.fileName)
      try Data(shape.make(size)).write(to: file)
      guard let time = median(runs, ["check", "--fail-on", "never", "--format", format, file.path]) else {
        Console.error("klarsvar kunde inte startas: \(KlarsvarProcess.url.path)")
        return .usage
      }
      let base = normal ?? time
      if normal == nil { normal = time }
      let ratio = time / base
      if ratio > limit { over.append(shape.name) }
      Console.out(
        "| \(shape.name) | \(BenchCommand.milliseconds(time)) ms | \(BenchCommand.format(ratio)) | \(ratio <= limit ? "ja" : "**nej**") |\n"
      )
      try? FileManager.default.removeItem(at: file)
    }
    Console.out(
      over.isEmpty ? "\nAlla former inom \(Int(limit))×.\n" : "\nÖver \(Int(limit))×: \(over.joined(separator: ", "))\n"
    )
    return over.isEmpty ? .success : .findings
  }

  private static func median(_ runs: Int, _ arguments: [String]) -> Double? {
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      guard KlarsvarProcess.run(arguments) else { return nil }
      samples.append(BenchCommand.seconds(since: start))
    }
    return samples.sorted()[samples.count / 2]
  }
}
