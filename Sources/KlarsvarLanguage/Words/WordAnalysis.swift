/// One reading of a word form: its lemma, word class and features.
public struct WordAnalysis: Sendable, Hashable, CustomStringConvertible {
  public var lemma: String
  public var partOfSpeech: PartOfSpeech
  public var inflection: Inflection
  /// Gender of a noun.
  public var gender: Gender?
  /// A deponent verb (*hoppas*, *finnas*): its s-forms are active.
  public var isDeponent: Bool

  public init(
    lemma: String, partOfSpeech: PartOfSpeech, inflection: Inflection, gender: Gender? = nil,
    isDeponent: Bool = false
  ) {
    self.lemma = lemma
    self.partOfSpeech = partOfSpeech
    self.inflection = inflection
    self.gender = gender
    self.isDeponent = isDeponent
  }

  /// Whether a passive verb form (an s-form of a verb that is not deponent).
  public var isPassive: Bool { partOfSpeech == .verb && inflection.isSForm && !isDeponent }

  /// `lemma/inflection`, e.g. `få/past`.
  public var description: String { "\(lemma)/\(inflection.rawValue)" }
}
