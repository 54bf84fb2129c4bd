/// Swedish word forms built from paradigm data: analyses of a form, the forms of a lemma, inflection of a
/// replacement like a matched word, and the head of a compound.
///
/// Built once from the `paradigms` and `words` files of every loaded pack (a municipality's pack adds
/// words and paradigms); every query is a table lookup.
public struct Lexicon: Sendable {
  struct Record: Sendable {
    var lemma: String
    var partOfSpeech: PartOfSpeech
    var gender: Gender?
    var isDeponent: Bool
    var forms: [Inflection: [String]]
    /// For a particle verb (*se över*): the particle words after the verb.
    var particle: String?
  }

  struct Reading: Sendable, Hashable {
    var record: Int32
    var inflection: Inflection
  }

  var records: [Record] = []
  var formTable = WordTable(capacity: 8192)
  var readings: [[Reading]] = []
  var recordsByLemma: [String: [Int32]] = [:]
  /// Verb lemma record → its particle verb records.
  var particleVerbs: [Int32: [Int32]] = [:]
  var compoundHeads = SuffixTrie()
  /// Productive endings for words the lexicon does not know, longest form ending first.
  var guesses: [CompiledGuess] = []

  /// Builds the lexicon.
  ///
  /// - Throws: `LanguageDataError` for an unknown paradigm or `like` word, a lemma without the paradigm's
  ///   ending, a missing required form, or a paradigm of another word class.
  public init(paradigms: [ParadigmSet], words: [WordList], guesses: [WordGuessList] = []) throws(LanguageDataError) {
    var allParadigms: [String: Paradigm] = [:]
    for set in paradigms { allParadigms.merge(set.paradigms) { _, new in new } }
    var builder = LexiconBuilder(paradigms: allParadigms, entries: words.flatMap(\.entries))
    for index in builder.entries.indices { _ = try builder.resolve(index) }
    for (index, entry) in builder.entries.enumerated() {
      let forms = builder.resolved[index] ?? [:]
      let particle = entry.lemma.firstIndex(of: " ").map { String(entry.lemma[entry.lemma.index(after: $0)...]) }
      add(
        Record(
          lemma: entry.lemma, partOfSpeech: entry.partOfSpeech, gender: builder.gender(index),
          isDeponent: builder.isDeponent(index), forms: forms, particle: particle))
    }
    self.guesses = try guesses.flatMap(\.guesses).map { guess throws(LanguageDataError) in
      try CompiledGuess(guess, paradigms: allParadigms)
    }
  }

  private mutating func add(_ record: Record) {
    let id = Int32(records.count)
    records.append(record)
    recordsByLemma[record.lemma, default: []].append(id)
    if let particle = record.particle {
      let head = String(record.lemma.dropLast(particle.count + 1))
      if let headID = recordsByLemma[head]?.first(where: { records[Int($0)].partOfSpeech == .verb }) {
        particleVerbs[headID, default: []].append(id)
      }
      return
    }
    for (cell, alternatives) in record.forms.sorted(by: { $0.key < $1.key }) {
      for form in alternatives {
        let formID = Int(formTable.insert(form))
        if formID == readings.count { readings.append([]) }
        let reading = Reading(record: id, inflection: cell)
        if !readings[formID].contains(reading) { readings[formID].append(reading) }
        if record.partOfSpeech == .noun || record.partOfSpeech == .adjective {
          compoundHeads.insert(form, id: Int32(formID))
        }
      }
    }
  }

  /// Number of lemmas (particle verbs included).
  public var lemmaCount: Int { records.count }
  /// Number of distinct word forms.
  public var formCount: Int { formTable.count }

  /// All lemmas, in data order.
  public var lemmas: [String] { records.map(\.lemma) }

  func analysis(_ reading: Reading) -> WordAnalysis {
    let record = records[Int(reading.record)]
    return WordAnalysis(
      lemma: record.lemma, partOfSpeech: record.partOfSpeech, inflection: reading.inflection,
      gender: record.gender, isDeponent: record.isDeponent)
  }
}
