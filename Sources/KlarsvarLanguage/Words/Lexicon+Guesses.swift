/// A word guess with the endings of every form its paradigm builds: *-era* with v1 gives *-erar*,
/// *-erade*, *-erat*, … each with its cell.
struct CompiledGuess: Sendable {
  let guess: WordGuess
  /// A form ending as bytes, its length in letters and its cell.
  struct FormEnding: Sendable {
    let bytes: [UInt8]
    let letters: Int
    let inflection: Inflection
  }

  /// Form endings, longest first; one ending may stand for several cells (*-erat*).
  let formEndings: [FormEnding]
  /// Letters of the lemma's ending.
  let lemmaLetters: Int
  /// The preferred ending of each cell (the paradigm's first alternative).
  let preferredEnding: [Inflection: String]

  init(_ guess: WordGuess, paradigms: [String: Paradigm]) throws(LanguageDataError) {
    guard let paradigm = paradigms[guess.paradigm] else {
      throw LanguageDataError(path: "/wordGuesses", message: "okänt böjningsmönster \"\(guess.paradigm)\"")
    }
    guard paradigm.partOfSpeech == guess.partOfSpeech else {
      throw LanguageDataError(
        path: "/wordGuesses",
        message:
          "böjningsmönstret \"\(guess.paradigm)\" är för \(paradigm.partOfSpeech.rawValue), inte \(guess.partOfSpeech.rawValue)"
      )
    }
    guard guess.ending.hasSuffix(paradigm.lemmaEnding) else {
      throw LanguageDataError(
        path: "/wordGuesses",
        message:
          "ändelsen \"-\(guess.ending)\" passar inte böjningsmönstret \"\(guess.paradigm)\" (grundformen slutar på \"-\(paradigm.lemmaEnding)\")"
      )
    }
    // A stem of letters no ending contains stands for every lemma with the ending.
    let stem = "\u{1}\u{1}\u{1}"
    var endings: [(String, Inflection)] = []
    for (cell, forms) in paradigm.forms(of: stem + guess.ending, explicit: [:]).sorted(by: { $0.key < $1.key }) {
      for form in forms where form.hasPrefix(stem) { endings.append((String(form.dropFirst(stem.count)), cell)) }
    }
    self.guess = guess
    var preferred: [Inflection: String] = [:]
    for (ending, cell) in endings where preferred[cell] == nil { preferred[cell] = ending }
    preferredEnding = preferred
    formEndings = endings.sorted { $0.0.utf8.count > $1.0.utf8.count }.map {
      FormEnding(bytes: Array($0.0.utf8), letters: $0.0.unicodeScalars.count, inflection: $0.1)
    }
    lemmaLetters = guess.ending.unicodeScalars.count
  }
}

extension Lexicon {
  /// Readings of a folded word the lexicon does not know, from the productive endings of the language data
  /// (*baserade* → *basera/past* and the participle); empty when no ending fits or the word is known.
  public func guessedAnalyses(of word: String) -> [WordAnalysis] {
    guard !guesses.isEmpty, formTable.id(of: word) == nil,
      word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
    else { return [] }
    // Bytes, not `String.hasSuffix`: every unknown word of a document comes here (perf).
    let bytes = Array(word.utf8)
    let letters = word.unicodeScalars.count
    var found: [WordAnalysis] = []
    for compiled in guesses {
      for form in compiled.formEndings
      where bytes.count > form.bytes.count && bytes.suffix(form.bytes.count).elementsEqual(form.bytes) {
        guard letters - form.letters + compiled.lemmaLetters >= compiled.guess.minimumLetters else { continue }
        let stem = String(decoding: bytes.dropLast(form.bytes.count), as: UTF8.self)
        let analysis = WordAnalysis(
          lemma: stem + compiled.guess.ending, partOfSpeech: compiled.guess.partOfSpeech,
          inflection: form.inflection, gender: compiled.guess.gender)
        if !found.contains(analysis) { found.append(analysis) }
      }
    }
    return found
  }

  /// The form of a guessed lemma (*fyrkantig* → *fyrkantigt*), by the first guess whose ending and word
  /// class fit; nil when none does.
  func guessedForm(of lemma: String, _ inflection: Inflection, _ partOfSpeech: PartOfSpeech) -> String? {
    for compiled in guesses
    where compiled.guess.partOfSpeech == partOfSpeech && lemma.hasSuffix(compiled.guess.ending)
      && lemma.count >= compiled.guess.minimumLetters
    {
      // Endings are sorted longest first; the cell's preferred form is the paradigm's first alternative.
      guard let ending = compiled.preferredEnding[inflection] else { return nil }
      return String(lemma.dropLast(compiled.guess.ending.count)) + ending
    }
    return nil
  }

  /// Number of word guesses loaded.
  public var guessCount: Int { guesses.count }
}
