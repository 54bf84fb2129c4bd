/// Flags phrases from a list, offering each phrase's replacements.
struct PhraseRule: RuleType {
  static let typeName = "phrase"
  var needsMatches: Bool { true }

  let entries: [PhraseEntry]
  /// Number of alternatives in each entry's first `{…}` group (for pairing with suggestions).
  let choiceCounts: [Int]
  /// Per entry with suggestions of its own, each suggestion in every case it can take, with its title:
  /// worked out once here instead of per finding.
  let casedSuggestions: [[CasedReplacement]?]
  /// The rule's own suggestions (the metadata's, read from the same field) for entries without any,
  /// worked out the same way.
  let ruleSuggestions: [String]
  let casedRuleSuggestions: [CasedReplacement]

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let path = reader.child("phrases")
    entries = try builder.phraseEntries(try reader.array("phrases"), path: path)
    choiceCounts = try builder.register(entries, role: .phrase, path: path)
    casedSuggestions = entries.map { entry in entry.suggestions.map { $0.map(CasedReplacement.init) } }
    ruleSuggestions = try reader.optionalStringArray("suggestions") ?? []
    casedRuleSuggestions = ruleSuggestions.map(CasedReplacement.init)
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
    // Checked once per document, so the precomputed forms are used only for the suggestions they were
    // made from.
    var casedFallback: [CasedReplacement]??
    for match in Self.longestNonOverlapping(phrases) {
      let range = context.range(of: match)
      if !exceptions.isEmpty && exceptions.contains(where: { $0.overlaps(range) }) { continue }
      if !anchors.isEmpty, let sentence = context.text.sentenceIndex(containing: range.lowerBound),
        Self.hasOffset(in: context.text.sentences[sentence].range, anchors)
      {
        continue
      }
      let entry = entries[Int(match.output.item)]
      let matched = context.sourceText(in: range)
      let suggestions: [Suggestion]
      if casedFallback == nil && entry.suggestions == nil {
        casedFallback = .some(context.metadata.suggestions == ruleSuggestions ? casedRuleSuggestions : nil)
      }
      if let cased = casedSuggestions[Int(match.output.item)] ?? casedFallback ?? nil,
        let shape = LatinCasePreservation.shape(of: matched)
      {
        let form = CasedReplacement.Form(shape)
        if cased.count > 1 && cased.count == choiceCounts[Int(match.output.item)] {
          suggestions = [cased[Int(match.output.choice)].suggestion(form, range: range, matched: matched)]
        } else {
          suggestions = cased.map { $0.suggestion(form, range: range, matched: matched) }
        }
      } else {
        suggestions = Self.suggestions(
          entry.suggestions ?? context.metadata.suggestions, choiceCount: choiceCounts[Int(match.output.item)],
          choice: Int(match.output.choice), range: range, matched: matched)
      }
      context.report(
        range: range, matchedText: matched, message: entry.message,
        values: [("suggestion", suggestions.first?.edit.newText ?? "")], suggestions: suggestions)
    }
  }

  /// The general path: replacements cased like the matched text, one per finding.
  static func suggestions(_ replacements: [String], choiceCount: Int, choice: Int, range: TextRange, matched: String)
    -> [Suggestion]
  {
    var replacements = replacements
    if replacements.count > 1 && replacements.count == choiceCount {
      replacements = [replacements[choice]]
    }
    return replacements.map { replacement in
      let text = LatinCasePreservation.apply(replacement, like: matched)
      return Suggestion(
        kind: .replacement, title: text.isEmpty ? "Ta bort ”\(matched)”" : "Ersätt med ”\(text)”",
        edit: TextEdit(range: range, newText: text))
    }
  }

  /// A replacement as `LatinCasePreservation.apply` gives it for each shape of Latin-1 matched text.
  struct CasedReplacement: Sendable {
    /// Which case a replacement takes: as written, all capitals, or a capital first letter.
    enum Form: Int {
      case asWritten, uppercased, capitalized

      init(_ shape: LatinCasePreservation.Shape) {
        if shape.letters == 0 {
          self = .asWritten
        } else if shape.letters > 1 && shape.allUppercase {
          self = .uppercased
        } else if shape.firstIsUppercase {
          self = .capitalized
        } else {
          self = .asWritten
        }
      }
    }

    /// Text and title per `Form`; a nil title (empty replacement) names the matched text instead.
    let texts: [String]
    let titles: [String?]

    init(_ replacement: String) {
      if let first = replacement.first {
        texts = [replacement, replacement.uppercased(), first.uppercased() + replacement.dropFirst()]
      } else {
        texts = [replacement, replacement, replacement]
      }
      titles = texts.map { $0.isEmpty ? nil : "Ersätt med ”\($0)”" }
    }

    func suggestion(_ form: Form, range: TextRange, matched: String) -> Suggestion {
      Suggestion(
        kind: .replacement, title: titles[form.rawValue] ?? "Ta bort ”\(matched)”",
        edit: TextEdit(range: range, newText: texts[form.rawValue]))
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
    // Matches come ordered by start token, so one pass keeps what sorting by (start, longest first) and
    // taking each match after the last kept one keeps: the first longest match of each start, unless an
    // earlier kept match covers that start.
    var kept: [PhraseMatch] = []
    var reach: Int32 = -1
    var previousStart = Int32.min
    for match in matches {
      guard match.tokenStart >= previousStart else { return sortedLongestNonOverlapping(matches) }
      previousStart = match.tokenStart
      if let last = kept.last, last.tokenStart == match.tokenStart {
        if match.tokenEnd > last.tokenEnd {
          kept[kept.count - 1] = match
          reach = match.tokenEnd
        }
      } else if match.tokenStart >= reach {
        kept.append(match)
        reach = match.tokenEnd
      }
    }
    return kept
  }

  /// The same for matches in any order.
  static func sortedLongestNonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
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
