/// The words and word prefixes that some phrase of the loaded rules uses.
///
/// The tokenizer resolves each token against it once, so phrase matching compares integers.
struct WordIndex: Sendable {
  var words = Vocabulary()
  var prefixes = Vocabulary()

  static let empty = WordIndex()
}
