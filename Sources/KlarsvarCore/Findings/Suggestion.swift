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

  public init(kind: Kind, title: String, edit: TextEdit) {
    self.kind = kind
    self.title = title
    self.edit = edit
  }
}
