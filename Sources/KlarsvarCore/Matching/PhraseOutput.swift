/// What a phrase in the automaton stands for: which rule, in which role, which entry.
struct PhraseOutput: Hashable, Sendable {
  /// Index of the rule in the compiled rule set (or of the contact for `.contactName`).
  var owner: Int32
  var role: PhraseRole
  /// Index of the entry within its list (phrase index, evidence group, …).
  var item: Int32
  /// Second index where a role needs one (evidence item within its group).
  var subitem: Int32
  /// Alternative taken in the phrase's first `{…}` group.
  var choice: Int32
}

/// The part a phrase plays in its rule.
enum PhraseRole: UInt8, Hashable, Sendable {
  case phrase, unless, trigger, evidence, cue, anchor, structureItem, prefilter, contactName
}

/// One occurrence of a phrase in a document, in token indices (end exclusive).
struct PhraseMatch: Sendable {
  var output: PhraseOutput
  var tokenStart: Int32
  var tokenEnd: Int32
}
