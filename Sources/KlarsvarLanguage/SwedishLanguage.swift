import Foundation

/// Everything the layer knows about Swedish, built once from the packs' language data: word forms,
/// function words, expression patterns. Immutable and `Sendable`; share one instance (a class, so that
/// the analyses pass one reference around instead of copying the tables).
public final class SwedishLanguage: Sendable {
  public let lexicon: Lexicon
  public let functionWords: FunctionWords
  public let expressionGrammar: ExpressionGrammar
  /// Lexicon form ids of reporting verbs (*skriver*, *sa*), so sentences without one skip speech analysis.
  let reportingFormIDs: Set<Int32>
  /// Lemma-class bits of each lexicon record: (any form, definite forms).
  let recordClassBits: [(any: UInt64, definite: UInt64)]
  /// The letter vocabulary's phrase lists compiled for the kind detector.
  let kindVocabulary: KindVocabulary
  /// Role, body and first-name tests of the signature parser.
  let signatureWords: SignatureWords

  /// Builds the layer from decoded resources.
  ///
  /// - Throws: `LanguageDataError` naming the JSON path of the first problem.
  public init(resources: LanguageResources) throws(LanguageDataError) {
    lexicon = try Lexicon(paradigms: resources.paradigms, words: resources.words, guesses: resources.wordGuesses)
    functionWords = try FunctionWords(json: resources.functionWords)
    expressionGrammar = try ExpressionGrammar(json: resources.expressions)
    var reporting: Set<Int32> = []
    var bits: [(any: UInt64, definite: UInt64)] = []
    for record in lexicon.records {
      bits.append(
        record.partOfSpeech == .noun
          ? (
            expressionGrammar.lemmaBits(record.lemma, isDefinite: false),
            expressionGrammar.lemmaBits(record.lemma, isDefinite: true)
          )
          : (0, 0))
      guard record.partOfSpeech == .verb, record.particle == nil, functionWords.isReportingVerb(lemma: record.lemma)
      else {
        continue
      }
      for form in record.forms.values.joined() { if let id = lexicon.formID(of: form) { reporting.insert(id) } }
    }
    reportingFormIDs = reporting
    recordClassBits = bits
    kindVocabulary = KindVocabulary(
      letter: expressionGrammar.letter,
      conditionOpeners: functionWords.oneWordSubordinators(of: [.conditional, .temporal]),
      relativeOpeners: functionWords.oneWordSubordinators(of: [.relative]))
    signatureWords = SignatureWords(letter: expressionGrammar.letter, grammar: expressionGrammar)
  }

  /// A layer without data: knows no words, finds no clauses' verbs, detects kinds from layout alone.
  /// Building it cannot fail (there is nothing to decode), which a test checks.
  public static let empty: SwedishLanguage = {
    do { return try SwedishLanguage(resources: LanguageResources()) } catch { preconditionFailure("\(error)") }
  }()

  /// Loads every language data file of the given pack folders (later folders add to earlier ones).
  /// Whether a token is a reporting verb form or a reporting preposition (*enligt*).
  func isReporting(_ token: LanguageToken) -> Bool {
    guard token.kind == .word else { return false }
    if let id = lexicon.formID(of: token.folded), reportingFormIDs.contains(id) { return true }
    return functionWords.entry(token.folded)?.isReporting ?? false
  }

  public static func load(directories: [URL]) throws(LanguageDataError) -> SwedishLanguage {
    var resources = LanguageResources()
    for directory in directories { try resources.add(directory: directory) }
    return try SwedishLanguage(resources: resources)
  }

  public static func load(directory: URL) throws(LanguageDataError) -> SwedishLanguage {
    try load(directories: [directory])
  }
}
