/// A rule type that knows where inserted paragraphs (referral templates) belong: before a
/// paragraph it recognises, such as the letter's closing.
///
/// The engine asks every active rule of such a type once per document, when the first insertion is
/// offered, and inserts before the earliest paragraph any of them names (at the end when none does).
protocol InsertionAnchoring: RuleType {
  /// The paragraph inserted paragraphs go before, nil when the document has none for this rule.
  ///
  /// - Parameter context: the context of this rule, with its phrase matches; nothing is reported.
  func insertionParagraph(in context: RuleCheckContext) -> Int?
}
