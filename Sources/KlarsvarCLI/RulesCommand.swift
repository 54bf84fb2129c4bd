import Foundation
import KlarsvarCore
import KlarsvarJSON

/// `klarsvar rules`: lists the loaded rules.
package enum RulesCommand: Command {
  package static let name = "rules"
  package static let summary = "lista reglerna (id, kategori, nivå, paket)"
  package static let help = """
    Användning: klarsvar rules [--rules MAPP]… [--format text|json] [--no-builtin]

    Listar alla laddade regler med id, kategori, nivå och regelpaket.

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--rules", "--format"], flags: ["--no-builtin"])
    guard arguments.positionals.isEmpty else { throw Arguments.UsageError(description: "rules tar inga sökvägar") }
    let format = try arguments.choice("--format", as: ListFormat.self) ?? .text
    let loaded = RuleLoading.load(rulePaths: arguments.all("--rules"), includeBuiltIn: !arguments.has("--no-builtin"))
    RuleLoading.reportErrors(loaded.errors)
    let rules = loaded.linter.ruleSet.rules.map(\.metadata)
    if format == .json {
      let rows = rules.map { rule -> JSONValue in
        .object([
          "id": .string(rule.id), "type": .string(rule.type), "category": .string(rule.category.rawValue),
          "severity": .string(rule.severity.rawValue), "pack": .string(rule.packID),
        ])
      }
      Console.out(JSONWriter.pretty(.array(rows)) + "\n")
    } else {
      let width = max(2, rules.map(\.id.count).max() ?? 2)
      Console.out("\("ID".padding(toLength: width, withPad: " ", startingAt: 0))  KATEGORI        NIVÅ     PAKET\n")
      for rule in rules {
        Console.out(
          "\(rule.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(rule.category.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0))  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.packID)\n"
        )
      }
      Console.out("\(rules.count) regler i \(loaded.linter.ruleSet.packs.count) paket\n")
    }
    return loaded.errors.isEmpty ? .success : .usage
  }
}

/// The formats of `klarsvar rules --format`.
private enum ListFormat: String, CaseIterable {
  case text, json
}
