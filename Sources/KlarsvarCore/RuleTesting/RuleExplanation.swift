/// A rule as Markdown, for `klarsvar explain` and hover in editors.
public enum RuleExplanation {
  public static func markdown(_ rule: RuleMetadata, includeExamples: Bool = true) -> String {
    var lines = [
      "**\(rule.id)** · \(rule.category.rawValue) · \(rule.severity.rawValue) · paket \(rule.packID)",
      "",
      rule.explanation,
    ]
    if let reference = rule.reference { lines += ["", "Källa: \(reference)"] }
    if includeExamples {
      if let bad = rule.examples.flag.first {
        lines += ["", "Flaggas:", "", quote(bad.text)]
      }
      if let good = rule.examples.pass.first {
        lines += ["", "Godtas:", "", quote(good.text)]
      }
    }
    return lines.joined(separator: "\n")
  }

  private static func quote(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
  }
}
