import KlarsvarText

/// A part the letter must have near its start or end: a greeting, a closing, contact details.
/// A part at the end (the closing) is where inserted paragraphs go before.
struct StructureRule: InsertionAnchoring {
  static let typeName = "structure"

  enum Role: UInt8, RuleRole {
    /// The phrases among the items that make up the part.
    case item
  }

  enum Edge: String, CaseIterable {
    case start, end
  }

  /// What a parsed signature block must show to satisfy the rule by itself (`"signature"`): a named
  /// person (*Anna Lind (S), ordförande i socialnämnden*) or a contact route (phone, e-mail, web).
  enum SignatureNeed: String, CaseIterable {
    case namedPerson = "named-person"
    case contact
  }

  let items: [EvidenceItem]
  let signature: SignatureNeed?
  let edge: Edge
  let paragraphs: Int
  /// Labels of a published answer for this rule alone; nil: the language data's (`letter.answerLabels`).
  let answerLabels: AnswerLabels?
  let template: String?

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    items = try builder.evidenceItems(
      try reader.array("anyOf"), path: reader.child("anyOf"), role: Role.item, group: 0)
    signature = try reader.has("signature") ? reader.choice("signature", as: SignatureNeed.self) : nil
    var within = try JSONObjectReader(try reader.value("within"), path: reader.child("within"))
    edge = try within.choice("from", as: Edge.self)
    guard let count = try within.optionalInt("paragraphs"), count >= 1 else {
      throw JSONObjectReader.Failure(path: within.child("paragraphs"), message: "ska vara ett heltal ≥ 1")
    }
    paragraphs = count
    answerLabels = try within.optionalStringArray("answerLabels").map(AnswerLabels.init)
    try within.finish()
    template = try reader.optionalString("template").map {
      try builder.renderTemplate($0, path: reader.child("template"))
    }
  }

  private func signatureSatisfies(_ context: RuleCheckContext) -> Bool {
    guard let signature, let parsed = context.scratch.language.signature else { return false }
    switch signature {
    case .namedPerson: return parsed.isSignedByNamedPerson
    case .contact: return parsed.hasContactRoute
    }
  }

  /// Paragraph indices the item must appear in, from paragraph `first` at the start edge, skipping
  /// paragraphs that only quote the reader.
  /// An array: it holds at most `paragraphs` indices (ascending from the start edge, descending from the end).
  func window(in text: TokenizedText, from first: Int? = nil) -> [Int] {
    func isOwn(_ index: Int) -> Bool {
      let paragraph = text.paragraphs[index]
      let sentences = text.sentences[paragraph.sentenceRange]
      return sentences.contains { sentence in text.tokens[sentence.tokenRange].contains { !$0.isQuoted } }
    }
    // Only the paragraphs at the edge are looked at, not every paragraph of the letter.
    var window: [Int] = []
    window.reserveCapacity(paragraphs)
    let count = text.paragraphs.count
    let first = edge == .start ? first ?? 0 : 0
    for step in first..<count {
      if window.count == paragraphs { break }
      let index = edge == .start ? step : count - 1 - step + first
      if isOwn(index) { window.append(index) }
    }
    return window
  }

  /// The text from the first to the last paragraph of the window (where searches need to look).
  private func span(of window: [Int], in text: TokenizedText) -> TextRange? {
    guard let first = window.min(), let last = window.max() else { return nil }
    return TextRange(text.paragraphs[first].range.lowerBound, text.paragraphs[last].range.upperBound)
  }

  func check(_ context: inout RuleCheckContext) {
    let text = context.text
    guard !text.paragraphs.isEmpty else { return }
    // At the start, the letter begins after a published question (the rule's or the language's labels).
    let answerStart = answerLabels.map { $0.answerStart(in: text) } ?? context.scratch.readerQuestionParagraph
    let openingIndex = edge == .start ? answerStart ?? 0 : 0
    let window = window(in: text, from: openingIndex)
    // The predicate reads only the paragraphs: capturing the context would copy it for every check.
    let paragraphs = text.paragraphs
    let found = context.hasOccurrence(
      of: items, group: 0, role: Role.item, within: span(of: window, in: text), nearEnd: edge == .end
    ) { range in
      TokenizedText.paragraphIndex(containing: range.lowerBound, in: paragraphs).map(window.contains) ?? false
    }
    if found || signatureSatisfies(context) { return }
    let opening = text.paragraphs[openingIndex]
    let anchor =
      edge == .start
      ? text.sentences[opening.sentenceRange].first?.range ?? text.sentences.first!.range
      : Self.lastLine(of: text.sentences.last!.range, in: text.source)
    var suggestions: [Suggestion] = []
    if let template {
      if edge == .start {
        let offset = opening.range.lowerBound
        suggestions.append(
          Suggestion(
            kind: .insertion, title: "Infoga ”\(MessageTemplate.display(template))”",
            edit: TextEdit(range: TextRange(offset, offset), newText: template + "\n\n")))
      } else {
        suggestions.append(context.insertion(template, title: "Infoga ”\(MessageTemplate.display(template))”"))
      }
    }
    context.report(range: anchor, suggestions: suggestions)
  }

  /// The last line of the text's last sentence: a part missing at the end (contact details, a name) is
  /// shown where it belongs, under the signature, not on the closing phrase, which is right as it is.
  static func lastLine(of sentence: TextRange, in source: SourceText) -> TextRange {
    let line = source.lineRange(source.line(containing: max(sentence.lowerBound, sentence.upperBound - 1)))
    let start = max(line.lowerBound, sentence.lowerBound)
    let end = min(line.upperBound, sentence.upperBound)
    return start < end ? TextRange(start, end) : sentence
  }

  /// The first paragraph of the end window holding one of the items (the closing).
  func insertionParagraph(in context: RuleCheckContext) -> Int? {
    guard edge == .end else { return nil }
    let window = window(in: context.text)
    return context.occurrences(of: items, group: 0, role: Role.item, within: span(of: window, in: context.text))
      .compactMap { context.paragraphIndex(containing: $0.lowerBound) }
      .filter(window.contains)
      .min()
  }
}
