/// Text the document quotes or reports, so rules can choose whether they apply inside.
public struct QuotedSpan: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Between quotation marks: ” ”, " ", « », » «, » », “ ”, „ “, ’ ’.
    case quotation
    /// Lines starting with `>` (a quoted e-mail).
    case blockQuote
    /// Reported paraphrase: the att-clause after *X skriver*, the part before *…, säger hon*, a clause
    /// with *enligt X*.
    case reported
  }

  public var kind: Kind
  /// UTF-8 range of the quoted content in the document (quotation marks and `>` excluded).
  public var utf8Range: Range<Int>
  /// The opening quotation mark.
  public var mark: String?
  /// A quotation introduced by a colon or a speech verb, or followed by one (*”…”, säger hon*); an
  /// unattributed short quotation is often a scare quote.
  public var isAttributed: Bool
  /// Words inside the span.
  public var wordCount: Int
  /// UTF-8 range of who is quoted or reported, when the text names them.
  public var sourceRange: Range<Int>?
  /// A speech verb introduces or follows it (*hon säger: ”…”*, *”…”, säger hon*): someone's words, as a
  /// news item quotes them; a colon alone also introduces titles and questions the writer cites.
  public var isSpoken = false
}
