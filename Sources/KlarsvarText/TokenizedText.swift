/// A document split into tokens, sentences and paragraphs, with its non-prose parts marked.
public struct TokenizedText: Sendable {
  public let source: SourceText
  public let format: DocumentFormat
  public internal(set) var tokens: [Token] = []
  package var prefixIDs: [Int32] = []
  public internal(set) var sentences: [Sentence] = []
  public internal(set) var paragraphs: [Paragraph] = []
  public internal(set) var masked: [MaskedRegion] = []
  /// Quoted reader text: `>` lines and attributed quotations.
  public internal(set) var quoted: [TextRange] = []
  public internal(set) var directives: [SuppressionDirective] = []
  /// Comments and lines written as directives that are none; reported, never applied.
  public internal(set) var directiveProblems: [SuppressionDirective.Problem] = []
  public internal(set) var frontMatter: [String: String] = [:]

  init(source: SourceText, format: DocumentFormat) {
    self.source = source
    self.format = format
  }

  /// The original text of a token.
  public func text(of token: Token) -> String { source.text(in: token.range) }

  /// The normalised (NFC, lower-case) form of a token.
  public func folded(_ token: Token) -> String { WordFolder.fold(text(of: token)) }

  /// Whether a range touches quoted reader text.
  public func isQuoted(_ range: TextRange) -> Bool {
    quoted.contains { $0.overlaps(range) }
  }

  /// The paragraph holding a UTF-8 offset (the nearest one before it when it falls between
  /// paragraphs). Static so that closures can search the paragraphs without capturing the whole text.
  package static func paragraphIndex(containing offset: Int, in paragraphs: [Paragraph]) -> Int? {
    // Paragraphs are in text order: binary search for the first one starting after `offset`.
    var low = 0
    var high = paragraphs.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphs[mid].range.lowerBound > offset { high = mid } else { low = mid + 1 }
    }
    return low == 0 ? nil : low - 1
  }

  /// The tokens from the first one starting at or after `range`'s start, up to (not including) the
  /// first one that ends beyond `range`. Found by binary search: a scan from the first token for each
  /// finding made a 1 MB text with a finding per sentence cost the square of its size.
  public func tokens(within range: TextRange) -> ArraySlice<Token> {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < tokens.count && tokens[end].range.upperBound <= range.upperBound { end += 1 }
    return tokens[low..<end]
  }

  /// Index of the sentence containing a UTF-8 offset, if any.
  public func sentenceIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = sentences[mid].range
      if offset < range.lowerBound {
        high = mid - 1
      } else if offset >= range.upperBound {
        low = mid + 1
      } else {
        return mid
      }
    }
    return nil
  }
}
