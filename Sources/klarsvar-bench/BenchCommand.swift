import Foundation
import KlarsvarCLI
import KlarsvarCore

/// `klarsvar-bench bench`: throughput, per-letter latency, start-up time and memory on a generated corpus.
enum BenchCommand: Command {
  static let name = "bench"
  static let summary = "mät hastighet och minne på en genererad korpus"
  static let help = """
    Användning: klarsvar-bench bench [--megabytes N] [--rounds N] [--stress-phrases N] [--startup-runs N]
                                     [--off REGEL,…]

    Genererar en deterministisk svensk korpus och mäter med alla inbyggda regler på en kärna:
    MB/s och ord/s (median av --rounds varv, standard 5), tiden för ett brev på 1 000 ord (median och p99), tiden för `klarsvar check`
    på ett brev från processtart till avslut, topp-RSS, samt genomströmning med N extra syntetiska
    fraser laddade (standard 2 000). Kör med en release-build: swift build -c release.

    """

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(
      rawArguments, valued: ["--megabytes", "--stress-phrases", "--startup-runs", "--rounds", "--off"], flags: [])
    let megabytes = arguments.number("--megabytes", default: 20.0)
    let stressCount = arguments.number("--stress-phrases", default: 2000)
    let startupRuns = arguments.number("--startup-runs", default: 20)
    let roundCount = max(1, arguments.number("--rounds", default: 5))

    let loadStart = DispatchTime.now()
    let loaded = RuleSetLoader.load(PackFolder.builtIn)
    let loadSeconds = seconds(since: loadStart)
    guard loaded.errors.isEmpty else {
      loaded.errors.forEach { Console.error("fel: \($0)") }
      return .usage
    }
    let linter = Linter(ruleSet: loaded.ruleSet)
    let (letters, bytes) = corpus(megabytes: megabytes)
    let words = letters.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
    var options = LintOptions(format: .plain)
    for id in arguments.all("--off").flatMap({ $0.split(separator: ",") }) {
      options.rules.overrides[String(id)] = .off
    }

    Console.out(
      "klarsvar bench – \(loaded.ruleSet.rules.count) regler, \(loaded.ruleSet.phraseCount) frasvarianter, laddning \(milliseconds(loadSeconds)) ms\n"
    )
    Console.out("Korpus: \(letters.count) brev, \(format(Double(bytes) / 1_000_000)) MB, \(words) ord\n")

    _ = letters.prefix(50).map { linter.lint($0, options: options) }  // warm up
    // Several rounds: on a shared virtual machine one pass can vary by a third; the median is reported.
    let rounds = (0..<roundCount).map { _ in measureThroughput(linter, letters, options) }.sorted()
    let throughput = rounds[rounds.count / 2]
    let megabytesLinted = Double(bytes) / 1_000_000
    Console.out(
      "Genomströmning (en kärna): median \(format(megabytesLinted / throughput)) MB/s (\(rounds.count) varv, \(format(megabytesLinted / rounds.last!))–\(format(megabytesLinted / rounds.first!)) MB/s), \(Int(Double(words) / throughput)) ord/s, \(totalFindings(linter, letters.prefix(200), options)) fynd per 200 brev\n"
    )

