/// A promise ("vi ska", "målet är att") in a sentence with no concrete time anchor.
struct CommitmentRule: RuleType {
  static let typeName = "commitment"

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let cuesPath = reader.child("cues")
    try builder.register(
      try builder.phraseEntries(try reader.array("cues"), path: cuesPath), role: .cue, path: cuesPath)
    let anchorsPath = reader.child("anchors")
    try builder.register(
      try builder.phraseEntries(try reader.array("anchors"), path: anchorsPath), role: .anchor, path: anchorsPath)
  }

  func check(_ context: inout RuleCheckContext) {
    for commitment in Self.commitments(in: context) where commitment.anchor == nil {
      context.report(range: commitment.cue)
    }
  }

  /// Every sentence with a cue, its first cue and its first anchor.
  static func commitments(in context: RuleCheckContext) -> [Commitment] {
    var anchors: [Int: TextRange] = [:]
    for match in context.matches(.anchor) {
      let range = context.range(of: match)
      if let sentence = context.text.sentenceIndex(containing: range.lowerBound), anchors[sentence] == nil {
        anchors[sentence] = range
      }
    }
    var seen = Set<Int>()
    var result: [Commitment] = []
    for match in PhraseRule.longestNonOverlapping(context.matches(.cue)) where !context.isQuoted(match) {
      let range = context.range(of: match)
      guard let sentence = context.text.sentenceIndex(containing: range.lowerBound), seen.insert(sentence).inserted
      else { continue }
      result.append(
        Commitment(
          ruleID: context.metadata.id, sentence: context.text.sentences[sentence].range, cue: range,
          anchor: anchors[sentence]))
    }
    return result
  }
}

/// A promise found in a text, for reviewers' checklists.
public struct Commitment: Sendable, Hashable {
  public var ruleID: String
  public var sentence: TextRange
  public var cue: TextRange
  /// The time anchor that makes it concrete; nil when the promise has none.
  public var anchor: TextRange?
}
