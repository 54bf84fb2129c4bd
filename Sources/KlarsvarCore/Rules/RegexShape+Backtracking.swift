/// The shapes ICU's backtracking matcher takes exponential time on, found before a pattern is used:
/// a repeated group whose inside can take the same characters as its next round (`(a+)+`, `(a*)*`,
/// `(.*)*`, `(\w+\s?)*`), or whose alternatives can begin alike (`(a|a)*`, `(a|ab)+`, `(.|\s)*`). On text
/// that almost matches, each character can then be matched in several ways and every combination is
/// tried. Possessive quantifiers (`a++`) and atomic groups (`(?>…)`) never give characters back, so
/// they are the way out.
extension RegexShape {
  /// Why the pattern backtracks catastrophically and what to write instead, or nil.
  func catastrophicBacktracking() -> String? {
    var hazard: String?
    for alternative in alternatives { check(alternative, follow: [], repeatedGroup: nil, &hazard) }
    return hazard
  }

  /// Walks `sequence` right to left, knowing what can follow each item (`follow` after the last).
  private func check(_ sequence: [Item], follow: [Characters], repeatedGroup: Item?, _ hazard: inout String?) {
    var after = follow
    for item in sequence.reversed() where hazard == nil {
      switch item.node {
      case .zeroWidth(let lookaround?):
        for alternative in lookaround { check(alternative, follow: [], repeatedGroup: nil, &hazard) }
      case .group(let alternatives, let atomic) where atomic || item.possessive:
        // Never backtracked into from outside; its inside is checked on its own.
        for alternative in alternatives { check(alternative, follow: [], repeatedGroup: nil, &hazard) }
      case .group(let alternatives, _) where item.repeats:
        hazard = overlappingAlternatives(item, alternatives)
        let nextRound = first(item.node)
        for alternative in alternatives { check(alternative, follow: nextRound, repeatedGroup: item, &hazard) }
      case .group(let alternatives, _):
        for alternative in alternatives { check(alternative, follow: after, repeatedGroup: repeatedGroup, &hazard) }
      default:
        break
      }
      if hazard == nil, let group = repeatedGroup, item.isUnbounded, !item.possessive, !isAtomic(item),
        Self.overlap(first(item.node), after)
      {
        hazard = nestedRepetition(group, inner: item)
      }
      after = nullable(item) ? first(item.node) + after : first(item.node)
    }
  }

  private func isAtomic(_ item: Item) -> Bool {
    if case .group(_, atomic: true) = item.node { return true }
    return false
  }

  private func nullable(_ item: Item) -> Bool { item.min == 0 || nullable(item.node) }

  private func nullable(_ node: Node) -> Bool {
    switch node {
    case .character: false
    case .zeroWidth, .backreference: true
    case .group(let alternatives, _): alternatives.contains { $0.allSatisfy(nullable) }
    }
  }

  /// The characters an item can begin with.
  private func first(_ node: Node) -> [Characters] {
    switch node {
    case .character(let set): [set]
    case .zeroWidth: []
    case .backreference: [.any]
    case .group(let alternatives, _): alternatives.flatMap(first(sequence:))
    }
  }

  private func first(sequence: [Item]) -> [Characters] {
    var result: [Characters] = []
    for item in sequence {
      result += first(item.node)
      if !nullable(item) { break }
    }
    return result
  }

  /// Two alternatives of a repeated group that can begin with the same character, one of them a
  /// single character (or both the same): each round can then be taken either way.
  private func overlappingAlternatives(_ group: Item, _ alternatives: [[Item]]) -> String? {
    let texts = alternatives.map(text(sequence:))
    for (i, left) in alternatives.enumerated() where !left.isEmpty {
      for j in (i + 1)..<alternatives.count where !alternatives[j].isEmpty {
        let right = alternatives[j]
        guard isSingleCharacter(left) || isSingleCharacter(right) || texts[i] == texts[j],
          Self.overlap(first(sequence: left), first(sequence: right))
        else { continue }
        return "mönstret kan ta exponentiell tid: \"\(text(group))\" upprepar alternativ som kan börja med samma "
          + "tecken (\"\(texts[i])\" och \"\(texts[j])\"), så på text som nästan matchar prövas varje kombination "
          + "och kontrollen kan hänga. Gör alternativen uteslutande (en teckenklass som \"[ab]\" i stället för "
          + "\"(a|b)\", \"ab?\" i stället för \"(a|ab)\") eller gruppen atomisk (\"(?>…)\")"
      }
    }
    return nil
  }

  private func isSingleCharacter(_ sequence: [Item]) -> Bool {
    guard sequence.count == 1, case .character = sequence[0].node else { return false }
    return sequence[0].max == 1
  }

  private func nestedRepetition(_ group: Item, inner: Item) -> String {
    let innerText = text(inner)
    let possessive = innerText.hasSuffix("+") || innerText.hasSuffix("*") ? " (\"\(innerText)+\")" : ""
    return "mönstret kan ta exponentiell tid: \"\(text(group))\" upprepar en grupp där \"\(innerText)\" kan ta samma "
      + "tecken som gruppens nästa varv, så på text som nästan matchar prövas varje uppdelning och kontrollen kan "
      + "hänga. Låt varje tecken matchas på bara ett sätt: en enda upprepning (\"a+\" i stället för \"(a+)+\"), "
      + "en possessiv inre upprepning\(possessive) eller en atomisk grupp (\"(?>…)\")"
  }

  private func text(sequence: [Item]) -> String {
    guard let first = sequence.first, let last = sequence.last, first.source.upperBound > 0 else { return "" }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars[first.source.lowerBound..<last.source.upperBound])
    return text
  }
}
