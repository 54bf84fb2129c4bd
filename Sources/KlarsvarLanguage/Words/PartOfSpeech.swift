/// Word classes the lexicon inflects; everything else is `other`.
public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
  case verb, noun, adjective, adverb, other
}

/// Grammatical gender of a noun.
public enum Gender: String, Sendable, Hashable, CaseIterable {
  /// en-ord
  case utrum
  /// ett-ord
  case neutrum
}
