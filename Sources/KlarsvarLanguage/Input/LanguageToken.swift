/// One token of a text as the language layer sees it.
///
/// The analysis functions only read these fields, so the engine can build tokens from its own tokenizer;
/// `LanguageTokenizer` makes them for tests and the debug dump.
public struct LanguageToken: Sendable, Hashable {
  public enum Kind: UInt8, Sendable, Hashable {
    /// Letters, possibly with digits, inner hyphens or colons (`LSS-beslut`, `IVO:s`).
    case word
    /// Digits, possibly with inner `-`, `/`, `.`, `:` or `,` (`2026-03-03`, `3/3`, `14.30`, `2,5`).
    case number
    /// Any other single character that is not a space.
    case punctuation
    /// One line break; a blank line is two in a row.
    case lineBreak
    /// An e-mail address.
    case email
    /// A web address.
    case url
  }

  /// The token as written. A `String` of its own rather than a slice of the text: most tokens fit in a
  /// small string, which copies without reference counting (the analyses copy tokens a lot).
  public var text: String
  /// Case-folded NFC form (`Får` and `fa\u{308}r` both give `får`).
  public var folded: String
  /// UTF-8 byte range in the document.
  public var utf8Range: Range<Int>
  public var kind: Kind

  public init(text: some StringProtocol, folded: String, utf8Range: Range<Int>, kind: Kind) {
    self.text = String(text)
    self.folded = folded
    self.utf8Range = utf8Range
    self.kind = kind
  }

  /// Whether the token as written starts with an upper-case letter.
  public var isCapitalized: Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.unicodeScalars.first?.properties.isUppercase ?? false
  }

  public var isWord: Bool { kind == .word }
}
