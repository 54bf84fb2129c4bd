/// One cell of a paradigm: the features of a word form. The raw values are the keys of the data files.
public enum Inflection: String, Sendable, Hashable, CaseIterable, Comparable {
  // Verbs.
  case infinitive, present, past, supine, imperative, presentParticiple
  case pastParticipleUtr, pastParticipleNeut, pastParticiplePlural
  case passiveInfinitive, passivePresent, passivePast, passiveSupine
  // Nouns.
  case singularIndefinite, singularDefinite, pluralIndefinite, pluralDefinite
  case singularIndefiniteGenitive, singularDefiniteGenitive, pluralIndefiniteGenitive, pluralDefiniteGenitive
  // Adjectives.
  case positiveUtr, positiveNeut, positiveDefinite, comparative, superlative, superlativeDefinite
  // Words that do not inflect.
  case base

  public static func < (lhs: Inflection, rhs: Inflection) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// The word class whose paradigms have this cell.
  public var partOfSpeech: PartOfSpeech? {
    switch self {
    case .infinitive, .present, .past, .supine, .imperative, .presentParticiple, .pastParticipleUtr,
      .pastParticipleNeut, .pastParticiplePlural, .passiveInfinitive, .passivePresent, .passivePast,
      .passiveSupine:
      .verb
    case .singularIndefinite, .singularDefinite, .pluralIndefinite, .pluralDefinite,
      .singularIndefiniteGenitive, .singularDefiniteGenitive, .pluralIndefiniteGenitive,
      .pluralDefiniteGenitive:
      .noun
    case .positiveUtr, .positiveNeut, .positiveDefinite, .comparative, .superlative, .superlativeDefinite:
      .adjective
    case .base: nil
    }
  }

  /// Tense or verb form of a verb cell (s-forms report the tense of their active counterpart).
  public var tense: VerbTense? {
    switch self {
    case .infinitive, .passiveInfinitive: .infinitive
    case .present, .passivePresent: .present
    case .past, .passivePast: .past
    case .supine, .passiveSupine: .supine
    case .imperative: .imperative
    case .presentParticiple, .pastParticipleUtr, .pastParticipleNeut, .pastParticiplePlural: .participle
    default: nil
    }
  }

  /// Whether a finite verb form (present, past, imperative).
  public var isFinite: Bool { tense == .present || tense == .past || tense == .imperative }

  /// Whether an s-form (passive, or the ordinary form of a deponent verb such as *hoppas*).
  public var isSForm: Bool {
    self == .passiveInfinitive || self == .passivePresent || self == .passivePast || self == .passiveSupine
  }

  /// The same cell in the other voice (`past` ↔ `passivePast`), for verbs.
  public var otherVoice: Inflection? {
    switch self {
    case .infinitive: .passiveInfinitive
    case .present: .passivePresent
    case .past: .passivePast
    case .supine: .passiveSupine
    case .passiveInfinitive: .infinitive
    case .passivePresent: .present
    case .passivePast: .past
    case .passiveSupine: .supine
    default: nil
    }
  }

  /// Noun number.
  public var isPlural: Bool {
    switch self {
    case .pluralIndefinite, .pluralDefinite, .pluralIndefiniteGenitive, .pluralDefiniteGenitive,
      .pastParticiplePlural:
      true
    default: false
    }
  }

  /// Noun or adjective definiteness (the adjective a-form counts as definite).
  public var isDefinite: Bool {
    switch self {
    case .singularDefinite, .pluralDefinite, .singularDefiniteGenitive, .pluralDefiniteGenitive,
      .positiveDefinite, .superlativeDefinite:
      true
    default: false
    }
  }

  public var isGenitive: Bool { genitiveBase != nil }

  /// The nominative cell of a genitive cell.
  public var genitiveBase: Inflection? {
    switch self {
    case .singularIndefiniteGenitive: .singularIndefinite
    case .singularDefiniteGenitive: .singularDefinite
    case .pluralIndefiniteGenitive: .pluralIndefinite
    case .pluralDefiniteGenitive: .pluralDefinite
    default: nil
    }
  }

  /// The genitive cell of a nominative noun cell.
  var genitive: Inflection? {
    switch self {
    case .singularIndefinite: .singularIndefiniteGenitive
    case .singularDefinite: .singularDefiniteGenitive
    case .pluralIndefinite: .pluralIndefiniteGenitive
    case .pluralDefinite: .pluralDefiniteGenitive
    default: nil
    }
  }
}

/// The tense or non-finite form of a verb.
public enum VerbTense: String, Sendable, Hashable {
  case present, past, supine, imperative, infinitive, participle
}
