import Foundation

/// Finding evidence (phrases, phone numbers, websites, patterns) in the writer's own text.
extension RuleCheckContext {
  /// Where the items of one evidence group occur, quoted reader text excluded.
  /// Only occurrences starting inside `within` count; regular expressions search only there.
  func occurrences(of items: [EvidenceItem], group: Int32, role: PhraseRole, within: TextRange? = nil) -> [TextRange] {
    var found: [TextRange] = []
    // All phrase items of a group share one pass over the rule's matches.
    if items.contains(where: { if case .phrases = $0 { return true } else { return false } }) {
      for match in matches where match.output.role == role && match.output.item == group && !isQuoted(match) {
        found.append(range(of: match))
      }
    }
    for item in items {
      switch item {
      case .phrases:
        break
      case .phone(let digits):
        for occurrence in scratch.phoneNumbers {
          if let hit = PhoneNumbers.find(digits, in: occurrence) { found.append(hit) }
        }
      case .website(let domain):
        found += scratch.domains[domain] ?? []
      case .anyPhone:
        for occurrence in scratch.phoneNumbers where PhoneNumbers.looksLikePhoneNumber(occurrence) {
          found.append(occurrence.range)
        }
      case .pattern(let compiled):
        let view = scratch.rawView
        for paragraph in text.paragraphs {
          let lines = wholeLines(paragraph.range)
          if let within, !lines.overlaps(within) { continue }
          found += view.matches(of: compiled.regex, in: lines).map(\.range)
        }
      }
    }
    return found.filter { range in
      !text.isQuoted(range)
        && (within.map { $0.lowerBound <= range.lowerBound && range.lowerBound < $0.upperBound } ?? true)
    }
  }
}
