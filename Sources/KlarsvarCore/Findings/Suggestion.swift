import KlarsvarText

/// A replacement of one range of the original text.
public struct TextEdit: Hashable, Sendable, Codable {
  public var range: TextRange
  public var newText: String

  public init(range: TextRange, newText: String) {
    self.range = range
    self.newText = newText
  }
}

/// A fix the user can apply.
public struct Suggestion: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// Replaces the matched words (unambiguous when it is the finding's only suggestion).
    case replacement
    /// Inserts a ready paragraph (a referral, a closing); never applied by `--fix`.
    case insertion
  }

  public var kind: Kind
  /// Short label for a code action, e.g. `Ersätt med ”få”`.
  public var title: String
  public var edit: TextEdit
  /// Whether the rule is sure the edit keeps the sentence grammatical where it stands, so that
  /// `--fix` and the editor's "fix all" may apply it unattended. Every other suggestion is for a
  /// person to judge (a quick fix in the editor, "förslag" in the report).
  ///
  /// Rule types set it: a word swapped for one word (*samt* → *och*), a word replaced by its
  /// counterpart inflected by the language layer (*erhöll* → *fick*, *inhämtas* → *begäras in*), a
  /// contact detail corrected. A rewrite of several words (*genomföra en utredning av* → *utreda*)
  /// may need the rest of the sentence rebuilt, and is not safe.
  public var isSafeInContext: Bool

  public init(kind: Kind, title: String, edit: TextEdit, isSafeInContext: Bool = false) {
    self.kind = kind
    self.title = title
    self.edit = edit
    self.isSafeInContext = isSafeInContext
  }

  /// Whether `matched` is one word and so is `replacement` (no space, tab, line break or no-break
  /// space in either, and something to put in): the plain swap `--fix` may apply.
  public static func isOneWordSwap(_ matched: String, _ replacement: String) -> Bool {
    isOneWord(matched) && isOneWord(replacement)
  }

  /// No space, tab, line break or no-break space, and not empty.
  public static func isOneWord(_ text: String) -> Bool {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || (previous == 0xC2 && byte == 0xA0) {
        return false
      }
      previous = byte
    }
    return !text.isEmpty
  }
}
