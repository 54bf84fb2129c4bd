import KlarsvarText

extension Linter {
  /// Drops the findings of rules that give way (`yieldsTo`) to an overlapping finding of a named rule:
  /// one problem, one finding (a vague time inside a promise the promise rule already quotes).
  /// A rule that finds what a document lacks (`DocumentScoped`) gives way to a finding anywhere.
  static func dropYielding(
    _ findings: inout [Finding], targets: [Set<String>], documentScoped: [Bool], ruleSet: RuleSet
  ) {
    guard targets.contains(where: { !$0.isEmpty }) else { return }
    var rangesByRule: [String: [TextRange]] = [:]
    for finding in findings { rangesByRule[finding.ruleID, default: []].append(finding.range) }
    findings.removeAll { finding in
      guard let index = ruleSet.index(ofRule: finding.ruleID) else { return false }
      return targets[index].contains { target in
        guard let ranges = rangesByRule[target] else { return false }
        return documentScoped[index] || ranges.contains { $0.overlaps(finding.range) }
      }
    }
  }
}
