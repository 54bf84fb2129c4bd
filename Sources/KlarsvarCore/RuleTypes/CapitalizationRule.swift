import KlarsvarLanguage
import KlarsvarText

/// Capital letters where Swedish has none, or none where it has one:
///
/// - `sentence-start`: a sentence after a full stop, question or exclamation mark on the same line that
///   starts with a lower-case word the lexicon knows (*… i sitt hem. det får inte …*);
/// - `after-comma`: a common word with a capital letter after a comma, where the sentence goes on
///   (*… i kommunens system, Inloggning sker …*); names, institutions, lists of capitalised items and
///   signature lines are left alone;
/// - `words`: words written in lower case in Swedish (months, weekdays) with a capital letter
///   inside a sentence (*i Februari*).
struct CapitalizationRule: RuleType {
  static let typeName = "capitalization"

  enum Check: String, CaseIterable {
    case sentenceStart = "sentence-start"
    case afterComma = "after-comma"
    case words
  }

  let check: Check
  /// For `words`: the words, in lower case.
  let lowerCaseWords: Set<String>
  /// For `sentence-start`: abbreviations whose full stop ends no sentence (*osv.*, *kl.*), folded,
  /// without the stop. Words of one or two letters and words with an inner stop count as such too.
  let abbreviations: Set<String>

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    check = try reader.choice("check", as: Check.self)
    lowerCaseWords = Set(try reader.optionalStringArray("words") ?? [])
    abbreviations = Set(try reader.optionalStringArray("abbreviations") ?? [])
    if check == .words && lowerCaseWords.isEmpty {
      throw JSONObjectReader.Failure(path: reader.child("words"), message: "\"words\" krävs för \"words\"")
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let language = context.scratch.language.language
    for index in context.text.sentences.indices {
      switch check {
      case .sentenceStart:
        checkSentenceStarts(index, language: language, &context)
      case .afterComma:
        let words = context.scratch.grammar.sentence(index).words
        for position in words.indices.dropFirst() where words[position].followsComma && words[position].isWord {
          let word = words[position]
          guard word.isCapitalized, word.text.dropFirst() == word.folded.dropFirst(), words[position - 1].isLowerCase,
            position + 1 < words.count, words[position + 1].isAdjacent, words[position + 1].isLowerCase,
            !language.functionWords.isCoordinator(words[position + 1].folded),
            words[position].gap == ",", isCommonWord(context.scratch.grammar.ownReadings(word), language)
          else { continue }
          report(word.range, word.folded, &context)
        }
      case .words:
        let words = context.scratch.grammar.sentence(index).words
        for position in words.indices.dropFirst() {
          let word = words[position]
          // *säger Maj Lätto*: a month or weekday before a capitalised word is a name; after one it may be
          // part of a name too, unless that word is capitalised only as the sentence's first (*Enligt*).
          let previousIsName =
            words[position - 1].isCapitalized && words[position - 1].kind == .word
            && !(position == 1 && isCommonWord(context.scratch.grammar.ownReadings(words[0]), language))
          guard word.isCapitalized, lowerCaseWords.contains(word.folded), word.gap.isEmpty || word.gap == ",",
            !previousIsName,
            position + 1 >= words.count || !words[position + 1].isAdjacent || !words[position + 1].isCapitalized
          else { continue }
          report(word.range, word.folded, &context)
        }
      }
    }
  }

  /// A sentence that starts with a lower-case word after a full stop, question or exclamation mark on the
  /// same line: at the start of one of the engine's sentences, or inside one (the engine's splitter
  /// does not end a sentence before a lower-case word).
  private func checkSentenceStarts(_ index: Int, language: SwedishLanguage, _ context: inout RuleCheckContext) {
    let bytes = context.text.source.utf8
    let grammar = context.scratch.grammar
    let words = grammar.sentence(index).words
    for position in words.indices where words[position].isWord {
      let word = words[position]
      if position == 0 {
        guard index > 0, endsSentenceOnSameLine(before: word.range.lowerBound, bytes: bytes) else { continue }
      } else {
        let previous = words[position - 1]
        guard [".", "!", "?"].contains(word.gap), previous.isWord, previous.text.count > 2,
          !previous.text.contains("."), !abbreviations.contains(previous.folded)
        else { continue }
      }
      guard let first = word.text.unicodeScalars.first, first.properties.isLowercase,
        !word.text.contains(where: \.isNumber), word.isLowerCase,
        grammar.ownReadings(word).isKnown
          || language.functionWords.pronoun(word.folded) != nil || language.functionWords.isPreposition(word.folded)
      else { continue }
      report(word.range, word.text.prefix(1).uppercased() + word.text.dropFirst(), &context)
    }
  }

  /// Whether a full stop, question or exclamation mark ends the text before `offset` on the same line
  /// (not an ellipsis, which may go on in lower case).
  private func endsSentenceOnSameLine(before offset: Int, bytes: [UInt8]) -> Bool {
    var index = offset - 1
    while index >= 0 && (bytes[index] == 0x20 || bytes[index] == 0x09) { index -= 1 }
    guard index >= 1, index < offset - 1 else { return false }
    switch bytes[index] {
    case 0x3F, 0x21: return true
    case 0x2E: return bytes[index - 1] != 0x2E && bytes[index - 1] >= 0x61
    default: return false
    }
  }

  /// A word of the lexicon or a function word, and no institution (*Socialtjänsten*) or name.
  private func isCommonWord(_ readings: WordReadings, _ language: SwedishLanguage) -> Bool {
    guard readings.isKnown || readings.isFunctionWord else { return false }
    return !readings.nouns.contains { language.functionWords.isSpeakerNoun(lemma: $0.lemma) }
  }

  private func report(_ range: TextRange, _ replacement: String, _ context: inout RuleCheckContext) {
    context.report(
      range: range, values: [("suggestion", "”\(replacement)”")],
      suggestions: [
        Suggestion(
          kind: .replacement, title: "Ersätt med ”\(replacement)”", edit: TextEdit(range: range, newText: replacement))
      ])
  }
}
