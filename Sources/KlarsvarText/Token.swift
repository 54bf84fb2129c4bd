/// A word of the text with its normalised identity.
///
/// Kept small: a letter of 1,000 words makes 1,000 of these per lint.
public struct Token: Sendable {
  public enum Kind: UInt8, Sendable {
    case word, number, date, year, placeholder, url, email
  }

  /// UTF-8 range in the original text.
  public var range: TextRange
  public var kind: Kind
  /// FNV-1a hash of the folded word (equal words have equal hashes; used for `<same>` and abbreviations).
  package var hash: UInt64
  /// Id of the folded word in the rule set's vocabulary, -1 when no phrase uses it.
  package var wordID: Int32
  /// Index of this token's first prefix id in `TokenizedText.prefixIDs`; `prefixCount` follow.
  package var prefixStart: Int32
  package var prefixCount: UInt16
  /// Letters in the word (for LIX; combining marks and digits are not letters).
  public var letterCount: UInt16
  /// Inside text the reply quotes (a `>` line or an attributed quotation).
  public var isQuoted: Bool

  @inline(__always)
  var isNumeric: Bool { kind == .number || kind == .date || kind == .year }
  /// Counted as a word in sentence lengths and LIX.
  public var isCountedWord: Bool { kind != .url && kind != .email }
}
