import Foundation
import KlarsvarPhrases
import KlarsvarText

/// Finding evidence (phrases, phone numbers, websites, patterns) in the writer's own text.
extension RuleCheckContext {
  /// Where the items of one evidence group occur, quoted reader text excluded.
  /// Only occurrences starting inside `within` count; regular expressions search only there.
  func occurrences(of items: [EvidenceItem], group: Int32, role: some RuleRole, within: TextRange? = nil) -> [TextRange]
  {
    var found: [TextRange] = []
    forEachOccurrence(of: items, group: group, role: role, within: within, cheapFirst: false) { range in
      found.append(range)
      return false
    }
    return found
  }

  /// Whether any occurrence (as `occurrences` finds them) satisfies `predicate`. Stops at the first
  /// one and looks at regular expressions last, so most calls never run one. `nearEnd` (where the items
  /// usually are) makes regular expressions search the last paragraphs first; the answer is the same.
  func hasOccurrence(
    of items: [EvidenceItem], group: Int32, role: some RuleRole, within: TextRange? = nil, nearEnd: Bool = false,
    where predicate: (TextRange) -> Bool = { _ in true }
  ) -> Bool {
    var found = false
    forEachOccurrence(
      of: items, group: group, role: role, within: within, cheapFirst: true, fromEnd: nearEnd
    ) { range in
      found = predicate(range)
      return found
    }
    return found
  }

  /// Calls `body` with each occurrence in the writer's own text starting inside `within`, until it
  /// returns true. `cheapFirst` moves regular expressions behind the other items; `fromEnd` makes them
  /// search the paragraphs last to first.
  private func forEachOccurrence(
    of items: [EvidenceItem], group: Int32, role: some RuleRole, within: TextRange?, cheapFirst: Bool,
    fromEnd: Bool = false,
    _ body: (TextRange) -> Bool
  ) {
    func counts(_ range: TextRange) -> Bool {
      !text.isQuoted(range)
        && (within.map { $0.lowerBound <= range.lowerBound && range.lowerBound < $0.upperBound } ?? true)
    }
    // All phrase items of a group share one pass over the rule's matches.
    if items.contains(where: { if case .phrases = $0 { return true } else { return false } }) {
      for match in matches where match.output.plays(role) && match.output.item == group && !isQuoted(match) {
        let range = range(of: match)
        if counts(range) && body(range) { return }
      }
    }
    func visit(_ item: EvidenceItem) -> Bool {
      switch item {
      case .phrases:
        break
      case .phone(let digits):
        for occurrence in scratch.phoneNumbers {
          if let hit = PhoneNumbers.find(digits, in: occurrence), counts(hit), body(hit) { return true }
          // The number written a digit or two wrong is still the referral; `contact` rules correct it.
          if ContactRule.isNearMiss(occurrence.allDigits, digits), counts(occurrence.range), body(occurrence.range) {
            return true
          }
        }
      case .website(let domain):
        for range in scratch.domains[domain] ?? [] where counts(range) && body(range) { return true }
      case .anyPhone:
        for occurrence in scratch.phoneNumbers where PhoneNumbers.looksLikePhoneNumber(occurrence) {
          if counts(occurrence.range) && body(occurrence.range) { return true }
        }
      case .pattern(let compiled):
        let view = scratch.rawView
        let count = text.paragraphs.count
        for step in 0..<count {
          let paragraph = text.paragraphs[fromEnd ? count - 1 - step : step]
          let lines = wholeLines(paragraph.range)
          if let within, !lines.overlaps(within) { continue }
          if view.containsMatch(of: compiled.regex, in: lines, where: { counts($0) && body($0) }) { return true }
        }
      }
      return false
    }
    func isPattern(_ item: EvidenceItem) -> Bool { if case .pattern = item { return true } else { return false } }
    if cheapFirst {
      for item in items where !isPattern(item) && visit(item) { return }
      for item in items where isPattern(item) && visit(item) { return }
    } else {
      for item in items where visit(item) { return }
    }
  }
}
