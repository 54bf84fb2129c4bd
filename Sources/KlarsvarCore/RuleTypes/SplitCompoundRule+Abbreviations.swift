import KlarsvarLanguage
import KlarsvarText

extension SplitCompoundRule {
  /// Letters of an abbreviation in capitals that can open a compound (*JO*, *LVU*, *BBIC*).
  static let abbreviationLetters = 2...5

  /// An abbreviation in capitals right before a noun, which Swedish joins with a hyphen: *LVU utredning*,
  /// *LSS insatser*, *EU medborgare*. Not before a genitive (*enligt LVU barnets bästa*) or a time noun,
  /// and not when the capitals are an ordinary word written in capitals (*VIKTIGT*).
  func checkAbbreviations(_ context: inout RuleCheckContext) {
    let grammar = context.scratch.grammar
    for index in context.text.sentences.indices {
      let words = grammar.sentence(index).words
      guard words.count >= 2 else { continue }
      for position in 1..<words.count {
        let first = words[position - 1]
        let second = words[position]
        guard second.isAdjacent, first.isWord, second.isWord, second.isLowerCase, second.folded.count >= 3,
          Self.isAbbreviation(first), !exceptFirstWords.contains(first), !exceptSecond.contains(second)
        else { continue }
        let firstReadings = grammar.readings(first)
        guard !firstReadings.isKnown, firstReadings.closedClass == nil else { continue }
        let secondReadings = grammar.readings(second)
        guard secondReadings.isOnlyNoun, secondReadings.isReliable,
          !secondReadings.nouns.contains(where: { $0.inflection.isGenitive }),
          !secondReadings.nouns.contains(where: { grammar.functionWords.isTimeNoun(lemma: $0.lemma) })
        else { continue }
        let joined = first.text + "-" + second.text
        let range = TextRange(first.range.lowerBound, second.range.upperBound)
        context.report(
          range: range, values: [("suggestion", "”\(joined)”")],
          suggestions: [
            Suggestion(
              kind: .replacement, title: "Skriv ihop med bindestreck: ”\(joined)”",
              edit: TextEdit(range: range, newText: joined))
          ])
      }
    }
  }

  /// Whether the word is written in capitals only, with as many letters as an abbreviation has.
  static func isAbbreviation(_ word: GrammarWord) -> Bool {
    guard word.isCapitalized, abbreviationLetters.contains(word.text.count) else { return false }
    return word.text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
  }
}
