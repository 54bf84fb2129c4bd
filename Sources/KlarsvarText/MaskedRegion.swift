/// A part of the text the linter does not judge.
public struct MaskedRegion: Hashable, Sendable {
  public enum Kind: UInt8, Sendable {
    case frontMatter, code, comment, directive, url, email, placeholder
  }

  public var range: TextRange
  public var kind: Kind

  /// URLs, e-mail addresses and placeholders stand in a sentence like a word.
  var isInline: Bool { kind == .url || kind == .email || kind == .placeholder }
}
