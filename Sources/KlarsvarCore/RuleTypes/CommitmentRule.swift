import KlarsvarPhrases
import KlarsvarText

/// A promise ("vi ska", "målet är att") in a sentence with no concrete time anchor. Every promise,
/// anchored or not, is also a side output (`Commitment`) for reviewers' checklists.
struct CommitmentRule: SideOutputProducing {
  static let typeName = "commitment"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// Words that make a promise.
    case cue
    /// A concrete time that makes a promise in the same sentence concrete.
    case anchor
  }

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let cuesPath = reader.child("cues")
    try builder.register(
      try builder.phraseEntries(try reader.array("cues"), path: cuesPath), role: Role.cue, path: cuesPath)
    let anchorsPath = reader.child("anchors")
    try builder.register(
      try builder.phraseEntries(try reader.array("anchors"), path: anchorsPath), role: Role.anchor, path: anchorsPath)
  }

  /// Reports the promises without an anchor and hands over every promise: both from one search.
  func check(_ context: inout RuleCheckContext, collecting outputs: inout SideOutputs) {
    let commitments = Self.commitments(in: context)
    for commitment in commitments where commitment.anchor == nil {
      context.report(range: commitment.cue)
    }
    outputs.append(commitments)
  }

  /// Every sentence with a cue, its first cue and its first anchor.
  static func commitments(in context: RuleCheckContext) -> [Commitment] {
    guard !context.matches.isEmpty else { return [] }
    return orderedCommitments(in: context) ?? sortingCommitments(in: context)
  }

  /// `commitments(in:)` for matches ordered by start token, as the automaton gives them: sentences then
  /// follow in text order, so cursors replace the per-sentence tables and the searches for sentences.
  /// Nil when the matches are out of order.
  static func orderedCommitments(in context: RuleCheckContext) -> [Commitment]? {
    let matches = context.matches
    var previousStart = Int32.min
    for match in matches {
      guard match.tokenStart >= previousStart else { return nil }
      previousStart = match.tokenStart
    }
    let text = context.text
    var sentences = SentenceCursor(text.sentences)
    // Anchors in order of their start offsets (tokens are in text order); the next one not yet passed.
    var anchors = matches.lazy.filter { $0.output.plays(Role.anchor) }.makeIterator()
    var nextAnchor = anchors.next().map { context.range(of: $0) }
    var result: [Commitment] = []
    var lastSentence = -1
    // Each of the leftmost-longest cues, in order.
    func consider(_ cue: PhraseMatch) {
      guard !context.isQuoted(cue) else { return }
      let range = context.range(of: cue)
      guard let sentence = sentences.index(containing: range.lowerBound), sentence != lastSentence else { return }
      lastSentence = sentence
      let sentenceRange = text.sentences[sentence].range
      // The first anchor starting in this sentence: anchors before it belong to earlier sentences.
      while let anchor = nextAnchor, anchor.lowerBound < sentenceRange.lowerBound {
        nextAnchor = anchors.next().map { context.range(of: $0) }
      }
      var anchor: TextRange?
      if let next = nextAnchor, next.lowerBound < sentenceRange.upperBound { anchor = next }
      result.append(
        Commitment(ruleID: context.metadata.id, sentence: sentenceRange, cue: range, anchor: anchor))
    }
    PhraseRule.forEachLongestNonOverlapping(matches, role: Role.cue.phraseRole, consider)
    return result
  }

  /// `commitments(in:)` for matches in any order.
  static func sortingCommitments(in context: RuleCheckContext) -> [Commitment] {
    // Per sentence index, arrays rather than hashed collections.
    var anchors = [TextRange?](repeating: nil, count: context.text.sentences.count)
    var cues: [PhraseMatch] = []
    for match in context.matches {
      if match.output.plays(Role.cue) {
        cues.append(match)
        continue
      }
      guard match.output.plays(Role.anchor) else { continue }
      let range = context.range(of: match)
      if let sentence = context.text.sentenceIndex(containing: range.lowerBound), anchors[sentence] == nil {
        anchors[sentence] = range
      }
    }
    var seen = [Bool](repeating: false, count: context.text.sentences.count)
    var result: [Commitment] = []
    for match in PhraseRule.longestNonOverlapping(cues) where !context.isQuoted(match) {
      let range = context.range(of: match)
      guard let sentence = context.text.sentenceIndex(containing: range.lowerBound), !seen[sentence] else { continue }
      seen[sentence] = true
      result.append(
        Commitment(
          ruleID: context.metadata.id, sentence: context.text.sentences[sentence].range, cue: range,
          anchor: anchors[sentence]))
    }
    return result
  }
}

/// A promise found in a text, for reviewers' checklists.
public struct Commitment: SideOutput, Hashable {
  public var ruleID: String
  public var sentence: TextRange
  public var cue: TextRange
  /// The time anchor that makes it concrete; nil when the promise has none.
  public var anchor: TextRange?

  /// In text order of their cues.
  public static func sort(_ values: inout [Commitment]) {
    values.sort { $0.cue < $1.cue }
  }
}

extension LintResult {
  /// Every promise and its time anchor, in text order.
  public var commitments: [Commitment] { sideOutputs[Commitment.self] }
}
