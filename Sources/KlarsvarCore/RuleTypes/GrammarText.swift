import KlarsvarLanguage
import KlarsvarText

/// The grammar rule types' view of one document: each sentence's words and each word's readings, worked
/// out at most once however many grammar rules ask (a dozen rules read the same words).
///
/// - Important: Belongs to one lint on one thread, like `DocumentScratch`, which holds it.
final class GrammarText {
  let text: TokenizedText
  let language: SwedishLanguage
  private var sentenceStorage: [GrammarSentence?]
  /// Per engine token: the readings with a compound's head for unknown words.
  private var readingStorage: [WordReadings?]

  init(text: TokenizedText, language: SwedishLanguage) {
    self.text = text
    self.language = language
    sentenceStorage = Array(repeating: nil, count: text.sentences.count)
    readingStorage = Array(repeating: nil, count: text.tokens.count)
  }

  /// The words of sentence `index`.
  func sentence(_ index: Int) -> GrammarSentence {
    if let known = sentenceStorage[index] { return known }
    let built = GrammarSentence(index, in: text)
    sentenceStorage[index] = built
    return built
  }

  /// What the lexicon says about a word; an unknown word is read by its compound's last part.
  func readings(_ word: GrammarWord) -> WordReadings {
    if let known = readingStorage[word.token] { return known }
    let found = WordReadings(word.folded, language: language)
    readingStorage[word.token] = found
    return found
  }

  /// The closed classes of a word (one table probe; not cached).
  func closedClass(_ word: GrammarWord) -> FunctionWords.Entry? {
    if let known = readingStorage[word.token] { return known.closedClass }
    return language.functionWords.closedClass(word.folded)
  }

  /// The readings of the word itself, without a compound's head.
  func ownReadings(_ word: GrammarWord) -> WordReadings { readings(word).withoutCompound }
}
