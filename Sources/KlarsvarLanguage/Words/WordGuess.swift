import KlarsvarJSON

/// A productive ending that tells the word class and inflection of a word the lexicon does not know:
/// *basera* → *baserade* is a verb of conjugation 1 like every verb on *-era*, *fyrkantig* an adjective
/// like every word on *-ig*. Only endings that almost never belong to another word class belong here.
public struct WordGuess: Sendable, Hashable {
  /// Ending of the lemma (*era*).
  public var ending: String
  public var partOfSpeech: PartOfSpeech
  /// Name of the paradigm that inflects every lemma with the ending.
  public var paradigm: String
  public var gender: Gender?
  /// Letters the lemma must have at least: short words with the ending are seldom of the class (*krig*).
  public var minimumLetters: Int

  static let keys: Set<String> = ["ending", "partOfSpeech", "paradigm", "gender", "minimumLetters", "note"]

  init(reader: JSONReader) throws(LanguageDataError) {
    let members = try reader.object(allowed: Self.keys)
    ending = CaseFolding.fold(try reader.required("ending", in: members).word())
    let pos = try reader.required("partOfSpeech", in: members)
    guard let partOfSpeech = PartOfSpeech(rawValue: try pos.string()) else {
      throw pos.error("okänd ordklass \"\(try pos.string())\" (tillåtna: verb, noun, adjective, adverb, other)")
    }
    self.partOfSpeech = partOfSpeech
    paradigm = try reader.required("paradigm", in: members).word()
    gender = nil
    if let genderReader = reader.optional("gender", in: members) {
      guard let gender = Gender(rawValue: try genderReader.string()) else {
        throw genderReader.error("okänt genus \"\(try genderReader.string())\" (tillåtna: utrum, neutrum)")
      }
      self.gender = gender
    }
    if partOfSpeech == .noun && gender == nil {
      throw reader.error("gissningen för substantiv på \"-\(ending)\" saknar \"gender\" (utrum eller neutrum)")
    }
    let minimum =
      try reader.optional("minimumLetters", in: members).map { reader throws(LanguageDataError) in
        let number = try reader.number()
        guard number == number.rounded(), number < 100 else { throw reader.error("ska vara ett heltal") }
        return Int(number)
      } ?? ending.count + 3
    guard minimum > ending.count else {
      throw reader.error("\"minimumLetters\" måste vara större än ändelsens längd (\(ending.count))")
    }
    minimumLetters = minimum
    _ = try reader.optional("note", in: members)?.string()
  }
}

/// The entries of one `"wordGuesses"` data file.
public struct WordGuessList: Sendable {
  public var guesses: [WordGuess]

  public init(guesses: [WordGuess] = []) {
    self.guesses = guesses
  }

  /// Decodes a pack data file whose only key is `"wordGuesses"` (a list of entries).
  ///
  /// - Throws: `LanguageDataError` naming the JSON path; paradigm names are checked by `Lexicon`.
  public init(json: JSONValue) throws(LanguageDataError) {
    let root = try JSONReader.topLevel(json, key: "wordGuesses")
    guesses = []
    for index in try root.array().indices { guesses.append(try WordGuess(reader: root.child(index))) }
  }
}
