/// The words and word prefixes that some phrase of the loaded rules uses.
///
/// The tokenizer resolves each token against it once, so phrase matching compares integers.
package struct WordIndex: Sendable {
  package var words = Vocabulary()
  package var prefixes = Vocabulary()

  package init() {}

  package static let empty = WordIndex()
}
