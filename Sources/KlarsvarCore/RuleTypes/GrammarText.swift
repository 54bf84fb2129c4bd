import KlarsvarLanguage
import KlarsvarText

/// The grammar rule types' view of one document: each sentence's words and each word's readings, worked
/// out at most once however many grammar rules ask (a dozen rules read the same words).
///
/// - Important: Belongs to one lint on one thread, like `DocumentScratch`, which holds it.
final class GrammarText {
  let text: TokenizedText
  let language: SwedishLanguage
  /// The language's lexicon and function words, copied once: reading them through `language` copies the
  /// structs (and retains every table) at each access.
  let lexicon: Lexicon
  let functionWords: FunctionWords
  /// Built sentences by index modulo its length: every sentence of a letter, the last few thousand of a
  /// long document (a word takes about 100 bytes here, so keeping all would cost 15× the text's size,
  /// and the rules walk the sentences in order, so a window loses little).
  private var sentenceStorage: [GrammarSentence?]
  /// Sentences kept at most.
  static let sentenceWindow = 2_048
  /// Per engine token: the readings with a compound's head for unknown words.
  private var readingStorage: [WordReadings?]
  /// Per engine token: its closed classes, once looked up (`.some(nil)`: none).
  private var closedClassStorage: [FunctionWords.Entry??]

  init(text: TokenizedText, language: SwedishLanguage) {
    self.text = text
    self.language = language
    lexicon = language.lexicon
    functionWords = language.functionWords
    closedClassStorage = Array(repeating: nil, count: text.tokens.count)
    sentenceStorage = Array(repeating: nil, count: max(1, min(text.sentences.count, Self.sentenceWindow)))
    readingStorage = Array(repeating: nil, count: text.tokens.count)
  }

  /// The words of sentence `index`.
  func sentence(_ index: Int) -> GrammarSentence {
    let slot = index % sentenceStorage.count
    if let known = sentenceStorage[slot], known.index == index { return known }
    let built = GrammarSentence(index, in: text)
    sentenceStorage[slot] = built
    return built
  }

  /// What the lexicon says about a word; an unknown word is read by its compound's last part.
  func readings(_ word: GrammarWord) -> WordReadings {
    if let known = readingStorage[word.token] { return known }
    let found = lookUp(word.folded)
    readingStorage[word.token] = found
    return found
  }

  /// Looks the word up here rather than in a `WordReadings` initializer: passing the lexicon and the
  /// function words as arguments copied both structs, retaining every table, for each word (perf).
  private func lookUp(_ folded: String) -> WordReadings {
    let own = lexicon.analyses(of: folded)
    let closedClass = functionWords.closedClass(folded)
    guard own.isEmpty else {
      return WordReadings(analyses: own, isCompound: false, compoundHeadLength: 0, closedClass: closedClass)
    }
    // A word the lexicon lacks is read by its productive ending (*-era*, *-ig*); function words never are.
    let guessed = closedClass == nil ? lexicon.guessedAnalyses(of: folded) : []
    // A verb's ending outweighs a compound's chance last part (*legitimera* is no *legiti* + *mera*).
    if !guessed.contains(where: { $0.partOfSpeech == .verb }), let head = lexicon.compoundHeadReadings(of: folded) {
      return WordReadings(
        analyses: head.analyses, isCompound: !head.analyses.isEmpty, compoundHeadLength: head.headLetters,
        closedClass: closedClass)
    }
    return WordReadings(analyses: guessed, isCompound: false, compoundHeadLength: 0, closedClass: closedClass)
  }

  /// The closed classes of a word (one table probe, once per word).
  func closedClass(_ word: GrammarWord) -> FunctionWords.Entry? {
    if let known = closedClassStorage[word.token] { return known }
    let found = readingStorage[word.token]?.closedClass ?? functionWords.closedClass(word.folded)
    closedClassStorage[word.token] = .some(found)
    return found
  }

  /// The readings of the word itself, without a compound's head.
  func ownReadings(_ word: GrammarWord) -> WordReadings { readings(word).withoutCompound }
}
