import Foundation
import KlarsvarCLI
import KlarsvarCore
import KlarsvarLanguage

/// `klarsvar-bench bench-language`: what the language layer costs, stage by stage and inside the lint.
enum LanguageBenchCommand: Command {
  static let name = "bench-language"
  static let summary = "mät språklagret: laddning, varje analyssteg och dess del av lintningen"
  static let help = """
    Användning: klarsvar-bench bench-language [--megabytes N] [--rounds N] [--load-runs N]

    Mäter språklagret (rules/sv-sprak) på samma genererade korpus som bench, på en kärna:
      • laddning: språkdata tolkas och ordformerna byggs (median av --load-runs, standard 5);
      • varje steg för sig i MB/s (median av --rounds varv, standard 3): textsort ur hela texten,
        underskrift, tokenisering och meningar, satser för varje mening, uttryck för varje mening,
        citat och återgiven text;
      • lintningen med alla inbyggda regler: med upptäckt textsort och med textsorten angiven (då
        körs ingen upptäckt), så att skillnaden är vad upptäckten kostar.
    Kör med en release-build: swift build -c release.

    """

  static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--megabytes", "--rounds", "--load-runs"], flags: [])
    let megabytes = Double(arguments.value("--megabytes") ?? "1") ?? 1
    let rounds = max(1, Int(arguments.value("--rounds") ?? "3") ?? 3)
    let loadRuns = max(1, Int(arguments.value("--load-runs") ?? "5") ?? 5)

    let loaded = RuleSetLoader.load(PackFolder.builtIn)
    guard loaded.errors.isEmpty else {
      loaded.errors.forEach { Console.error("fel: \($0)") }
      return .usage
    }
    let language = loaded.ruleSet.language
    Console.out(
      "klarsvar bench-language – \(language.lexicon.lemmaCount) lemman, \(language.lexicon.formCount) former\n")
    Console.out(
      "Laddning av språkdatan (tolkning och bygge): \(measureLoading(runs: loadRuns)) (\(loadRuns) körningar)\n")

    let letters = corpus(megabytes: megabytes)
    let bytes = Double(letters.reduce(0) { $0 + $1.utf8.count })
    Console.out("Korpus: \(letters.count) brev, \(BenchCommand.format(bytes / 1_000_000)) MB\n\nSteg för sig:\n")
    let documents = letters.map { LanguageDocument(text: $0) }
    let sentences = documents.reduce(0) { $0 + $1.sentences.count }
    let stages: [(String, () -> Int)] = [
      (
        "textsort ur hela texten",
        { letters.reduce(0) { $0 + language.textKind(of: LanguageDocument(text: $1)).signals.count } }
      ),
      (
        "underskrift",
        {
          letters.reduce(0) {
            $0 + (language.signature(of: TextOutline(text: $1, language: language))?.people.count ?? 0)
          }
        }
      ),
      ("tokenisering och meningar", { letters.reduce(0) { $0 + LanguageDocument(text: $1).sentences.count } }),
      (
        "satser, alla \(sentences) meningar",
        { documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + language.clauses(in: $1).count } } }
      ),
      (
        "uttryck, alla meningar",
        { documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + language.expressions(in: $1).count } } }
      ),
      ("citat och återgiven text", { documents.reduce(0) { $0 + language.quotedSpans(in: $1).count } }),
    ]
    for (name, body) in stages {
      let seconds = median(rounds) { _ = body() }
      Console.out("  \(name): \(BenchCommand.format(bytes / 1_000_000 / seconds)) MB/s\n")
    }

    Console.out("\nLintning med alla inbyggda regler (en kärna):\n")
    let linter = Linter(ruleSet: loaded.ruleSet)
    for (name, kind) in [("textsorten upptäcks", nil), ("textsorten angiven (reply)", DocumentKind.reply)] {
      let options = LintOptions(format: .plain, kind: kind)
      _ = letters.prefix(50).map { linter.lint($0, options: options) }
      let seconds = median(rounds) { for letter in letters { _ = linter.lint(letter, options: options) } }
      Console.out("  \(name): \(BenchCommand.format(bytes / 1_000_000 / seconds)) MB/s\n")
    }
    return .success
  }

  /// The corpus of `bench` for the same `--megabytes`.
  private static func corpus(megabytes: Double) -> [String] {
    var letters: [String] = []
    var bytes = 0
    var seed: UInt64 = 1
    while Double(bytes) < megabytes * 1_000_000 {
      let batch = BenchmarkCorpus.letters(count: 200, seed: seed)
      seed += 1
      letters += batch
      bytes += batch.reduce(0) { $0 + $1.utf8.count }
    }
    return letters
  }

  /// Parsing `rules/sv-sprak` from the embedded packs and building the layer, median and maximum.
  private static func measureLoading(runs: Int) -> String {
    let files = PackFolder.builtIn.filter { $0.displayPath.hasSuffix("sv-sprak") }.flatMap(\.files)
      .filter { $0.name.hasSuffix(".json") && $0.name != "pack.json" }
    var samples: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      var resources = LanguageResources()
      for file in files { _ = try? resources.add(jsonText: [UInt8](file.contents)) }
      _ = try? SwedishLanguage(resources: resources)
      samples.append(BenchCommand.seconds(since: start))
    }
    samples.sort()
    return
      "median \(BenchCommand.milliseconds(samples[samples.count / 2])) ms, max \(BenchCommand.milliseconds(samples.last!)) ms"
  }

  /// Median wall time of `rounds` runs of `body`.
  private static func median(_ rounds: Int, _ body: () -> Void) -> Double {
    var samples: [Double] = []
    for _ in 0..<rounds {
      let start = DispatchTime.now()
      body()
      samples.append(BenchCommand.seconds(since: start))
    }
    samples.sort()
    return samples[samples.count / 2]
  }
}
