import Foundation
import KlarsvarCore

/// `klarsvar eval [MAPP]`: precision and recall per category against an annotated corpus.
package enum EvalCommand: Command {
  package static let name = "eval"
  package static let summary = "mäter precision och täckning mot en annoterad korpus"
  package static let help = """
    Användning: klarsvar eval [MAPP] [--rules MAPP] [--verbose] [--threshold T]

    Granskar varje utkast NAMN.md (eller .txt) i MAPP (standard Tests/Fixtures/eval) med de inbyggda
    reglerna och jämför fynden med NAMN.expected.json. Skriver precision och täckning (recall) per
    kategori. Ett fynd räknas som rätt när ett förväntat problem i samma kategori överlappar det; varje
    förväntat problem räknas högst en gång.

    Flaggor:
      --rules MAPP     extra regelpaket (kan upprepas)
      --verbose        lista falska larm och missar med fil:rad och text
      --threshold T    lägsta godtagna precision och täckning (standard 0.9)

    Utgångsstatus: 0 alla kategorier når gränsen, 1 någon kategori under gränsen, 2 fel i korpus eller regler.

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--rules", "--threshold"], flags: ["--verbose"])
    guard arguments.positionals.count <= 1 else { throw Arguments.UsageError(description: "högst en mapp") }
    var threshold = 0.9
    if let text = arguments.value("--threshold") {
      guard let value = Double(text), value >= 0, value <= 1 else {
        throw Arguments.UsageError(description: "--threshold ska vara ett tal mellan 0 och 1")
      }
      threshold = value
    }
    let loaded = RuleLoading.load(rulePaths: arguments.all("--rules"))
    if !loaded.errors.isEmpty {
      RuleLoading.reportErrors(loaded.errors)
      return .usage
    }
    let path = arguments.positionals.first ?? "Tests/Fixtures/eval"
    let directory = WorkspacePath.resolve(path, against: WorkspacePath.currentDirectory).standardizedFileURL
    let evaluation: CorpusEvaluation
    do {
      evaluation = try CorpusEvaluation.run(directory: directory, linter: loaded.linter)
    } catch let error as EvaluationError {
      Console.error("fel: \(error)")
      return .usage
    }
    Console.out(table(evaluation, threshold: threshold))
    if arguments.has("--verbose") { Console.out(details(evaluation, base: directory.path)) }
    let failing = evaluation.failing(threshold: threshold)
    if failing.isEmpty { return .success }
    Console.out("Under gränsen \(format(threshold)): \(failing.map(\.rawValue).joined(separator: ", "))\n")
    return .findings
  }

  static func table(_ evaluation: CorpusEvaluation, threshold: Double) -> String {
    let scores = evaluation.scores
    var lines = [
      "\(evaluation.documents.count) utkast",
      pad("kategori", 16) + pad("precision", 11) + pad("täckning", 10) + pad("rätt", 6) + pad("falska", 8) + "missade",
    ]
    var total = CategoryScore()
    for category in RuleCategory.allCases {
      let score = scores[category]!
      total = total + score
      let flag = score.precision < threshold || score.recall < threshold ? "  ← under \(format(threshold))" : ""
      lines.append(row(category.rawValue, score) + flag)
    }
    lines.append(row("totalt", total))
    let kinds = evaluation.kindAgreement
    if kinds.total > 0 {
      lines.append("dokumenttyp rätt i \(kinds.correct) av \(kinds.total) utkast som anger sin typ")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ name: String, _ score: CategoryScore) -> String {
    pad(name, 16) + pad(format(score.precision), 11) + pad(format(score.recall), 10) + pad("\(score.truePositives)", 6)
      + pad("\(score.falsePositives)", 8) + "\(score.falseNegatives)"
  }

  static func details(_ evaluation: CorpusEvaluation, base: String) -> String {
    func location(_ item: DocumentEvaluation.Discrepancy) -> String {
      var file = item.file
      if file.hasPrefix(base + "/") { file = String(file.dropFirst(base.count + 1)) }
      return item.line.map { "\(file):\($0)" } ?? file
    }
    var lines: [String] = []
    let falsePositives = evaluation.falsePositives
    lines.append("\nFalska larm (\(falsePositives.count)):")
    for item in falsePositives {
      lines.append("  \(location(item)) [\(item.category.rawValue)] \(item.ruleID ?? "") ”\(oneLine(item.text ?? ""))”")
    }
    let misses = evaluation.misses
    lines.append("\nMissade (\(misses.count)):")
    for item in misses {
      lines.append(
        "  \(location(item)) [\(item.category.rawValue)] "
          + (item.text.map { "”\(oneLine($0))”" } ?? "(hela dokumentet)"))
    }
    let wrongKinds = evaluation.documents.filter { $0.expectedKind != nil && $0.expectedKind != $0.kind }
    if !wrongKinds.isEmpty { lines.append("\nFel dokumenttyp (\(wrongKinds.count)):") }
    for document in wrongKinds {
      var file = document.file
      if file.hasPrefix(base + "/") { file = String(file.dropFirst(base.count + 1)) }
      lines.append("  \(file): \(document.kind.rawValue), ska vara \(document.expectedKind!.rawValue)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func oneLine(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count > 90 ? String(flat.prefix(87)) + "…" : flat
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
