/// Flags phrases from a list, offering each phrase's replacements.
struct PhraseRule: RuleType {
  static let typeName = "phrase"

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
    var clearedSentences = Set<Int>()
    for match in context.matches {
      switch match.output.role {
      case .phrase: phrases.append(match)
      case .unless: exceptions.append(context.range(of: match))
      case .anchor:
        if let sentence = context.text.sentenceIndex(containing: context.range(of: match).lowerBound) {
          clearedSentences.insert(sentence)
        }
      default: break
      }
    }
    for match in Self.longestNonOverlapping(phrases) {
      let range = context.range(of: match)
      if !exceptions.isEmpty && exceptions.contains(where: { $0.overlaps(range) }) { continue }
      if !clearedSentences.isEmpty, let sentence = context.text.sentenceIndex(containing: range.lowerBound),
        clearedSentences.contains(sentence)
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
