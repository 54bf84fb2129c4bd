/// Splits a literal phrase word the way the tokenizer splits text, so `t.ex.` in a phrase matches
/// the token `t.ex` and `IVO:s` matches `ivo:s`.
enum PhraseWords {
  static func split(_ text: String) -> [String] {
    // Most phrase words are plain letters (with inner hyphens): fold them directly.
    if let first = text.unicodeScalars.first, first.properties.isAlphabetic,
      text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }), !text.hasSuffix("-"),
      !text.unicodeScalars.contains(where: { ScalarClass.isCombiningMark($0.value) })
    {
      return [WordFolder.fold(text)]
    }
    let tokenized = Tokenizer(index: .empty).tokenize(SourceText(text), format: .plain, placeholders: [])
    return tokenized.tokens.filter { $0.kind != .placeholder }.map { tokenized.folded($0) }
  }
}
