import KlarsvarText

extension Linter {
  /// Drops the findings of rules that give way (`yieldsTo`) to an overlapping finding of a named rule:
  /// one problem, one finding (a vague time inside a promise the promise rule already quotes).
  static func dropYielding(_ findings: inout [Finding], targets: [Set<String>], ruleSet: RuleSet) {
    guard targets.contains(where: { !$0.isEmpty }) else { return }
    var rangesByRule: [String: [TextRange]] = [:]
    for finding in findings { rangesByRule[finding.ruleID, default: []].append(finding.range) }
    findings.removeAll { finding in
      guard let index = ruleSet.index(ofRule: finding.ruleID) else { return false }
      return targets[index].contains { target in
        rangesByRule[target]?.contains { $0.overlaps(finding.range) } ?? false
      }
    }
  }
}
