/// A sentence: a run of tokens between sentence ends, paragraph breaks, headings and list items.
public struct Sentence: Sendable {
  public var tokenRange: Range<Int>
  public var range: TextRange
  public var paragraph: Int
}

/// A paragraph: text between blank lines (a heading is a paragraph of its own).
public struct Paragraph: Sendable {
  public var sentenceRange: Range<Int>
  public var range: TextRange
  public var isHeading: Bool
}
