import Foundation
import KlarsvarCore

/// `klarsvar test-rules`: runs every rule's flag and pass examples.
package enum TestRulesCommand: Command {
  package static let name = "test-rules"
  package static let summary = "kör alla reglers exempel (flag/pass)"
  package static let help = """
    Användning: klarsvar test-rules [MAPP…]

    Kör exemplen för varje regel: varje "flag"-exempel måste ge regeln, varje "pass"-exempel får inte
    göra det. Utan MAPP testas de inbyggda paketen; med MAPP testas paketen i mapparna (de inbyggda
    laddas ändå, så att lexikon och kontakter kan delas). Sista raden: "N passed, N failed".

    """

  package static func run(_ rawArguments: [String]) throws -> ExitCode {
    let arguments = try Arguments(rawArguments, valued: [], flags: [])
    let loaded = RuleLoading.load(rulePaths: arguments.positionals)
    RuleLoading.reportErrors(loaded.errors)
    let selected: Set<String>? =
      arguments.positionals.isEmpty
      ? nil
      : Set(loaded.linter.ruleSet.rules.filter { loaded.extraPackIDs.contains($0.metadata.packID) }.map(\.metadata.id))
    let summary = RuleExampleRunner(linter: loaded.linter).run(ruleIDs: selected)
    for failure in summary.failures {
      let others = failure.produced.filter { $0 != failure.ruleID }
      Console.out("FAIL \(failure)" + (others.isEmpty ? "" : " (gav: \(others.joined(separator: ", ")))") + "\n")
    }
    let runner = RuleExampleRunner(linter: loaded.linter)
    let fixProblems = runner.fixProblems(ruleIDs: selected)
    for problem in fixProblems { Console.out("FIX \(problem)\n") }
    // A wrong or missing `fixed` text fails like a failing example.
    let wrongFixes = fixProblems
    Console.out(
      "\(summary.passed) passed, \(summary.failures.count + wrongFixes.count) failed\n")
    if !loaded.errors.isEmpty { return .usage }
    return summary.failures.isEmpty && wrongFixes.isEmpty ? .success : .findings
  }
}
