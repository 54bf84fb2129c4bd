import KlarsvarPhrases
import KlarsvarText

/// Flags phrases from a list, offering each phrase's replacements.
struct PhraseRule: RuleType {
  static let typeName = "phrase"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// A phrase to flag.
    case phrase
    /// A longer phrase that, where it matches, keeps an overlapping phrase from being flagged (`unless`).
    case unless
    /// A phrase that keeps every phrase in its sentence from being flagged (`unlessInSentence`).
    case unlessInSentence
  }

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
  /// Per entry with a message of its own, that message read once (nil: the rule's message).
  let messages: [MessageTemplate?]
  /// Per entry with a message of its own, whether that message has a `{suggestion}` slot.
  let messageUsesSuggestion: [Bool]
  /// Per entry: how its suggestions are inflected like the matched form of its lemma (nil: not at all).
  let inflections: [Inflection?]
  /// What the clause around a match must be (`"clause"`), nil when the rule does not ask.
  let clause: ClauseCondition?

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let path = reader.child("phrases")
    entries = try builder.phraseEntries(try reader.array("phrases"), path: path)
    choiceCounts = try builder.register(entries, role: Role.phrase, path: path)
    casedSuggestions = entries.map { entry in entry.suggestions.map { $0.map(CasedReplacement.init) } }
    ruleSuggestions = try reader.optionalStringArray("suggestions") ?? []
    casedRuleSuggestions = ruleSuggestions.map(CasedReplacement.init)
    messages = entries.map { entry in entry.message.map(MessageTemplate.init) }
    messageUsesSuggestion = messages.map { $0?.hasSlot(named: Self.suggestionSlot) ?? false }
    let fallback = ruleSuggestions
    inflections = entries.map { Inflection(phrase: $0.text, suggestions: $0.suggestions ?? fallback) }
    // A bracketed word in a suggestion is inflected like the phrase's lemma; without a lemma it would be
    // offered literally, brackets and all.
    for (index, entry) in entries.enumerated() where inflections[index] == nil {
      if let bracketed = (entry.suggestions ?? fallback).first(where: { $0.contains("[") }) {
        throw JSONObjectReader.Failure(
          path: "\(path)/\(index)",
          message:
            "förslaget \"\(bracketed)\" böjer ett ord inom [ ], men frasen \"\(entry.text)\" har inget lemma att böja efter"
        )
      }
    }
    if reader.has("clause") {
      var clauseReader = try JSONObjectReader(try reader.value("clause"), path: reader.child("clause"))
      clause = try ClauseCondition(reading: &clauseReader)
    } else {
      clause = nil
    }
    if reader.has("unless") {
      let unlessPath = reader.child("unless")
      try builder.register(
        try builder.phraseEntries(try reader.array("unless"), path: unlessPath), role: Role.unless, path: unlessPath)
    }
    if reader.has("unlessInSentence") {
      let path = reader.child("unlessInSentence")
      try builder.register(
        try builder.phraseEntries(try reader.array("unlessInSentence"), path: path), role: Role.unlessInSentence,
        path: path)
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let matches = context.matches
    // One pass over the rule's matches tells which roles occur (most rules have phrases only; some
    // have many anchors and no phrase in a document) and whether the phrases come ordered by start
    // token, as the automaton gives them.
    var hasPhrases = false
    var hasExceptions = false
    var hasAnchors = false
    var inOrder = true
    var previousStart = Int32.min
    for match in matches {
      switch Role(rawValue: match.output.role.rawValue) {
      case .phrase:
        hasPhrases = true
        if match.tokenStart < previousStart { inOrder = false }
        previousStart = match.tokenStart
      case .unless: hasExceptions = true
      case .unlessInSentence: hasAnchors = true
      case nil: break
      }
    }
    guard hasPhrases else { return }
    var exceptions: [TextRange] = []
    if hasExceptions {
      for match in matches where match.output.plays(Role.unless) { exceptions.append(context.range(of: match)) }
    }
    guard inOrder else {
      // Start offsets of anchor matches (ascending when the matches come ordered by start token).
      var anchors: [Int] = []
      for match in matches where match.output.plays(Role.unlessInSentence) {
        anchors.append(context.range(of: match).lowerBound)
      }
      var reporter = FindingReporter(
        rule: self, matches: matches, exceptions: exceptions, anchors: hasAnchors ? .offsets(anchors) : .none,
        sentences: context.text.sentences)
      for match in Self.sortedLongestNonOverlapping(matches.filter { $0.output.plays(Role.phrase) }) {
        reporter.report(match, &context)
      }
      return
    }
    var reporter = FindingReporter(
      rule: self, matches: matches, exceptions: exceptions, anchors: hasAnchors ? .ordered : .none,
      sentences: context.text.sentences)
    Self.forEachLongestNonOverlapping(matches, role: Role.phrase.phraseRole) { reporter.report($0, &context) }
  }

  /// How a phrase in a sentence with an anchor (`unlessInSentence`) is told apart.
  private enum AnchorTest {
    case none
    /// Binary search in the anchors' start offsets.
    case offsets([Int])
    /// Phrases reported in text order: cursors move forward through the sentences and the anchor
    /// matches, which gives what the search gives.
    case ordered
  }

  /// Turns kept phrase matches into findings, with what one check works out once for all of them.
  private struct FindingReporter {
    let rule: PhraseRule
    let matches: ArraySlice<PhraseMatch>
    let exceptions: [TextRange]
    let anchors: AnchorTest
    var sentences: SentenceCursor
    /// With `.ordered` anchors: the first match not yet passed that may be an anchor.
    var nextAnchor: Int
    /// The precomputed forms of the rule's suggestions, used only when the context's metadata carries
    /// the suggestions they were made from; worked out at the first finding that needs them.
    var casedFallback: [CasedReplacement]??
    /// Whether the rule's message (the context's) has a `{suggestion}` slot, worked out when needed.
    var ruleMessageUsesSuggestion: Bool?

    init(
      rule: PhraseRule, matches: ArraySlice<PhraseMatch>, exceptions: [TextRange], anchors: AnchorTest,
      sentences: [Sentence]
    ) {
      self.rule = rule
      self.matches = matches
      self.exceptions = exceptions
      self.anchors = anchors
      self.sentences = SentenceCursor(sentences)
      nextAnchor = matches.startIndex
    }

    /// Whether an anchor match starts inside `sentence`; called for sentences in text order.
    private mutating func hasAnchor(in sentence: TextRange, _ context: RuleCheckContext) -> Bool {
      while nextAnchor < matches.endIndex {
        let match = matches[nextAnchor]
        if match.output.plays(Role.unlessInSentence) {
          let offset = context.range(of: match).lowerBound
          if offset >= sentence.lowerBound { return offset < sentence.upperBound }
        }
        nextAnchor += 1
      }
      return false
    }

    mutating func report(_ match: PhraseMatch, _ context: inout RuleCheckContext) {
      let range = context.range(of: match)
      if !exceptions.isEmpty && exceptions.contains(where: { $0.overlaps(range) }) { return }
      switch anchors {
      case .none: break
      case .offsets(let offsets):
        if let sentence = context.text.sentenceIndex(containing: range.lowerBound),
          PhraseRule.hasOffset(in: context.text.sentences[sentence].range, offsets)
        {
          return
        }
      case .ordered:
        if let sentence = sentences.index(containing: range.lowerBound),
          hasAnchor(in: context.text.sentences[sentence].range, context)
        {
          return
        }
      }
      if rule.clause != nil && !context.clauseAccepts(rule.clause, at: range) { return }
      let item = Int(match.output.item)
      var matched = context.sourceText(in: range)
      if let inflection = rule.inflections[item] {
        let suggestions = inflection.suggestions(range: range, matched: matched, context: context)
        let message = rule.messages[item]
        let advice = suggestions.first?.edit.newText ?? inflection.advice
        context.report(
          range: range, matchedText: matched, template: message, values: [(PhraseRule.suggestionSlot, advice)],
          suggestions: context.judgingFixSafety(suggestions, range: range, matched: matched))
        return
      }
      let suggestions: [Suggestion]
      // `casedSuggestions[item]` is nil exactly when the entry has no suggestions of its own.
      let own = rule.casedSuggestions[item]
      if own == nil && casedFallback == nil {
        casedFallback = .some(context.metadata.suggestions == rule.ruleSuggestions ? rule.casedRuleSuggestions : nil)
      }
      if let cased = own ?? casedFallback ?? nil, let form = matched.withUTF8(CasedReplacement.Form.init(latin1:)) {
        if cased.count > 1 && cased.count == rule.choiceCounts[item] {
          suggestions = [cased[Int(match.output.choice)].suggestion(form, range: range, matched: matched)]
        } else if cased.count == 1 {
          suggestions = [cased[0].suggestion(form, range: range, matched: matched)]
        } else {
          suggestions = cased.map { $0.suggestion(form, range: range, matched: matched) }
        }
      } else {
        suggestions = PhraseRule.suggestions(
          rule.entries[item].suggestions ?? context.metadata.suggestions, choiceCount: rule.choiceCounts[item],
          choice: Int(match.output.choice), range: range, matched: matched)
      }
      // A message without a `{suggestion}` slot renders the same without the value: skip building it.
      let message = rule.messages[item]
      let usesSuggestion: Bool
      if message != nil {
        usesSuggestion = rule.messageUsesSuggestion[item]
      } else if let uses = ruleMessageUsesSuggestion {
        usesSuggestion = uses
      } else {
        usesSuggestion = context.metadata.compiledMessage.hasSlot(named: PhraseRule.suggestionSlot)
        ruleMessageUsesSuggestion = usesSuggestion
      }
      context.report(
        range: range, matchedText: matched, template: message,
        values: usesSuggestion ? [(PhraseRule.suggestionSlot, suggestions.first?.edit.newText ?? "")] : [],
        suggestions: context.judgingFixSafety(suggestions, range: range, matched: matched))
    }
  }

  static let suggestionSlot = "suggestion"

  /// The general path: replacements cased like the matched text, one per finding.
  static func suggestions(_ replacements: [String], choiceCount: Int, choice: Int, range: TextRange, matched: String)
    -> [Suggestion]
  {
    var replacements = replacements
    if replacements.count > 1 && replacements.count == choiceCount {
      replacements = [replacements[choice]]
    }
    return replacements.map { replacement in
      let text = CasePreservation.apply(replacement, like: matched)
      return Suggestion(
        kind: .replacement, title: text.isEmpty ? "Ta bort ”\(matched)”" : "Ersätt med ”\(text)”",
        edit: TextEdit(range: range, newText: text))
    }
  }

  /// A replacement as `CasePreservation.apply` gives it for each form of Latin-1 matched text.
  /// A class: a finding's suggestion reads one with a single retain.
  final class CasedReplacement: Sendable {
    typealias Form = CasePreservation.Form

    /// Text and title per `Form`; a nil title (empty replacement) names the matched text instead.
    let texts: [String]
    let titles: [String?]
    let words: Int

    init(_ replacement: String) {
      texts = Form.allCases.map { $0.apply(to: replacement) }
      titles = texts.map { $0.isEmpty ? nil : "Ersätt med ”\($0)”" }
      words = CasePreservation.wordCount(replacement)
    }

    func suggestion(_ form: Form, range: TextRange, matched: String) -> Suggestion {
      let form = form.spelledOut(replacementWords: words, original: matched)
      return Suggestion(
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
    var previousStart = Int32.min
    for match in matches {
      guard match.tokenStart >= previousStart else { return sortedLongestNonOverlapping(matches) }
      previousStart = match.tokenStart
    }
    var kept: [PhraseMatch] = []
    forEachLongestNonOverlapping(matches, role: nil) { kept.append($0) }
    return kept
  }

  /// Calls `body` with the leftmost-longest matches (of `role`, if given) of matches ordered by start
  /// token, each once no later match can replace it (only one with the same start can): one pass keeps
  /// what sorting by (start, longest first) and taking each match after the last kept one keeps.
  @inline(__always)
  static func forEachLongestNonOverlapping<Matches: Sequence<PhraseMatch>>(
    _ matches: Matches, role: PhraseRole?, _ body: (PhraseMatch) -> Void
  ) {
    var pending: PhraseMatch?
    var reach: Int32 = -1
    for match in matches where role == nil || match.output.role == role {
      if let last = pending, last.tokenStart == match.tokenStart {
        if match.tokenEnd > last.tokenEnd {
          pending = match
          reach = match.tokenEnd
        }
      } else if match.tokenStart >= reach {
        if let last = pending { body(last) }
        pending = match
        reach = match.tokenEnd
      }
    }
    if let last = pending { body(last) }
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
