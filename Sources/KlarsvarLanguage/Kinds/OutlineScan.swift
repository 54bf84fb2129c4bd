/// Builds a `TextOutline`'s tokens: the tokens `TokenScanner` finds, with each one's vocabulary id.
///
/// Most tokens are plain words (`PlainWord`), hashed as they are read; single ASCII punctuation is
/// taken as it is; anything else goes to `TokenScanner`. `TextOutlineTests` compares the result with
/// the scanner's on seeded random text.
struct OutlineScan {
  let vocabulary: KindVocabulary
  private(set) var tokens: [TextOutline.Token] = []
  private(set) var ids: [Int32] = []
  private(set) var lines: [Range<Int>] = []
  private var lineStart = 0

  init(vocabulary: KindVocabulary, expectedTokens: Int) {
    self.vocabulary = vocabulary
    tokens.reserveCapacity(expectedTokens)
    ids.reserveCapacity(expectedTokens)
  }

  mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: vocabulary.longestWord + 4) { buffer in
      let folded = buffer.baseAddress!
      var scanner = TokenScanner(bytes)
      var position = 0
      while position < bytes.count {
        let byte = bytes[position]
        if byte == 0x20 {
          position += 1
        } else if byte == 0x0A {
          append(position..<(position + 1), .lineBreak, id: -1, mark: 0, isCapitalized: false)
          position += 1
        } else if let end = plainWord(bytes, at: position, folded) {
          position = end
        } else if byte < 0x80 && !UTF8Scalars.isASCIILetterOrDigit(byte) && !(byte >= 0x09 && byte <= 0x0D) {
          folded[0] = byte
          let id = vocabulary.words.id(of: UnsafeBufferPointer(start: folded, count: 1)) ?? -1
          append(position..<(position + 1), .punctuation, id: id, mark: UInt32(byte), isCapitalized: false)
          position += 1
        } else {
          scanner.seek(to: position)
          guard let (range, kind) = scanner.next() else { break }
          appendScanned(bytes, range, kind, folded)
          position = range.upperBound
        }
      }
    }
    lines.append(lineStart..<tokens.count)
  }

  private mutating func append(
    _ range: Range<Int>, _ kind: LanguageToken.Kind, id: Int32, mark: UInt32, isCapitalized: Bool
  ) {
    if kind == .lineBreak {
      lines.append(lineStart..<tokens.count)
      lineStart = tokens.count + 1
    }
    tokens.append(
      TextOutline.Token(
        start: Int32(range.lowerBound), end: Int32(range.upperBound), id: id, mark: mark, kind: kind,
        isCapitalized: isCapitalized))
    ids.append(id)
  }

  /// A token `TokenScanner` found, with its id looked up by folding (ASCII and Latin-1 here, any other
  /// text through `CaseFolding`).
  private mutating func appendScanned(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ kind: LanguageToken.Kind,
    _ folded: UnsafeMutablePointer<UInt8>
  ) {
    guard kind != .lineBreak else {
      append(range, kind, id: -1, mark: 0, isCapitalized: false)
      return
    }
    let first = UTF8Scalars.decode(bytes, at: range.lowerBound).value
    var id: Int32 = -1
    if range.count <= vocabulary.longestWord, let length = CaseFolding.foldLatin1(bytes, range, into: folded) {
      id = vocabulary.words.id(of: UnsafeBufferPointer(start: folded, count: length)) ?? -1
    } else if bytes[range].contains(where: { $0 >= 0xC4 }) {
      // Latin-1 folds to as many bytes, so only other text can fold short enough to be a word here.
      id = vocabulary.words.id(of: CaseFolding.fold(bytes, range)) ?? -1
    }
    append(
      range, kind, id: id, mark: kind == .punctuation ? first : 0, isCapitalized: UTF8Scalars.isUppercase(first))
  }

  /// A plain word (`PlainWord`): appended with its id, and its end returned; nil for anything
  /// `TokenScanner` must read. The word is folded into `folded` for the table's comparison only when its
  /// hash may be the table's.
  private mutating func plainWord(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ folded: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    guard let word = PlainWord.scan(bytes, at: start, limit: bytes.count) else { return nil }
    let first = bytes[start]
    let isCapitalized = first &- 0x41 < 26 || (first == 0xC3 && bytes[start + 1] <= 0x9E)
    var id: Int32 = -1
    if word.end - start <= vocabulary.longestWord, vocabulary.words.mayContain(word.hash),
      let length = CaseFolding.foldLatin1(bytes, start..<word.end, into: folded)
    {
      id = vocabulary.words.id(of: UnsafeBufferPointer(start: folded, count: length), hash: word.hash) ?? -1
    }
    append(start..<word.end, .word, id: id, mark: 0, isCapitalized: isCapitalized)
    return word.end
  }
}
