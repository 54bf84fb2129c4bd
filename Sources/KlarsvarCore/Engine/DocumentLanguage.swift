import KlarsvarLanguage
import KlarsvarText

/// The language layer's view of one document, worked out lazily and at most once: rules ask for the
/// clauses of the few sentences their phrases hit, and for the document's kind and signature.
///
/// - Important: Belongs to one lint on one thread, like `DocumentScratch`.
final class DocumentLanguage {
  let language: SwedishLanguage
  private let text: TokenizedText
  private var sentences: [Int: LanguageSentence] = [:]
  private var clauseStorage: [Int: [Clause]] = [:]
  private var expressionStorage: [Int: [ExpressionSpan]] = [:]

  init(language: SwedishLanguage, text: TokenizedText) {
    self.language = language
    self.text = text
  }

  /// The whole text as the language layer reads it (kind of text, signature, quotations).
  private(set) lazy var document = LanguageDocument(text: text.source.string)

  private(set) lazy var signature: Signature? = language.signature(of: document)

  private(set) lazy var quotedSpans: [QuotedSpan] = language.quotedSpans(in: document)

  /// The kind the text's signals point to.
  private(set) lazy var detectedKind: TextKindResult = language.textKind(of: document)

  /// The engine's sentence `index` in the layer's tokens (punctuation included), with document offsets.
  func sentence(_ index: Int) -> LanguageSentence {
    if let known = sentences[index] { return known }
    let range = text.sentences[index].range
    let piece = text.source.text(in: range)
    var tokens = LanguageTokenizer.tokenize(piece).map { token -> LanguageToken in
      var shifted = token
      shifted.utf8Range =
        (token.utf8Range.lowerBound + range.lowerBound)..<(token.utf8Range.upperBound + range.lowerBound)
      return shifted
    }.filter { $0.kind != .lineBreak }
    // A quotation's dash or mark (*– Vi ska se över …, säger hon*) is no part of the first clause.
    let opening = tokens.prefix { $0.kind == .punctuation && Self.openingMarks.contains($0.text) }.count
    tokens.removeFirst(opening)
    let sentence = LanguageSentence(tokens: tokens, paragraph: text.sentences[index].paragraph)
    sentences[index] = sentence
    return sentence
  }

  private static let openingMarks: Set<Substring> = ["–", "—", "-", "”", "\"", "»", "“", "„"]

  /// The clauses of sentence `index`; their token indices point into `sentence(index).tokens`.
  func clauses(ofSentence index: Int) -> [Clause] {
    if let known = clauseStorage[index] { return known }
    let found = language.clauses(in: sentence(index))
    clauseStorage[index] = found
    return found
  }

  /// Time, owner and measure spans of sentence `index`.
  func expressions(ofSentence index: Int) -> [ExpressionSpan] {
    if let known = expressionStorage[index] { return known }
    let found = language.expressions(in: sentence(index))
    expressionStorage[index] = found
    return found
  }

  /// The clause of sentence `index` that holds the UTF-8 offset, with the sentence's tokens.
  func clause(containing offset: Int, inSentence index: Int) -> Clause? {
    let tokens = sentence(index).tokens
    guard let position = tokens.firstIndex(where: { $0.utf8Range.upperBound > offset }) else { return nil }
    return clauses(ofSentence: index).first { $0.tokenRange.contains(position) }
  }
}
