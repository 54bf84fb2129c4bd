/// What the signature parser asks about words, prepared once per language: role and body words and
/// endings (one suffix walk each instead of a `hasSuffix` per listed ending) and first names.
struct SignatureWords: Sendable {
  private let roles: SuffixMatcher
  private let bodies: SuffixMatcher
  /// The word-class bit of `firstName` in the expression grammar (0 without that class).
  private let firstNameBit: UInt64

  init(letter: LetterVocabulary, grammar: ExpressionGrammar) {
    roles = SuffixMatcher(letter.roleWords)
    bodies = SuffixMatcher(letter.bodyWords)
    firstNameBit = grammar.classNames.firstIndex(of: "firstName").map { 1 << UInt64($0) } ?? 0
  }

  /// As `LetterVocabulary.isRoleWord`: the folded word is or ends with a role word (*enhetschef*).
  func isRole(_ folded: String) -> Bool { roles.matches(folded) }

  /// As `LetterVocabulary.isBodyWord`: the folded word is or ends with a body word (*socialnämnden*).
  func isBody(_ folded: String) -> Bool { bodies.matches(folded) }

  /// As `ExpressionGrammar.isWord(_:inClass: "firstName")`.
  func isFirstName(_ folded: String, in grammar: ExpressionGrammar) -> Bool {
    firstNameBit != 0 && grammar.wordBits(folded) & firstNameBit != 0
  }
}
