import KlarsvarJSON
import Testing

@testable import KlarsvarLanguage

/// Word guesses: words the lexicon lacks, read by a productive ending, and forms built from a guessed lemma.
@Suite struct WordGuessTests {
  let lexicon = TestResources.language.lexicon

  /// Unknown form → a reading it must get (`lemma/inflection`).
  static let readings: [(String, String)] = [
    ("basera", "basera/infinitive"), ("baserar", "basera/present"), ("baserade", "basera/past"),
    ("baserat", "basera/supine"), ("baseras", "basera/passivePresent"), ("baserades", "basera/passivePast"),
    ("baserad", "basera/pastParticipleUtr"), ("formulera", "formulera/infinitive"),
    ("formulerar", "formulera/present"), ("formulerade", "formulera/past"), ("formulerat", "formulera/supine"),
    ("formuleras", "formulera/passivePresent"), ("formulerades", "formulera/passivePast"),
    ("formulerad", "formulera/pastParticipleUtr"), ("kategorisera", "kategorisera/infinitive"),
    ("kategoriserar", "kategorisera/present"), ("kategoriserade", "kategorisera/past"),
    ("kategoriserat", "kategorisera/supine"), ("kategoriseras", "kategorisera/passivePresent"),
    ("kategoriserades", "kategorisera/passivePast"), ("kategoriserad", "kategorisera/pastParticipleUtr"),
    ("konkretisera", "konkretisera/infinitive"), ("konkretiserar", "konkretisera/present"),
    ("konkretiserade", "konkretisera/past"), ("konkretiserat", "konkretisera/supine"),
    ("konkretiseras", "konkretisera/passivePresent"), ("konkretiserades", "konkretisera/passivePast"),
    ("konkretiserad", "konkretisera/pastParticipleUtr"), ("stimulera", "stimulera/infinitive"),
    ("stimulerar", "stimulera/present"), ("stimulerade", "stimulera/past"), ("stimulerat", "stimulera/supine"),
    ("stimuleras", "stimulera/passivePresent"), ("stimulerades", "stimulera/passivePast"),
    ("stimulerad", "stimulera/pastParticipleUtr"), ("mobilisera", "mobilisera/infinitive"),
    ("mobiliserar", "mobilisera/present"), ("mobiliserade", "mobilisera/past"), ("mobiliserat", "mobilisera/supine"),
    ("mobiliseras", "mobilisera/passivePresent"), ("mobiliserades", "mobilisera/passivePast"),
    ("mobiliserad", "mobilisera/pastParticipleUtr"), ("integrera", "integrera/infinitive"),
    ("integrerar", "integrera/present"), ("integrerade", "integrera/past"), ("integrerat", "integrera/supine"),
    ("integreras", "integrera/passivePresent"), ("integrerades", "integrera/passivePast"),
    ("integrerad", "integrera/pastParticipleUtr"), ("generera", "generera/infinitive"),
    ("genererar", "generera/present"), ("genererade", "generera/past"), ("genererat", "generera/supine"),
    ("genereras", "generera/passivePresent"), ("genererades", "generera/passivePast"),
    ("genererad", "generera/pastParticipleUtr"), ("fyrkantig", "fyrkantig/positiveUtr"),
    ("fyrkantigt", "fyrkantig/positiveNeut"), ("fyrkantiga", "fyrkantig/positiveDefinite"),
    ("otillräcklig", "otillräcklig/positiveUtr"), ("otillräckligt", "otillräcklig/positiveNeut"),
    ("otillräckliga", "otillräcklig/positiveDefinite"), ("osympatisk", "osympatisk/positiveUtr"),
    ("osympatiskt", "osympatisk/positiveNeut"), ("osympatiska", "osympatisk/positiveDefinite"),
    ("pedagogisk", "pedagogisk/positiveUtr"), ("pedagogiskt", "pedagogisk/positiveNeut"),
    ("pedagogiska", "pedagogisk/positiveDefinite"), ("byråkratisk", "byråkratisk/positiveUtr"),
    ("byråkratiskt", "byråkratisk/positiveNeut"), ("byråkratiska", "byråkratisk/positiveDefinite"),
    ("realistisk", "realistisk/positiveUtr"), ("realistiskt", "realistisk/positiveNeut"),
    ("realistiska", "realistisk/positiveDefinite"), ("obegriplighet", "obegriplighet/singularIndefinite"),
    ("obegripligheten", "obegriplighet/singularDefinite"), ("obegripligheter", "obegriplighet/pluralIndefinite"),
    ("obegripligheterna", "obegriplighet/pluralDefinite"), ("otydlighet", "otydlighet/singularIndefinite"),
    ("otydligheten", "otydlighet/singularDefinite"), ("otydligheter", "otydlighet/pluralIndefinite"),
    ("otydligheterna", "otydlighet/pluralDefinite"), ("ovisshet", "ovisshet/singularIndefinite"),
    ("ovissheten", "ovisshet/singularDefinite"), ("ovissheter", "ovisshet/pluralIndefinite"),
    ("ovissheterna", "ovisshet/pluralDefinite"), ("delaktighet", "delaktighet/singularIndefinite"),
    ("delaktigheten", "delaktighet/singularDefinite"), ("delaktigheter", "delaktighet/pluralIndefinite"),
    ("delaktigheterna", "delaktighet/pluralDefinite"), ("konsultation", "konsultation/singularIndefinite"),
    ("konsultationen", "konsultation/singularDefinite"), ("konsultationer", "konsultation/pluralIndefinite"),
    ("konsultationerna", "konsultation/pluralDefinite"), ("övervakning", "övervakning/singularIndefinite"),
    ("övervakningen", "övervakning/singularDefinite"), ("övervakningar", "övervakning/pluralIndefinite"),
    ("övervakningarna", "övervakning/pluralDefinite"), ("inskolning", "inskolning/singularIndefinite"),
    ("inskolningen", "inskolning/singularDefinite"), ("inskolningar", "inskolning/pluralIndefinite"),
    ("inskolningarna", "inskolning/pluralDefinite"), ("omorganisering", "omorganisering/singularIndefinite"),
    ("omorganiseringen", "omorganisering/singularDefinite"), ("omorganiseringar", "omorganisering/pluralIndefinite"),
    ("omorganiseringarna", "omorganisering/pluralDefinite"),
  ]

