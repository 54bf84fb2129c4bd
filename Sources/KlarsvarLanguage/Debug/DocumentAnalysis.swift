/// Everything the layer finds in one document, sentence by sentence.
public struct DocumentAnalysis: Sendable {
  /// One sentence with its clauses and typed spans (token ranges relative to the sentence).
  public struct SentenceAnalysis: Sendable {
    public var sentence: LanguageSentence
    public var clauses: [Clause]
    public var expressions: [ExpressionSpan]
  }

  public var document: LanguageDocument
  public var sentences: [SentenceAnalysis]
  public var quotedSpans: [QuotedSpan]
  public var kind: TextKindResult
  public var signature: Signature?
}

extension SwedishLanguage {
  /// Runs every analysis on a document. `declaredKind` (front matter, configuration) wins over detection;
  /// without it, front matter in the text is read.
  public func analyse(_ document: LanguageDocument, declaredKind: TextKind? = nil) -> DocumentAnalysis {
    let sentences = document.sentences.map { sentence in
      DocumentAnalysis.SentenceAnalysis(
        sentence: sentence, clauses: clauses(in: sentence), expressions: expressions(in: sentence))
    }
    let declared = declaredKind ?? TextKind.declared(inFrontMatter: document.text)
    return DocumentAnalysis(
      document: document, sentences: sentences,
      quotedSpans: quotedSpans(in: document, clauses: sentences.map(\.clauses)),
      kind: textKind(of: document, declared: declared), signature: signature(of: document))
  }

  /// The debug dump of a text (what `klarsvar analyse FILE` prints): kind and signals, signature, quoted
  /// spans, then per sentence the lemmas, clauses and typed spans.
  public func describe(_ text: String, declaredKind: TextKind? = nil) -> String {
    AnalysisDescription(analysis: analyse(LanguageDocument(text: text), declaredKind: declaredKind), language: self)
      .render()
  }
}
