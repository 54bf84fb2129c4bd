@testable import KlarsvarCore

/// Helpers the grammar rule-type tests share: one rule, lint a text, read what was flagged and the
/// first suggestion of each finding.
enum GrammarRuleFixtures {
  /// `(matched text, first suggested replacement or "")` for every finding of `rule`'s type.
  static func findings(_ rule: [String: Any], _ text: String) -> [String] {
    let result = TestPack.linter(rules: [rule]).lint(text, options: LintOptions())
    return result.findings.map { finding in
      let suggestion = finding.suggestions.first?.edit.newText
      return suggestion.map { "\(finding.matchedText) → \($0)" } ?? finding.matchedText
    }
  }
}
