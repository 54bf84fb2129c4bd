/// A whole text reduced to what the kind detector reads, in one pass over its bytes: per token its kind,
/// byte range, capitalisation, punctuation mark and word id in the kind vocabulary; and its lines.
///
/// Nothing here is a `String`: the detector counts and matches ids, and makes text only for the evidence
/// it reports. The signature and quotations are read from small pieces of the text (`tail`, `blocks`).
public struct TextOutline: Sendable {
  struct Token: Sendable {
    var start: Int32
    var end: Int32
    /// Id in `KindVocabulary.words`, -1 for any other word.
    var id: Int32
    /// The scalar of a punctuation token, 0 for other tokens.
    var mark: UInt32
    var kind: LanguageToken.Kind
    var isCapitalized: Bool

    var isWord: Bool { kind == .word }
  }

  let bytes: [UInt8]
  private(set) var tokens: [Token] = []
  /// Word ids of the tokens, in a buffer of their own for the phrase matcher.
  private(set) var ids: [Int32] = []
  /// The lines as token index ranges (line breaks excluded), empty lines included.
  private(set) var lines: [Range<Int>] = []

  /// Outlines UTF-8 text (valid UTF-8, as a `String`'s bytes are).
  public init(utf8 bytes: [UInt8], language: SwedishLanguage) {
    self.bytes = bytes
    let vocabulary = language.kindVocabulary
    var scan = OutlineScan(vocabulary: vocabulary, expectedTokens: bytes.count / 5 + 4)
    bytes.withUnsafeBufferPointer { scan.run($0) }
    tokens = scan.tokens
    ids = scan.ids
    lines = scan.lines
  }

  /// Outlines a `String`.
  public init(text: String, language: SwedishLanguage) {
    self.init(utf8: Array(text.utf8), language: language)
  }

  /// The original text from the first to the last token of `range`.
  func text(of range: Range<Int>) -> String {
    guard let first = range.first, range.upperBound <= tokens.count else { return "" }
    return String(decoding: bytes[Int(tokens[first].start)..<Int(tokens[range.upperBound - 1].end)], as: UTF8.self)
  }

  /// The words in a token range.
  func wordCount(_ range: Range<Int>) -> Int {
    var count = 0
    for index in range where tokens[index].isWord { count += 1 }
    return count
  }

  /// The line that holds token `index`.
  func line(containing index: Int) -> Range<Int>? {
    var low = 0
    var high = lines.count
    // The first line that ends after the token.
    while low < high {
      let middle = (low + high) / 2
      if lines[middle].upperBound <= index { low = middle + 1 } else { high = middle }
    }
    guard low < lines.count, lines[low].contains(index) else { return nil }
    return lines[low]
  }

  /// Byte offset where line `index` starts.
  func byteOffset(ofLine index: Int) -> Int {
    index == 0 ? 0 : Int(tokens[lines[index].lowerBound - 1].end)
  }
}
