/// What one token of a sentence can be, looked up once (one lexicon and one function-word probe).
struct TokenTag: Sendable {
  struct VerbForms: OptionSet, Sendable {
    let rawValue: UInt16
    static let present = VerbForms(rawValue: 1)
    static let past = VerbForms(rawValue: 2)
    static let imperative = VerbForms(rawValue: 4)
    static let infinitive = VerbForms(rawValue: 8)
    static let supine = VerbForms(rawValue: 16)
    static let participle = VerbForms(rawValue: 32)
    static let finite: VerbForms = [.present, .past]
  }

  var formID: Int32 = -1
  var verbForms: VerbForms = []
  var isNoun = false
  var isAdjective = false
  var pronoun: FunctionWords.Pronoun?
  var determiner: FunctionWords.Determiner?
  var isPreposition = false
  var isCoordinator = false
  var isSubordinator = false
  var isInterrogative = false
  var isSentenceAdverb = false
  var isParticle = false
  /// *enligt*: names a source.
  var isReportingPreposition = false
  var isComma = false
  var isPunctuation = false
  var isCapitalized = false
  var isNumber = false
  /// Form id of the verb inside an unknown particle verb (*uppträder* → *träder*), and the prefix's letters.
  var prefixedVerbFormID: Int32 = -1
  var verbPrefixLetters: Int8 = 0
  /// Head of a compound (*socialförvaltningen* → *förvaltning*) for unknown words.
  var compoundHeadFormID: Int32 = -1

  /// Whether the token is a closed-class word that is never read as a verb (*för*, *om*, *men*).
  var isFunctionWord: Bool {
    pronoun != nil || determiner != nil || isPreposition || isCoordinator || isSubordinator || isInterrogative
  }
}

extension SwedishLanguage {
  /// The tags of a sentence's tokens.
  func tags(_ tokens: [LanguageToken]) -> [TokenTag] {
    var tags = [TokenTag](repeating: TokenTag(), count: tokens.count)
    for (index, token) in tokens.enumerated() {
      var tag = TokenTag()
      tag.isCapitalized = token.isCapitalized
      switch token.kind {
      case .punctuation, .lineBreak:
        tag.isPunctuation = true
        tag.isComma = token.text == ","
      case .number:
        tag.isNumber = true
      case .word, .email, .url:
        fill(&tag, token.folded)
      }
      tags[index] = tag
    }
    return tags
  }

  private func fill(_ tag: inout TokenTag, _ folded: String) {
    if let entry = functionWords.entry(folded) {
      tag.pronoun = entry.pronoun
      tag.determiner = entry.determiner
      tag.isPreposition = entry.isPreposition
      tag.isCoordinator = entry.isCoordinator
      tag.isSubordinator = entry.isSubordinator
      tag.isInterrogative = entry.isInterrogative
      tag.isSentenceAdverb = entry.isSentenceAdverb
      tag.isParticle = entry.isParticle
      tag.isReportingPreposition = entry.isReporting
    }
    var formID = lexicon.formID(of: folded)
    if formID == nil, tag.pronoun == nil, let head = lexicon.compoundHeadFormID(of: folded) {
      formID = head
      tag.compoundHeadFormID = head
      // A compound's head only tells the word class for nouns and adjectives (*hemtjänstbeslut*).
      if let formID {
        for reading in lexicon.readings(of: formID) {
          let pos = lexicon.records[Int(reading.record)].partOfSpeech
          if pos == .noun { tag.isNoun = true } else if pos == .adjective { tag.isAdjective = true }
        }
      }
      return
    }
    guard let formID else {
      if let (prefixLetters, restID, forms) = prefixedVerb(folded) {
        tag.prefixedVerbFormID = restID
        tag.verbPrefixLetters = prefixLetters
        tag.verbForms = forms
      }
      return
    }
    tag.formID = formID
    for reading in lexicon.readings(of: formID) {
      switch lexicon.records[Int(reading.record)].partOfSpeech {
      case .noun: tag.isNoun = true
      case .adjective: tag.isAdjective = true
      case .verb: tag.verbForms.formUnion(Self.verbForms(reading.inflection))
      default: break
      }
    }
  }

  /// The reading of an unknown word made of a bound particle and a known verb form (*uppträder* = *upp* +
  /// *träder*): the prefix's letters, the rest's form id and its verb forms. Only when the rest is a verb
  /// and nothing else, so *av* + *gift* stays unread.
  private func prefixedVerb(_ folded: String) -> (Int8, Int32, TokenTag.VerbForms)? {
    for prefix in functionWords.verbPrefixes where folded.hasPrefix(prefix) {
      let rest = String(folded.dropFirst(prefix.count))
      guard rest.count >= 3, let restID = lexicon.formID(of: rest) else { continue }
      let readings = lexicon.readings(of: restID)
      guard readings.allSatisfy({ lexicon.records[Int($0.record)].partOfSpeech == .verb }) else { continue }
      var forms: TokenTag.VerbForms = []
      for reading in readings { forms.formUnion(Self.verbForms(reading.inflection)) }
      return (Int8(prefix.count), restID, forms)
    }
    return nil
  }

  static func verbForms(_ inflection: Inflection) -> TokenTag.VerbForms {
    switch inflection.tense {
    case .present: .present
    case .past: .past
    case .imperative: .imperative
    case .infinitive: .infinitive
    case .supine: .supine
    case .participle: .participle
    case nil: []
    }
  }
}
