import Foundation
import KlarsvarCore

/// `klarsvar explain RULE`: why a rule exists and how to fix what it finds.
package enum ExplainCommand: Command {
  package static let name = "explain"
  package static let summary = "förklara en regel med exempel"
  package static let help = """
    Användning: klarsvar explain REGEL-ID [--rules MAPP]… [--color NÄR]

    Visar regelns förklaring, källa och exempel på text som flaggas och som passerar.

    Flaggor:
      --rules MAPP   extra regelpaket (kan upprepas)
      --color NÄR    färg och fetstil: auto (standard: på en terminal, eller med FORCE_COLOR;
                     aldrig med NO_COLOR), always, never. Utan färg visas texten utan
                     Markdown-tecken.

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: ["--rules", "--color"], flags: [])
    let color = try arguments.choice("--color", as: ColorChoice.self) ?? .auto
    guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
      throw Arguments.UsageError(description: "ange exakt ett regel-id")
    }
    let loaded = RuleLoading.load(rulePaths: arguments.all("--rules"))
    RuleLoading.reportErrors(loaded.errors)
    guard let rule = loaded.linter.ruleSet.rule(withID: id) else {
      let close = loaded.linter.ruleSet.rules.map(\.metadata.id).filter { $0.contains(id) || id.contains($0) }.prefix(5)
      Console.error(
        "klarsvar explain: okänd regel \"\(id)\""
          + (close.isEmpty ? "" : ". Menade du: \(close.joined(separator: ", "))?")
          + "\nSe alla regler med: klarsvar rules")
      return .usage
    }
    let renderer = TerminalMarkdown(useColor: color.resolveForStandardOutput())
    Console.out(renderer.render(RuleExplanation.markdown(rule.metadata)) + "\n")
    return .success
  }
}
