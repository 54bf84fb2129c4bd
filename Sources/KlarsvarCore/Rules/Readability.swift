import KlarsvarText

/// LIX, the Swedish readability index: words / sentences + 100 × long words / words, where a long
/// word has more than six letters. Text the reply quotes is not counted.
enum Readability {
  struct Counts {
    var words = 0
    var longWords = 0
    var sentences = 0

    var lix: Double? {
      guard words > 0, sentences > 0 else { return nil }
      return Double(words) / Double(sentences) + 100 * Double(longWords) / Double(words)
    }
  }

  /// The counts of some sentences, from per-sentence counts (`DocumentScratch.sentenceWordCounts`);
  /// sentences without a word of the writer's own are left out.
  static func counts(_ perSentence: [(words: Int, longWords: Int)], sentences: Range<Int>) -> Counts {
    var counts = Counts()
    for sentence in sentences where perSentence[sentence].words > 0 {
      counts.words += perSentence[sentence].words
      counts.longWords += perSentence[sentence].longWords
      counts.sentences += 1
    }
    return counts
  }

  /// LIX of a whole text (for summaries), nil for an empty one.
  static func documentLIX(_ text: TokenizedText) -> Double? {
    counts(DocumentScratch(text: text).sentenceWordCounts, sentences: 0..<text.sentences.count).lix
  }
}