    let letter = BenchmarkCorpus.letter(words: 1000, seed: 42)
    measureOneLetter(linter, letter, options)
    if stressCount > 0 {
      measureStress(stressCount, letters, options, rounds: rounds.count, baseline: throughput)
    }
    if startupRuns > 0, let startup = measureStartup(letter: letter, runs: startupRuns) {
      Console.out(
        "`klarsvar check` på ett brev, start till avslut: median \(milliseconds(startup.median)) ms, max \(milliseconds(startup.max)) ms (\(startupRuns) körningar)\n"
      )
    }
    if let peak = ProcessMemory.peakResidentBytes {
      Console.out("Topp-RSS (hela bench-processen, korpusen inräknad): \(format(Double(peak) / 1_048_576)) MiB\n")
    }
    if let single = singleLetterPeakRSS(letter: letter) {
      Console.out("Topp-RSS för `klarsvar check` på ett brev: \(format(Double(single) / 1_048_576)) MiB\n")
    }
    return .success
  }

  /// Generated letters, 200 at a time, until they hold `megabytes` of text; and their size in bytes.
  private static func corpus(megabytes: Double) -> (letters: [String], bytes: Int) {
    var letters: [String] = []
    var bytes = 0
    var generatedSeed: UInt64 = 1
    while Double(bytes) < megabytes * 1_000_000 {
      let batch = BenchmarkCorpus.letters(count: 200, seed: generatedSeed)
      generatedSeed += 1
      letters += batch
      bytes += batch.reduce(0) { $0 + $1.utf8.count }
    }
    return (letters, bytes)
  }

  /// Median and p99 of 300 lints of one letter.
  private static func measureOneLetter(_ linter: Linter, _ letter: String, _ options: LintOptions) {
    var samples: [Double] = []
    for _ in 0..<300 {
      let start = DispatchTime.now()
      _ = linter.lint(letter, options: options)
      samples.append(seconds(since: start))
    }
    samples.sort()
    Console.out(
      "Ett brev på \(letter.split(whereSeparator: { $0.isWhitespace }).count) ord: median \(milliseconds(samples[samples.count / 2])) ms, p99 \(milliseconds(samples[samples.count * 99 / 100])) ms\n"
    )
  }

  /// Throughput with `count` synthetic phrases loaded beside the built-in packs, against `baseline`
  /// seconds without them.
  private static func measureStress(
    _ count: Int, _ letters: [String], _ options: LintOptions, rounds: Int, baseline: Double
  ) {
    let bytes = letters.reduce(0) { $0 + $1.utf8.count }
    let stress = RuleSetLoader.load(PackFolder.builtIn, extraPhrases: BenchmarkCorpus.syntheticPhrases(count: count))
    let stressLinter = Linter(ruleSet: stress.ruleSet)
    _ = letters.prefix(50).map { stressLinter.lint($0, options: options) }
    let stressRounds = (0..<rounds).map { _ in measureThroughput(stressLinter, letters, options) }.sorted()
    let stressSeconds = stressRounds[stressRounds.count / 2]
    Console.out(
      "Med \(count) extra fraser (\(stress.ruleSet.phraseCount) varianter): \(format(Double(bytes) / 1_000_000 / stressSeconds)) MB/s (\(format(stressSeconds / baseline))× tiden utan)\n"
    )
  }

  private static func measureThroughput(_ linter: Linter, _ letters: [String], _ options: LintOptions) -> Double {
    let start = DispatchTime.now()
    for letter in letters { _ = linter.lint(letter, options: options) }
    return seconds(since: start)
  }

  private static func totalFindings(_ linter: Linter, _ letters: ArraySlice<String>, _ options: LintOptions) -> Int {
    letters.reduce(0) { $0 + linter.lint($1, options: options).findings.count }
  }

  /// Runs `klarsvar check` on one letter in a fresh process, `runs` times.
  private static func measureStartup(letter: String, runs: Int) -> (median: Double, max: Double)? {
    guard let file = temporaryLetter(letter) else { return nil }
    defer { try? FileManager.default.removeItem(at: file) }
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      guard KlarsvarProcess.run(["check", "--fail-on", "never", file.path]) else { return nil }
      samples.append(seconds(since: start))
    }
    samples.sort()
    return (samples[samples.count / 2], samples.last!)
  }

  /// Peak RSS of a child `klarsvar check` on one letter.
  private static func singleLetterPeakRSS(letter: String) -> Int? {
    guard let file = temporaryLetter(letter) else { return nil }
    defer { try? FileManager.default.removeItem(at: file) }
    return KlarsvarProcess.peakResidentBytes(["check", "--fail-on", "never", file.path])
  }

  private static func temporaryLetter(_ letter: String) -> URL? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "klarsvar-bench-\(ProcessInfo.processInfo.processIdentifier).txt")
    return (try? letter.write(to: file, atomically: true, encoding: .utf8)) != nil ? file : nil
  }

  static func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
  }

  static func milliseconds(_ seconds: Double) -> String { format(seconds * 1000) }

  static func format(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}
