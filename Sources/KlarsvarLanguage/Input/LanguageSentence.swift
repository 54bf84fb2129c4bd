/// A sentence: the tokens between two sentence ends, or one line that stands alone (heading, greeting,
/// signature line).
public struct LanguageSentence: Sendable, Hashable {
  /// The tokens, without line breaks.
  public var tokens: [LanguageToken]
  /// Index of the first token in the document's token array (for spans across sentences).
  public var firstTokenIndex: Int
  /// Index of the paragraph (blank-line separated block) the sentence is in.
  public var paragraph: Int

  public init(tokens: [LanguageToken], firstTokenIndex: Int = 0, paragraph: Int = 0) {
    self.tokens = tokens
    self.firstTokenIndex = firstTokenIndex
    self.paragraph = paragraph
  }

  /// UTF-8 range from the first to the last token.
  public var utf8Range: Range<Int> {
    guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
    return first.utf8Range.lowerBound..<last.utf8Range.upperBound
  }

  /// Whether the sentence ends with a question mark.
  public var endsWithQuestionMark: Bool { tokens.last?.text == "?" }
}
