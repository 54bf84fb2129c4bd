import KlarsvarJSON

/// One entry of a `"words"` data file, as written (forms are built by `Lexicon`).
public struct WordEntry: Sendable, Hashable {
  public var lemma: String
  public var partOfSpeech: PartOfSpeech
  /// Name of the paradigm; nil when the word inflects `like` another.
  public var paradigm: String?
  public var gender: Gender?
  /// Forms given explicitly; they win over the paradigm's rules. The first alternative is preferred.
  public var forms: [Inflection: [String]]
  /// Lemma of a word this one inflects like: a compound's last part (*erhålla* like *hålla*) or the verb
  /// of a particle verb (*se över* like *se*).
  public var like: String?
  /// A deponent verb (*hoppas*): only its s-forms exist, and they are active.
  public var isDeponent: Bool
  /// JSON path of the entry, for errors found when the lexicon is built.
  var path: String

  static let keys: Set<String> = ["lemma", "partOfSpeech", "paradigm", "gender", "forms", "like", "deponent", "note"]

  init(reader: JSONReader) throws(LanguageDataError) {
    let members = try reader.object(allowed: Self.keys)
    path = reader.path
    lemma = CaseFolding.fold(try reader.required("lemma", in: members).word())
    let pos = try reader.required("partOfSpeech", in: members)
    guard let partOfSpeech = PartOfSpeech(rawValue: try pos.string()) else {
      throw pos.error("okänd ordklass \"\(try pos.string())\" (tillåtna: verb, noun, adjective, adverb, other)")
    }
    self.partOfSpeech = partOfSpeech
    paradigm = try reader.optional("paradigm", in: members)?.word()
    like = try reader.optional("like", in: members)?.word()
    isDeponent = try reader.optional("deponent", in: members)?.bool() ?? false
    _ = try reader.optional("note", in: members)?.string()
    gender = nil
    if let genderReader = reader.optional("gender", in: members) {
      guard let gender = Gender(rawValue: try genderReader.string()) else {
        throw genderReader.error("okänt genus \"\(try genderReader.string())\" (tillåtna: utrum, neutrum)")
      }
      self.gender = gender
    }
    forms = [:]
    if let formsReader = reader.optional("forms", in: members) {
      for key in try formsReader.object().keys.sorted() {
        let cell = try Paradigm.cell(key, partOfSpeech, formsReader.child(key))
        forms[cell] = try formsReader.child(key).strings().map { CaseFolding.fold($0) }
      }
    }
    try validate(reader)
  }

  private func validate(_ reader: JSONReader) throws(LanguageDataError) {
    if paradigm == nil && like == nil && forms.isEmpty && partOfSpeech != .adverb && partOfSpeech != .other {
      throw reader.error("ordet \"\(lemma)\" behöver \"paradigm\", \"like\" eller \"forms\"")
    }
    if partOfSpeech == .noun && gender == nil && like == nil {
      throw reader.error("substantivet \"\(lemma)\" saknar \"gender\" (utrum eller neutrum)")
    }
    if isDeponent && (partOfSpeech != .verb || !lemma.hasSuffix("s")) {
      throw reader.error("bara verb på -s kan vara deponens (\"\(lemma)\")")
    }
  }
}

/// The entries of one `"words"` data file.
public struct WordList: Sendable {
  public var entries: [WordEntry]

  public init(entries: [WordEntry] = []) {
    self.entries = entries
  }

  /// Decodes a pack data file whose only key is `"words"` (a list of entries).
  ///
  /// - Throws: `LanguageDataError` naming the JSON path. Paradigm names are checked by `Lexicon`,
  ///   which sees the paradigms of every pack.
  public init(json: JSONValue) throws(LanguageDataError) {
    let root = try JSONReader.topLevel(json, key: "words")
    entries = []
    for index in try root.array().indices { entries.append(try WordEntry(reader: root.child(index))) }
  }
}
