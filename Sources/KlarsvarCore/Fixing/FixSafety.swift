import KlarsvarLanguage
import KlarsvarText

extension RuleCheckContext {
  /// The suggestions of a phrase match, each marked safe in context or not (`isSafeInContext`).
  ///
  /// Safe: a single matched word replaced — by one word (*samt* → *och*), by its counterpart inflected
  /// by the language layer (*erhöll* → *fick*, *inhämtas* → *begäras in*) or by a fixed wording
  /// (*beträffande* → *när det gäller*); and a fixed wording of several words replaced by another
  /// (*i dagsläget* → *nu*, *social tjänsten* → *socialtjänsten*, *ta kontakt med* → *kontakta*).
  /// Not safe: a rewrite of several words that holds an s-form verb, which turns a noun phrase into
  /// the verb and leaves the clause without a place for it (*det kan göras en utredning av rätten* →
  /// *det kan utredas rätten*); and a deletion. Those stay suggestions for a person.
  func judgingFixSafety(_ suggestions: [Suggestion], range: TextRange, matched: String) -> [Suggestion] {
    guard suggestions.contains(where: { $0.kind == .replacement && !$0.edit.newText.isEmpty }) else {
      return suggestions
    }
    let safe = Suggestion.isOneWord(matched) || !containsSFormVerb(range)
    return suggestions.map { suggestion in
      var suggestion = suggestion
      suggestion.isSafeInContext = safe && suggestion.kind == .replacement && !suggestion.edit.newText.isEmpty
      return suggestion
    }
  }

  /// Whether a word of `range` can be read as an s-form verb (*göras*, *fördes*).
  private func containsSFormVerb(_ range: TextRange) -> Bool {
    let lexicon = scratch.language.language.lexicon
    for token in text.tokens(within: range) {
      let folded = CaseFolding.fold(sourceText(in: token.range))
      if lexicon.analyses(of: folded).contains(where: { $0.inflection.isSForm }) { return true }
    }
    return false
  }
}
