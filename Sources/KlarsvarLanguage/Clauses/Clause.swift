/// A verb of a clause: where it is, its lemma and tense.
public struct ClauseVerb: Sendable, Hashable {
  /// Index of the verb token in the sentence.
  public var tokenIndex: Int
  /// Lemma; for a particle verb the whole lemma (*se över*).
  public var lemma: String
  public var tense: VerbTense
  /// An s-passive (*ses över*, *beviljas*) or *bli* + participle.
  public var isPassive: Bool
  /// Index of the particle token of a particle verb.
  public var particleIndex: Int?
}

/// An auxiliary of a clause (*ska*, *kommer att*, *har för avsikt att*).
public struct ClauseAuxiliary: Sendable, Hashable {
  /// Tokens of the auxiliary and its fixed words (*kommer att*), in the sentence.
  public var tokenRange: Range<Int>
  public var lemma: String
  public var auxiliaryClass: AuxiliaryClass
}

/// The subject of a clause.
public struct ClauseSubject: Sendable, Hashable {
  /// Tokens of the subject in the sentence (for a relative *som*-clause, the antecedent).
  public var tokenRange: Range<Int>
  public var person: SubjectPerson
  /// Taken from the clause before: *Vi ringer dig och bokar ett möte* (*bokar* has the subject *vi*).
  public var isInherited: Bool
}

/// Whether a clause is someone's speech reported in the text.
public enum SpeechRole: String, Sendable, Hashable {
  case none
  /// What someone said or wrote: *du skriver att **du inte har fått svar***, ***Vi gör vårt bästa**, säger hon*.
  case reported
  /// The clause that reports: ***du skriver** att …*, *…, **säger hon***.
  case reportingTag
}

/// A clause of a sentence with the features rules ask about.
public struct Clause: Sendable, Hashable {
  public var kind: ClauseKind
  /// Tokens of the clause in the sentence, its subordinator or conjunction included.
  public var tokenRange: Range<Int>
  /// A question: the sentence ends with *?*, or a main clause with the verb first (*Kan du ringa mig*) or
  /// an interrogative first (*Hur ansöker jag*).
  public var isQuestion: Bool
  /// A subject-less imperative: *Ring oss*, *Kontakta din handläggare*.
  public var isImperative: Bool
  /// The finite verb; for a clause without one (*för att få …*, *som vi fått*) the first verb, with tense
  /// infinitive or supine.
  public var finiteVerb: ClauseVerb?
  /// The lexical verb after the auxiliaries (the finite verb when there are none).
  public var mainVerb: ClauseVerb?
  public var auxiliaries: [ClauseAuxiliary]
  public var subject: ClauseSubject?
  /// The subject follows the finite verb (V2 inversion after a fronted part, or V1).
  public var hasInvertedSubject: Bool
  public var speech: SpeechRole
  /// For reported clauses: the tokens naming who reports (*hon*, *insändarskribenten*, *enligt X*'s X).
  public var reporter: Range<Int>?
  /// A forecast about amounts, not a promise: a third-person subject (or none found) with a trend verb
  /// (*antalet äldre ökar*, *det kommer att behövas fler platser*) or *bli*/*finnas* with a comparative of
  /// amount (*det kommer att bli fler äldre*, *behovet blir större*).
  public var isForecast = false

  /// Whether the clause has an auxiliary of the class.
  public func has(_ auxiliaryClass: AuxiliaryClass) -> Bool {
    auxiliaries.contains { $0.auxiliaryClass == auxiliaryClass }
  }

  /// Whether the main verb is passive.
  public var isPassive: Bool { mainVerb?.isPassive ?? finiteVerb?.isPassive ?? false }
}
