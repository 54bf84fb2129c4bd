/// Per-document values that several rules may need, computed at most once per lint.
///
/// - Important: Belongs to one lint on one thread; never shared.
final class DocumentScratch {
  let text: TokenizedText
  private var maskedViewStorage: RegexView?
  private var rawViewStorage: RegexView?
  private var phonesStorage: [PhoneNumbers.Occurrence]?
  private var lowercasedStorage: String?
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

  var phoneNumbers: [PhoneNumbers.Occurrence] {
    if let phonesStorage { return phonesStorage }
    let found = PhoneNumbers.occurrences(in: text.source.utf8)
    phonesStorage = found
    return found
  }

  /// Lower-cased original text (same UTF-8 length for Swedish; used to find domains).
  var lowercasedBytes: [UInt8] {
    if let lowercasedStorage { return Array(lowercasedStorage.utf8) }
    let lowered = String(decoding: text.source.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    lowercasedStorage = lowered
    return Array(lowered.utf8)
  }
}
