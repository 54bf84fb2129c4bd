/// One step of a compiled phrase.
enum PhraseElement: Hashable, Sendable {
  case word(String)
  case prefix(String)
  case number
  case date
  case year
  /// Any word of letters.
  case anyWord
  /// The same word as the previous one (doubled words).
  case sameAsPrevious
  case email
  case url
  /// Up to `n` arbitrary words.
  case gap(Int)
}

/// A phrase after alternatives and optional words are expanded: one plain sequence of elements.
package struct ExpandedPhrase: Hashable, Sendable {
  var elements: [PhraseElement]
  /// Which alternative of the phrase's first `{…|…}` group this expansion took (pairs with suggestions).
  package var choice: Int
}
