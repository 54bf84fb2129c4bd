import KlarsvarLanguage
import KlarsvarText

/// Who speaks in a news item's quotations: a quotation is an official's when its paragraph names an
/// official (*…, hävdar Eva Berg, avdelningschef*), when its attribution names someone an earlier
/// paragraph introduced as an official (*säger Eva Berg*), or when it is attributed to a pronoun or not at
/// all and continues right after an official's paragraph (*Socialchef Eva Berg håller inte med.* /
/// *– Det stämmer inte, säger hon.*). A relative or a union quoted the same way is not the authority.
extension VoicedPhraseRule {
  /// Paragraphs of a news item whose quotation is an official's.
  func officialQuoteParagraphs(_ context: RuleCheckContext, officials: Set<Int>) -> Set<Int> {
    let text = context.text
    let language = context.scratch.language
    var officialNames: Set<String> = []
    for paragraph in officials.sorted() {
      for sentence in text.paragraphs[paragraph].sentenceRange {
        officialNames.formUnion(Self.names(in: language.sentence(sentence).tokens.dropFirst()))
      }
    }
    var result: Set<Int> = []
    var previousWasOfficial = false
    for (index, paragraph) in text.paragraphs.enumerated() {
      defer { previousWasOfficial = officials.contains(index) || result.contains(index) }
      guard !paragraph.isHeading else { continue }
      let sentences = paragraph.sentenceRange.map { language.sentence($0) }
      guard let attribution = Self.attribution(in: sentences, language.language) else {
        if Self.opensWithQuote(paragraph.range, text) && previousWasOfficial { result.insert(index) }
        continue
      }
      let names = Self.names(in: attribution.prefix { $0.kind == .word && $0.text.first?.isUppercase == true })
      if officials.contains(index) || !names.isDisjoint(with: officialNames) || (names.isEmpty && previousWasOfficial) {
        result.insert(index)
      }
    }
    return result
  }

  /// The words after the last reporting verb of a paragraph (*säger hon*, *hävdar Eva Berg, chef …*),
  /// nil when no sentence of it has one after a comma.
  private static func attribution(in sentences: [LanguageSentence], _ language: SwedishLanguage) -> [LanguageToken]? {
    for sentence in sentences.reversed() {
      let tokens = sentence.tokens
      for index in tokens.indices.reversed() where index > 0 && tokens[index - 1].text == "," {
        let isReporting = language.lexicon.analyses(of: tokens[index].folded).contains {
          $0.partOfSpeech == .verb && language.functionWords.isReportingVerb(lemma: $0.lemma)
        }
        if isReporting { return Array(tokens[(index + 1)...]) }
      }
    }
    return nil
  }

  /// Capitalised words (names), folded; a sentence's first word is left out by the caller.
  private static func names(in tokens: ArraySlice<LanguageToken>) -> Set<String> {
    var found: Set<String> = []
    for token in tokens where token.kind == .word {
      if let first = token.text.first, first.isUppercase { found.insert(token.folded) }
    }
    return found
  }
}
