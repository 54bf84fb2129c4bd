extension TextKindSignals {
  /// Genre phrases anywhere in the text (decision wording, complaints, dialogue, debate, FAQ, news verbs).
  func phraseSignals() -> [TextKindSignal] {
    let lists: [(String, KindVocabulary.List, [TextKind: Double], Double)] = [
      ("answers-reader", .reply, [.reply: 1.5], 4.5),
      ("decision-wording", .decision, [.decision: 1.5], 6),
      ("appeal", .appeal, [.decision: 1.5, .information: 0.8], 4.5),
      ("complaint", .complaint, [.citizenLetter: 2], 8),
      ("dialogue", .summary, [.summary: 2], 8),
      ("debate", .opinion, [.opinion: 1, .newspaperReply: 0.3], 5),
      ("information", .information, [.information: 1.2], 6),
      ("reporting", .news, [.news: 1], 4),
    ]
    var signals: [TextKindSignal] = []
    for (name, list, weights, cap) in lists {
      // *Om din ansökan avslås …* explains what happens to anyone's application, *den nämnd som har
      // beslutat* names a body; a decision says it.
      // *När du skriver under ansökan …* tells any reader what to do; a reply says *du skriver att …*.
      let found =
        switch list {
        case .decision: phrases[list].filter { !isConditional($0) && !isRelative($0) }
        case .reply: readerAnswers
        // *som du säger*, *jag förklarar*: the writer and the reader talking, not a reporter's source.
        case .news: phrases[list].filter { !followsPersonalPronoun($0) }
        default: phrases[list]
        }
      guard !found.isEmpty else { continue }
      let perHit = weights.values.max() ?? 1
      let factor = min(Double(found.count) * perHit, cap) / perHit
      let evidence = found.prefix(3).map { outline.text(of: $0) }.joined(separator: ", ")
      signals.append(TextKindSignal(name: name, evidence: evidence, weights: weights.mapValues { $0 * factor }))
    }
    return signals
  }

  /// Whether a phrase stands in a clause opened by *om*, *ifall* or *när*, is followed by *om* (*beviljas
  /// om behovet inte kan tillgodoses*) or joined by *eller* to another outcome (*beviljas eller avslås*).
  /// The clause starts after the last comma or sentence mark of its line.
  private func isConditional(_ phrase: Range<Int>) -> Bool {
    let tokens = outline.tokens
    let next = phrase.upperBound < tokens.count ? tokens[phrase.upperBound].id : nil
    let previous = phrase.lowerBound > 0 ? tokens[phrase.lowerBound - 1].id : nil
    if next == vocabulary.conditionalOmID || next == vocabulary.orID || previous == vocabulary.orID { return true }
    return Self.standsInCondition(phrase, outline: outline, vocabulary: vocabulary)
  }

  /// Whether the clause a phrase stands in is opened by *om*, *ifall* or *när*; the clause starts after the
  /// last comma or sentence mark of its line.
  static func standsInCondition(_ phrase: Range<Int>, outline: TextOutline, vocabulary: KindVocabulary) -> Bool {
    let tokens = outline.tokens
    let lineStart = outline.line(containing: phrase.lowerBound)?.lowerBound ?? phrase.lowerBound
    var start = phrase.lowerBound
    while start > lineStart {
      let mark = tokens[start - 1].mark
      // `.` `!` `?` `:` `;` `,` end the clause before.
      if mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3A || mark == 0x3B || mark == 0x2C { break }
      start -= 1
    }
    guard let opener = (start..<phrase.lowerBound).first(where: { tokens[$0].isWord }) else { return false }
    return vocabulary.opensCondition(tokens[opener].id)
  }

  /// Whether the word before a phrase is *du*, *ni* or *jag* (or their other forms).
  private func followsPersonalPronoun(_ phrase: Range<Int>) -> Bool {
    let tokens = outline.tokens
    guard phrase.lowerBound > 0, tokens[phrase.lowerBound - 1].isWord else { return false }
    return vocabulary.address(tokens[phrase.lowerBound - 1].id) != .none
  }

  /// Whether a phrase follows a relative word (*som har beslutat*, *som beviljas*).
  private func isRelative(_ phrase: Range<Int>) -> Bool {
    let tokens = outline.tokens
    guard let previous = (0..<phrase.lowerBound).last(where: { tokens[$0].isWord }) else { return false }
    return vocabulary.opensRelativeClause(tokens[previous].id)
  }

  /// Headings inside the text, and headings that are questions (an FAQ).
  func headings() -> [TextKindSignal] {
    let lines = outline.lines
    let tokens = outline.tokens
    var headings = 0
    var questions: [Range<Int>] = []
    var askedQuestions: [Range<Int>] = []
    var decisionHeading: Range<Int>?
    let speech = Set(speechLineIndexes)
    for (index, line) in lines.enumerated() where !line.isEmpty {
      // Text follows, directly or after one blank line.
      let followed =
        (index + 1 < lines.count && !lines[index + 1].isEmpty)
        || (index + 2 < lines.count && lines[index + 1].isEmpty && !lines[index + 2].isEmpty)
      let alone = index == 0 || lines[index - 1].isEmpty
      guard alone, followed else { continue }
      let heading = isHeading(line)
      // A decision opens with its heading (*Beslut*, *Beslut om bistånd*); further down it is a section.
      if heading, decisionHeading == nil, titleStart(of: line) < line.upperBound,
        tokens[titleStart(of: line)].id == vocabulary.decisionHeadingID,
        openingLines.contains(line)
      {
        decisionHeading = line
      }
      guard index > 0 else { continue }
      if heading { headings += 1 }
      // A question answered by speech is an interviewer's (*Vad gör ni nu?* / *– Vi anställer fler.*).
      let answeredBySpeech = speech.contains(index + 1) || speech.contains(index + 2)
      if tokens[line.upperBound - 1].mark == 0x3F, outline.wordCount(line) <= 12, !answeredBySpeech {
        // A page answers its reader's questions (*Hur ansöker jag?*); a dialogue asked its participants
        // (*Vad gör dig otrygg?*).
        if line.contains(where: {
          vocabulary.address(tokens[$0].id) == .second || vocabulary.address(tokens[$0].id) == .plural
        }) {
          askedQuestions.append(line)
        } else {
          questions.append(line)
        }
      }
    }
    var signals: [TextKindSignal] = []
    if headings >= 2 {
      // A page that informs talks to its reader; subheadings in a text that never does may as well be a
      // report's (a news item's crossheads).
      let talksToReader = tokens.contains {
        let address = vocabulary.address($0.id)
        return address == .second || address == .plural
      }
      let weights: [TextKind: Double] =
        talksToReader
        ? [.information: 2, .summary: 1.5, .decision: 1] : [.information: 1.7, .summary: 1.5, .news: 1]
      signals.append(TextKindSignal(name: "headings", evidence: "\(headings) rubriker", weights: weights))
    }
    if let decision = decisionHeading {
      signals.append(signal("decision-heading", decision, [.decision: 4]))
    }
    if !askedQuestions.isEmpty {
      signals.append(
        TextKindSignal(
          name: "asked-questions",
          evidence: askedQuestions.prefix(2).map { outline.text(of: $0) }.joined(separator: " / "),
          weights: [.summary: 1.5 * Double(min(askedQuestions.count, 2)), .information: 0.5]))
    }
    if !questions.isEmpty {
      signals.append(
        TextKindSignal(
          name: "question-headings",
          evidence: questions.prefix(2).map { outline.text(of: $0) }.joined(separator: " / "),
          weights: [.information: 2.5 * Double(min(questions.count, 2))]))
    }
    return signals
  }

  /// Lines of speech after a dash (*– Vi har svårt att rekrytera, säger hon.*): a sentence of some
  /// length, where a list item is a few words.
  static func speechLines(in outline: TextOutline) -> [Int] {
    var found: [Int] = []
    for (index, line) in outline.lines.enumerated() where line.count > 1 {
      let mark = outline.tokens[line.lowerBound].mark
      guard mark == 0x2013 || mark == 0x2014, outline.tokens[line.lowerBound + 1].isCapitalized,
        outline.wordCount(line) >= 5
      else { continue }
      found.append(index)
    }
    return found
  }

  /// Speech after dashes: how a news item or an interview quotes people.
  func dashSpeech() -> [TextKindSignal] {
    let lines = speechLineIndexes
    guard let first = lines.first else { return [] }
    return [
      signal("dash-speech", outline.lines[first], [.news: 2 * Double(min(lines.count, 3)), .summary: 0.3])
    ]
  }

  /// Attributed quotations (a news item quotes officials).
  func quotations() -> [TextKindSignal] {
    let attributed = language.spokenQuotationCount(in: outline)
    guard attributed > 0 else { return [] }
    return [
      TextKindSignal(
        name: "attributed-quotations", evidence: "\(attributed) citat",
        weights: [.news: 2 * Double(min(attributed, 3)), .summary: 0.3])
    ]
  }
}
