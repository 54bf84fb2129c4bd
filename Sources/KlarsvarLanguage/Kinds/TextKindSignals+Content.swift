extension TextKindSignals {
  /// Genre phrases anywhere in the text (decision wording, complaints, dialogue, debate, FAQ, news verbs).
  func phraseSignals() -> [TextKindSignal] {
    let tokens = document.tokens[...]
    let lists: [(String, PhraseList, [TextKind: Double], Double)] = [
      ("decision-wording", letter.decisionPhrases, [.decision: 1.2], 5),
      ("appeal", letter.appealPhrases, [.decision: 2.5, .information: 0.3], 5),
      ("complaint", letter.complaintPhrases, [.citizenLetter: 2], 8),
      ("dialogue", letter.summaryPhrases, [.summary: 1.5], 7.5),
      ("debate", letter.opinionPhrases, [.opinion: 1, .newspaperReply: 0.3], 5),
      ("information", letter.informationPhrases, [.information: 1.2], 5),
      ("reporting", letter.newsPhrases, [.news: 1], 4),
    ]
    var signals: [TextKindSignal] = []
    for (name, list, weights, cap) in lists {
      let found = list.occurrences(in: tokens)
      guard !found.isEmpty else { continue }
      let perHit = weights.values.max() ?? 1
      let factor = min(Double(found.count) * perHit, cap) / perHit
      let evidence = found.prefix(3).map { String(document.text(of: $0)) }.joined(separator: ", ")
      signals.append(TextKindSignal(name: name, evidence: evidence, weights: weights.mapValues { $0 * factor }))
    }
    return signals
  }

  /// Headings inside the text, and headings that are questions (an FAQ).
  func headings() -> [TextKindSignal] {
    let lines = document.lines
    var headings: [Range<Int>] = []
    var questions: [Range<Int>] = []
    var decisionHeading: Range<Int>?
    for (index, line) in lines.enumerated() where !line.isEmpty {
      // Text follows, directly or after one blank line.
      let followed =
        (index + 1 < lines.count && !lines[index + 1].isEmpty)
        || (index + 2 < lines.count && lines[index + 1].isEmpty && !lines[index + 2].isEmpty)
      let alone = index == 0 || lines[index - 1].isEmpty
      if alone, followed, isHeading(line), document.tokens[line.lowerBound].folded == "beslut", decisionHeading == nil {
        decisionHeading = line
      }
      guard index > 0 else { continue }
      guard alone, followed else { continue }
      if isHeading(line) { headings.append(line) }
      let tokens = document.tokens[line]
      if tokens.last?.text == "?", tokens.filter(\.isWord).count <= 12 { questions.append(line) }
    }
    var signals: [TextKindSignal] = []
    if headings.count >= 2 {
      signals.append(
        TextKindSignal(
          name: "headings", evidence: "\(headings.count) rubriker",
          weights: [.information: 2, .summary: 1.5, .decision: 1]))
    }
    if let decision = decisionHeading {
      signals.append(signal("decision-heading", decision, [.decision: 2.5]))
    }
    if !questions.isEmpty {
      signals.append(
        TextKindSignal(
          name: "question-headings",
          evidence: questions.prefix(2).map { String(document.text(of: $0)) }.joined(separator: " / "),
          weights: [.information: 2.5 * Double(min(questions.count, 2))]))
    }
    return signals
  }

  /// Attributed quotations (a news item quotes officials).
  func quotations() -> [TextKindSignal] {
    let attributed = QuoteScanner(document: document, language: language).quotations().filter { $0.isAttributed }
    guard !attributed.isEmpty else { return [] }
    return [
      TextKindSignal(
        name: "attributed-quotations", evidence: "\(attributed.count) citat",
        weights: [.news: 2 * Double(min(attributed.count, 3)), .summary: 0.3])
    ]
  }
}
