/// Splits a literal phrase word the way the tokenizer splits text, so `t.ex.` in a phrase matches
/// the token `t.ex` and `IVO:s` matches `ivo:s`.
enum PhraseWords {
  static func split(_ text: String) -> [String] {
    let tokenized = Tokenizer(index: .empty).tokenize(SourceText(text), format: .plain, placeholders: [])
    return tokenized.tokens.filter { $0.kind != .placeholder }.map { tokenized.folded($0) }
  }
}
