/// A text with its tokens and sentences: the input of every analysis.
public struct LanguageDocument: Sendable {
  public var text: String
  /// All tokens, line breaks included.
  public var tokens: [LanguageToken]
  public var sentences: [LanguageSentence]

  /// Tokenizes and splits `text` with the layer's own tokenizer.
  public init(text: String) {
    self.text = text
    tokens = LanguageTokenizer.tokenize(text)
    sentences = SentenceSplitter.split(tokens)
  }

  /// Wraps tokens and sentences made elsewhere (the engine's tokenizer).
  public init(text: String, tokens: [LanguageToken], sentences: [LanguageSentence]) {
    self.text = text
    self.tokens = tokens
    self.sentences = sentences
  }

  /// The tokens of a piece of UTF-8 text, `bytes[range]` (or from `start` to the end), without sentences:
  /// for the analyses that read a few lines (a signature, a paragraph with quotation marks).
  init(piece bytes: [UInt8], from start: Int, to end: Int? = nil) {
    let text = String(decoding: bytes[start..<(end ?? bytes.count)], as: UTF8.self)
    self.init(text: text, tokens: LanguageTokenizer.tokenize(text), sentences: [])
  }

  /// The lines of the text as token index ranges (line breaks excluded), empty lines included.
  public var lines: [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    for (index, token) in tokens.enumerated() where token.kind == .lineBreak {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<tokens.count)
    return lines
  }

  /// The original text of a token range.
  public func text(of range: Range<Int>) -> Substring {
    guard let first = range.first, range.upperBound <= tokens.count else { return "" }
    let lower = tokens[first].utf8Range.lowerBound
    let upper = tokens[range.upperBound - 1].utf8Range.upperBound
    let utf8 = text.utf8
    return text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)]
  }
}
