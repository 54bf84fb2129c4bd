import KlarsvarPhrases

/// Every rule's phrase matches in one array, grouped by rule: a group is sliced out only for a rule
/// that runs, instead of one slice (and one reference to the array) per rule and document.
struct MatchGroups {
  let matches: [PhraseMatch]
  /// Where each rule's group begins, and the total last.
  let starts: [Int]

  subscript(rule: Int) -> ArraySlice<PhraseMatch> { matches[starts[rule]..<starts[rule + 1]] }

  func isEmpty(_ rule: Int) -> Bool { starts[rule] == starts[rule + 1] }
}
