import KlarsvarLanguage

/// The slot a word fills in a noun phrase: gender and number of the noun, and whether the phrase is
/// definite (after *den*, *det*, *de*, a possessive) — what an adjective or a noun must agree with.
struct AgreementSlot: Equatable {
  var gender: Gender?
  var isPlural: Bool
  var isDefinite: Bool

  /// The adjective cell this slot asks for.
  var adjectiveCell: Inflection {
    if isPlural || isDefinite { return .positiveDefinite }
    return gender == .neutrum ? .positiveNeut : .positiveUtr
  }

  /// The participle cell this slot asks for.
  var participleCell: Inflection {
    if isPlural || isDefinite { return .pastParticiplePlural }
    return gender == .neutrum ? .pastParticipleNeut : .pastParticipleUtr
  }
}

/// Agreement questions about the readings of one word.
enum AgreementForms {
  /// Whether some reading of an adjective-like word fits `slot`. Readings that are no adjective or
  /// participle (a noun, an adverb) count as fitting: the word may be something else than we think.
  static func fits(_ analyses: [WordAnalysis], _ slot: AgreementSlot) -> Bool {
    analyses.contains { reading in
      switch reading.inflection {
      case .positiveUtr: !slot.isPlural && !slot.isDefinite && slot.gender != .neutrum
      case .positiveNeut: !slot.isPlural && !slot.isDefinite && slot.gender != .utrum
      case .positiveDefinite, .superlativeDefinite: slot.isPlural || slot.isDefinite
      case .pastParticipleUtr: !slot.isPlural && !slot.isDefinite && slot.gender != .neutrum
      case .pastParticipleNeut: !slot.isPlural && !slot.isDefinite && slot.gender != .utrum
      case .pastParticiplePlural: slot.isPlural || slot.isDefinite
      default: true
      }
    }
  }

  /// Whether the word reads as an adjective or a participle in every reading (so its form tells).
  static func isAdjectival(_ readings: WordReadings) -> Bool {
    readings.isKnown && !readings.isFunctionWord
      && readings.analyses.allSatisfy { reading in
        reading.partOfSpeech == .adjective
          || (reading.partOfSpeech == .verb && reading.inflection.tense == .participle
            && reading.inflection != .presentParticiple)
          || (reading.partOfSpeech == .verb && reading.inflection == .past)
      }
      && readings.analyses.contains { $0.partOfSpeech == .adjective || $0.inflection.tense == .participle }
  }

  /// The form of an adjective or participle that fits `slot`, when the word has one lemma; for a compound
  /// (*föräldraledig*) the first part is kept.
  static func form(
    of word: String, readings: WordReadings, for slot: AgreementSlot, lexicon: Lexicon
  ) -> String? {
    let adjectival = readings.analyses.filter {
      $0.partOfSpeech == .adjective || $0.inflection.tense == .participle
    }
    guard let first = adjectival.first, adjectival.allSatisfy({ $0.lemma == first.lemma }) else { return nil }
    let cell = first.partOfSpeech == .adjective ? slot.adjectiveCell : slot.participleCell
    guard let form = lexicon.form(of: first.lemma, cell, first.partOfSpeech) else { return nil }
    return withModifier(of: word, readings: readings, lexicon: lexicon) + form
  }

  /// The form of a noun in `cell`, with the first part of a compound kept (*hemtjänstbeslutet*).
  static func nounForm(of word: String, readings: WordReadings, cell: Inflection, lexicon: Lexicon) -> String? {
    let nouns = readings.nouns
    guard let first = nouns.first, nouns.allSatisfy({ $0.lemma == first.lemma }),
      let form = lexicon.form(of: first.lemma, cell, .noun)
    else { return nil }
    return withModifier(of: word, readings: readings, lexicon: lexicon) + form
  }

  private static func withModifier(of word: String, readings: WordReadings, lexicon: Lexicon) -> String {
    guard readings.isCompound, let compound = lexicon.compound(word) else { return "" }
    return compound.modifier
  }
}
