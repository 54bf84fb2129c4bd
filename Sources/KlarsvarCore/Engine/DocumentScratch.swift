/// Per-document values that several rules may need, computed at most once per lint.
///
/// - Important: Belongs to one lint on one thread; never shared.
final class DocumentScratch {
  let text: TokenizedText
  private var maskedViewStorage: RegexView?
  private var rawViewStorage: RegexView?
  private var phonesStorage: [PhoneNumbers.Occurrence]?
  private var lowercasedStorage: [UInt8]?
  private var domainsStorage: [String: [TextRange]]?
  private var sentenceCountsStorage: [(words: Int, longWords: Int)]?
  /// Where inserted paragraphs (referral templates) go: before the closing, else at the end.
  var insertionOffset: () -> Int

  init(text: TokenizedText) {
    self.text = text
    insertionOffset = { text.source.utf8Count }
  }

  /// NFC text with code, URLs, e-mail addresses and placeholders blanked (for `pattern` rules).
  var maskedView: RegexView {
    if let maskedViewStorage { return maskedViewStorage }
    let view = RegexView(text: text, blankingMasked: true)
    maskedViewStorage = view
    return view
  }

  /// NFC text with nothing blanked (for evidence: phone numbers, addresses).
  var rawView: RegexView {
    if let rawViewStorage { return rawViewStorage }
    let view = RegexView(text: text, blankingMasked: false)
    rawViewStorage = view
    return view
  }

  /// Per sentence: words and long words (more than six letters) of the writer's own text.
  var sentenceWordCounts: [(words: Int, longWords: Int)] {
    if let sentenceCountsStorage { return sentenceCountsStorage }
    let counts = text.sentences.map { sentence -> (words: Int, longWords: Int) in
      var words = 0
      var long = 0
      for index in sentence.tokenRange {
        let token = text.tokens[index]
        guard token.isCountedWord && !token.isQuoted else { continue }
        words += 1
        if token.letterCount > 6 { long += 1 }
      }
      return (words, long)
    }
    sentenceCountsStorage = counts
    return counts
  }

  var phoneNumbers: [PhoneNumbers.Occurrence] {
    if let phonesStorage { return phonesStorage }
    let found = PhoneNumbers.occurrences(in: text.source.utf8)
    phonesStorage = found
    return found
  }

  /// Every host name in the text ("www.ivo.se" also counts as "ivo.se" and "se"), found in one scan.
  var domains: [String: [TextRange]] {
    if let domainsStorage { return domainsStorage }
    let found = Self.domainIndex(lowercasedBytes)
    domainsStorage = found
    return found
  }

  static func domainIndex(_ bytes: [UInt8]) -> [String: [TextRange]] {
    var index: [String: [TextRange]] = [:]
    var position = 0
    let count = bytes.count
    func isHostByte(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte >= 0x80
    }
    while position < count {
      guard isHostByte(bytes[position]) else {
        position += 1
        continue
      }
      let start = position
      var sawDot = false
      while position < count && isHostByte(bytes[position]) {
        if bytes[position] == 0x2E { sawDot = true }
        position += 1
      }
      var end = position
      while end > start && bytes[end - 1] == 0x2E { end -= 1 }
      guard sawDot, end > start else { continue }
      var suffixStart = start
      while suffixStart < end {
        if bytes[suffixStart] != 0x2E {
          let host = String(decoding: bytes[suffixStart..<end], as: UTF8.self)
          index[host, default: []].append(TextRange(suffixStart, end))
        }
        guard let dot = bytes[suffixStart..<end].firstIndex(of: 0x2E) else { break }
        suffixStart = dot + 1
      }
    }
    return index
  }

  /// Lower-cased original text (same UTF-8 length for Swedish; used to find domains).
  var lowercasedBytes: [UInt8] {
    if let lowercasedStorage { return lowercasedStorage }
    let lowered = text.source.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    lowercasedStorage = lowered
    return lowered
  }
}
