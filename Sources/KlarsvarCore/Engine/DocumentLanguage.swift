import KlarsvarLanguage
import KlarsvarText

/// The language layer's view of one document, worked out lazily and at most once: rules ask for the
/// clauses of the few sentences their phrases hit, and for the document's kind and signature.
///
/// - Important: Belongs to one lint on one thread, like `DocumentScratch`.
final class DocumentLanguage {
  let language: SwedishLanguage
  private let text: TokenizedText
  /// Per engine sentence, what was worked out so far (arrays, not dictionaries: a lookup per rule match
  /// showed up in profiles). Allocated at the first question.
  private var sentences: [LanguageSentence?] = []
  private var clauseStorage: [[Clause]?] = []
  private var expressionStorage: [[ExpressionSpan]?] = []

  init(language: SwedishLanguage, text: TokenizedText) {
    self.language = language
    self.text = text
  }

  /// The whole text as the language layer reads it, for the quoted spans (the debug view).
  private(set) lazy var document = LanguageDocument(text: text.source.string)

  /// The whole text reduced to what the kind detector reads (no strings, one pass over the bytes).
  private lazy var outline = TextOutline(utf8: text.source.utf8, language: language)

  private(set) lazy var signature: Signature? = language.signature(of: outline)

  private(set) lazy var quotedSpans: [QuotedSpan] = language.quotedSpans(in: document)

  /// The kind the text's signals point to.
  private(set) lazy var detectedKind: TextKindResult = language.textKind(of: outline)

  /// The engine's sentence `index` in the layer's tokens (punctuation included), with document offsets.
  func sentence(_ index: Int) -> LanguageSentence {
    if sentences.isEmpty { sentences = Array(repeating: nil, count: text.sentences.count) }
    if let known = sentences[index] { return known }
    let range = text.sentences[index].range
    var tokens = LanguageTokenizer.tokenize(utf8: text.source.utf8, range: range.lowerBound..<range.upperBound)
    // A quotation's dash or mark (*– Vi ska se över …, säger hon*) is no part of the first clause.
    let opening = tokens.prefix { $0.kind == .punctuation && Self.isOpeningMark($0.text) }.count
    tokens.removeFirst(opening)
    let sentence = LanguageSentence(tokens: tokens, paragraph: text.sentences[index].paragraph)
    sentences[index] = sentence
    return sentence
  }

  private static func isOpeningMark(_ text: String) -> Bool {
    switch text {
    case "–", "—", "-", "”", "\"", "»", "“", "„": true
    default: false
    }
  }

  /// The clauses of sentence `index`; their token indices point into `sentence(index).tokens`.
  func clauses(ofSentence index: Int) -> [Clause] {
    if clauseStorage.isEmpty { clauseStorage = Array(repeating: nil, count: text.sentences.count) }
    if let known = clauseStorage[index] { return known }
    let found = language.clauses(in: sentence(index))
    clauseStorage[index] = found
    return found
  }

  /// Time, owner and measure spans of sentence `index`.
  func expressions(ofSentence index: Int) -> [ExpressionSpan] {
    if expressionStorage.isEmpty { expressionStorage = Array(repeating: nil, count: text.sentences.count) }
    if let known = expressionStorage[index] { return known }
    let found = language.expressions(in: sentence(index))
    expressionStorage[index] = found
    return found
  }

  /// The clause of sentence `index` that holds the UTF-8 offset, with the sentence's tokens.
  func clause(containing offset: Int, inSentence index: Int) -> Clause? {
    let tokens = sentence(index).tokens
    guard let position = tokens.firstIndex(where: { $0.utf8Range.upperBound > offset }) else { return nil }
    let clauses = clauses(ofSentence: index)
    // A subject before an embedded clause (*Påståendet att hon skulle ha … saknar grund*) belongs to the
    // clause it is the subject of, not to the embedded one that follows it.
    if let owner = clauses.first(where: { $0.subject?.tokenRange.contains(position) ?? false }) { return owner }
    return clauses.first { $0.tokenRange.contains(position) }
  }
}
