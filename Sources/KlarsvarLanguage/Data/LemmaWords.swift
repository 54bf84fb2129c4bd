/// The space-separated words of a lemma or particle (*se över*, *höra av sig*) without building an
/// array: the clause analysis asks for them on every verb.
enum LemmaWords {
  /// The first word: the verb of a particle verb, the lemma itself otherwise (as
  /// `lemma.split(separator: " ").first`).
  static func head(_ lemma: String) -> String {
    guard let space = lemma.utf8.firstIndex(of: 0x20) else { return lemma }
    let rest = lemma[space...].drop { $0 == " " }
    return space == lemma.startIndex ? (rest.isEmpty ? lemma : head(String(rest))) : String(lemma[..<space])
  }

  /// Whether `body` accepts every word of `phrase` in order (empty words between spaces skipped, as
  /// `split(separator: " ")` does); stops at the first refusal.
  static func allWords(of phrase: String, _ body: (Substring) -> Bool) -> Bool {
    var start = phrase.startIndex
    let utf8 = phrase.utf8
    while start < phrase.endIndex {
      let end = utf8[start...].firstIndex(of: 0x20) ?? phrase.endIndex
      if start < end, !body(phrase[start..<end]) { return false }
      start = end < phrase.endIndex ? utf8.index(after: end) : end
    }
    return true
  }
}
