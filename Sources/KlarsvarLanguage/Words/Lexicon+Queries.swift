extension Lexicon {
  /// Every reading of a folded word form (several when ambiguous), in data order; empty when unknown.
  public func analyses(of form: String) -> [WordAnalysis] {
    guard let id = formTable.id(of: form) else { return [] }
    return readings[Int(id)].map(analysis)
  }

  /// The id of a folded form, for callers that look a token up once and keep the id.
  func formID(of form: String) -> Int32? { formTable.id(of: form) }

  func readings(of formID: Int32) -> [Reading] { readings[Int(formID)] }

  /// Whether any reading of `form` satisfies `predicate`, without building `WordAnalysis` values.
  func hasReading(_ form: String, where predicate: (PartOfSpeech, Inflection) -> Bool) -> Bool {
    guard let id = formTable.id(of: form) else { return false }
    return readings[Int(id)].contains { predicate(records[Int($0.record)].partOfSpeech, $0.inflection) }
  }

  /// Whether `lemma` is in the lexicon (optionally with the given word class).
  public func contains(lemma: String, _ partOfSpeech: PartOfSpeech? = nil) -> Bool {
    record(lemma, partOfSpeech) != nil
  }

  /// All forms of a lemma by cell; the first alternative of a cell is the preferred form.
  public func forms(of lemma: String, _ partOfSpeech: PartOfSpeech? = nil) -> [Inflection: [String]] {
    guard let id = record(lemma, partOfSpeech) else { return [:] }
    let record = records[Int(id)]
    guard let particle = record.particle else { return record.forms }
    return record.forms.mapValues { $0.map { $0 + " " + particle } }
  }

  /// The preferred form of `lemma` in `inflection` (for a lemma the lexicon does not know, built by the word
  /// guess of its ending), or nil when there is none.
  public func form(of lemma: String, _ inflection: Inflection, _ partOfSpeech: PartOfSpeech? = nil) -> String? {
    let wordClass = partOfSpeech ?? inflection.partOfSpeech
    if record(lemma, wordClass) != nil { return forms(of: lemma, wordClass)[inflection]?.first }
    return wordClass.flatMap { guessedForm(of: lemma, inflection, $0) }
  }

  /// Gender of a noun lemma.
  public func gender(of lemma: String) -> Gender? {
    record(lemma, .noun).flatMap { records[Int($0)].gender }
  }

  /// The particle verbs (*se över*, *följa upp*) whose verb is `verbLemma`, with their particle words.
  public func particleVerbs(of verbLemma: String) -> [(lemma: String, particle: String)] {
    guard let id = record(verbLemma, .verb), let verbs = particleVerbs[id] else { return [] }
    return verbs.map { (records[Int($0)].lemma, records[Int($0)].particle ?? "") }
  }

  func record(_ lemma: String, _ partOfSpeech: PartOfSpeech?) -> Int32? {
    recordsByLemma[lemma]?.first { partOfSpeech == nil || records[Int($0)].partOfSpeech == partOfSpeech }
  }
}
