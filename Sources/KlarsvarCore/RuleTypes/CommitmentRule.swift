/// A promise ("vi ska", "målet är att") in a sentence with no concrete time anchor.
struct CommitmentRule: RuleType {
  static let typeName = "commitment"
  var needsMatches: Bool { true }

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let cuesPath = reader.child("cues")
    try builder.register(
      try builder.phraseEntries(try reader.array("cues"), path: cuesPath), role: .cue, path: cuesPath)
    let anchorsPath = reader.child("anchors")
    try builder.register(
      try builder.phraseEntries(try reader.array("anchors"), path: anchorsPath), role: .anchor, path: anchorsPath)
  }

  func check(_ context: inout RuleCheckContext) {
    Self.reportUnanchored(Self.commitments(in: context), &context)
  }

  /// The findings of `check` for commitments already worked out (the engine needs them as well).
  static func reportUnanchored(_ commitments: [Commitment], _ context: inout RuleCheckContext) {
    for commitment in commitments where commitment.anchor == nil {
      context.report(range: commitment.cue)
    }
  }

  /// Every sentence with a cue, its first cue and its first anchor.
  static func commitments(in context: RuleCheckContext) -> [Commitment] {
    guard !context.matches.isEmpty else { return [] }
    // Per sentence index, arrays rather than hashed collections.
    var anchors = [TextRange?](repeating: nil, count: context.text.sentences.count)
    var cues: [PhraseMatch] = []
    for match in context.matches {
      if match.output.role == .cue {
        cues.append(match)
        continue
      }
      guard match.output.role == .anchor else { continue }
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
public struct Commitment: Sendable, Hashable {
  public var ruleID: String
  public var sentence: TextRange
  public var cue: TextRange
  /// The time anchor that makes it concrete; nil when the promise has none.
  public var anchor: TextRange?
}
