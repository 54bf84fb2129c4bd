/// Flags phrases from a list, offering each phrase's replacements.
struct PhraseRule: RuleType {
  static let typeName = "phrase"
  var needsMatches: Bool { true }

  let entries: [PhraseEntry]
  /// Number of alternatives in each entry's first `{…}` group (for pairing with suggestions).
  let choiceCounts: [Int]

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let path = reader.child("phrases")
    entries = try builder.phraseEntries(try reader.array("phrases"), path: path)
    choiceCounts = try builder.register(entries, role: .phrase, path: path)
    if reader.has("unless") {
      let unlessPath = reader.child("unless")
      try builder.register(
        try builder.phraseEntries(try reader.array("unless"), path: unlessPath), role: .unless, path: unlessPath)
    }
    if reader.has("unlessInSentence") {
      let path = reader.child("unlessInSentence")
      try builder.register(
        try builder.phraseEntries(try reader.array("unlessInSentence"), path: path), role: .anchor, path: path)
    }
  }

  func check(_ context: inout RuleCheckContext) {
    guard !context.matches.isEmpty else { return }
    // One pass over the rule's matches sorts them by role (most rules have phrases only).
    var phrases: [PhraseMatch] = []
    var exceptions: [TextRange] = []
    // Start offsets of anchor matches, ascending (matches come ordered by start token).
    var anchors: [Int] = []
    for match in context.matches {
      switch match.output.role {
      case .phrase:
        // One allocation sized for the rule's matches instead of repeated growth.
        if phrases.isEmpty { phrases.reserveCapacity(context.matches.count) }
        phrases.append(match)
      case .unless: exceptions.append(context.range(of: match))
      case .anchor:
        if anchors.isEmpty { anchors.reserveCapacity(context.matches.count) }
        anchors.append(context.range(of: match).lowerBound)
      default: break
      }
    }
    for match in Self.longestNonOverlapping(phrases) {
      let range = context.range(of: match)
      if !exceptions.isEmpty && exceptions.contains(where: { $0.overlaps(range) }) { continue }
      if !anchors.isEmpty, let sentence = context.text.sentenceIndex(containing: range.lowerBound),
        Self.hasOffset(in: context.text.sentences[sentence].range, anchors)
      {
        continue
      }
      let entry = entries[Int(match.output.item)]
      let matched = context.text.source.text(in: range)
      var replacements = entry.suggestions ?? context.metadata.suggestions
      if replacements.count > 1 && replacements.count == choiceCounts[Int(match.output.item)] {
        replacements = [replacements[Int(match.output.choice)]]
      }
      let suggestions = replacements.map { replacement in
        let text = LatinCasePreservation.apply(replacement, like: matched)
        return Suggestion(
          kind: .replacement, title: text.isEmpty ? "Ta bort ”\(matched)”" : "Ersätt med ”\(text)”",
          edit: TextEdit(range: range, newText: text))
      }
      context.report(
        range: range, matchedText: matched, message: entry.message,
        values: [("suggestion", suggestions.first?.edit.newText ?? "")], suggestions: suggestions)
    }
  }

  /// Whether an ascending list of offsets holds one inside `range` (binary search: a sentence
  /// holds an anchor exactly when one of the anchor offsets falls in it).
  static func hasOffset(in range: TextRange, _ offsets: [Int]) -> Bool {
    var low = 0
    var high = offsets.count
    while low < high {
      let mid = (low + high) / 2
      if offsets[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    return low < offsets.count && offsets[low] < range.upperBound
  }

  /// Leftmost-longest matches of one rule, so "inom en snar framtid" is one finding, not two.
  static func longestNonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
    let ordered = matches.sorted {
      ($0.tokenStart, -$0.tokenEnd) < ($1.tokenStart, -$1.tokenEnd)
    }
    var kept: [PhraseMatch] = []
    var reach: Int32 = -1
    for match in ordered where match.tokenStart >= reach {
      kept.append(match)
      reach = match.tokenEnd
    }
    return kept
  }
}