  /// Guessed lemma, cell → the form built for a suggestion.
  static let forms: [(String, Inflection, String)] = [
    ("fyrkantig", .positiveNeut, "fyrkantigt"), ("osympatisk", .positiveDefinite, "osympatiska"),
    ("basera", .past, "baserade"), ("basera", .supine, "baserat"), ("inskolning", .pluralDefinite, "inskolningarna"),
  ]

  /// Words that must get no guess: known words keep their own readings, short words and other endings
  /// are not guessed.
  static let unguessed = ["krig", "stig", "fisk", "disk", "era", "hera", "kamrat", "xyzzy", "lvu"]

  @Test func guessedReadings() {
    var outcomes: [AccuracyOutcome] = []
    for (form, reading) in Self.readings {
      let found = lexicon.guessedAnalyses(of: form).map(\.description)
      outcomes.append(
        .init(input: form, expected: reading, actual: found.contains(reading) ? reading : found.joined(separator: " ")))
    }
    for (lemma, cell, form) in Self.forms {
      outcomes.append(.init(input: "\(lemma) \(cell)", expected: form, actual: lexicon.form(of: lemma, cell) ?? "–"))
    }
    for word in Self.unguessed {
      let found = lexicon.guessedAnalyses(of: word).map(\.description)
      outcomes.append(.init(input: "inte: \(word)", expected: "–", actual: found.isEmpty ? "–" : found.joined()))
    }
    expectAccuracy("ordgissningar", outcomes, floor: 1.0)
  }

  @Test func knownWordsAreNeverGuessed() {
    // *kontakta* and *rolig* are in the lexicon: their own readings decide, not the ending.
    #expect(lexicon.guessedAnalyses(of: "kontaktade").isEmpty)
    #expect(lexicon.guessedAnalyses(of: "beslut").isEmpty)
    #expect(!lexicon.analyses(of: "kontaktade").isEmpty)
  }

  @Test func guessesAreCheckedAgainstTheirParadigm() throws {
    var resources = LanguageResources()
    try resources.add(
      JSONValue.object([
        "paradigms": .object([
          "v1": .object([
            "partOfSpeech": .string("verb"), "lemmaEnding": .string("a"),
            "forms": .object(["infinitive": .string(""), "past": .string("-a+ade")]),
          ])
        ])
      ]))
    let wrongClass = JSONValue.object([
      "wordGuesses": .array([
        .object(["ending": .string("isk"), "partOfSpeech": .string("adjective"), "paradigm": .string("v1")])
      ])
    ])
    try resources.add(wrongClass)
    #expect(throws: LanguageDataError.self) {
      _ = try Lexicon(paradigms: resources.paradigms, words: [], guesses: resources.wordGuesses)
    }
    let nounWithoutGender = JSONValue.object([
      "wordGuesses": .array([
        .object(["ending": .string("het"), "partOfSpeech": .string("noun"), "paradigm": .string("n3")])
      ])
    ])
    #expect(throws: LanguageDataError.self) { _ = try WordGuessList(json: nounWithoutGender) }
    let good = JSONValue.object([
      "wordGuesses": .array([
        .object([
          "ending": .string("era"), "partOfSpeech": .string("verb"), "paradigm": .string("v1"),
          "minimumLetters": .int(6),
        ])
      ])
    ])
    let lexicon = try Lexicon(paradigms: resources.paradigms, words: [], guesses: [try WordGuessList(json: good)])
    #expect(lexicon.guessedAnalyses(of: "baserade").map(\.description) == ["basera/past"])
    #expect(lexicon.guessedAnalyses(of: "era").isEmpty)
  }
}
