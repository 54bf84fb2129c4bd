import Foundation

extension SwedishLanguage {
  /// The kind of a text from its signals; a `declared` kind (front matter, configuration) always wins.
  public func textKind(of document: LanguageDocument, declared: TextKind? = nil) -> TextKindResult {
    if let declared { return TextKindResult(declared: declared) }
    return textKind(of: TextOutline(text: document.text, language: self))
  }

  /// The kind of an outlined text from its signals.
  public func textKind(of outline: TextOutline) -> TextKindResult {
    let signals = TextKindSignals(outline: outline, language: self).all()
    var scores: [TextKind: Double] = [:]
    for signal in signals { scores.merge(signal.weights, uniquingKeysWith: +) }
    // Ties go to the more common kind, in declaration order.
    let ranked = TextKind.allCases.sorted { (scores[$0] ?? 0) > (scores[$1] ?? 0) }
    let best = scores[ranked[0]] ?? 0
    let second = scores[ranked[1]] ?? 0
    let confidence = best <= 0 ? 0 : best / (best + max(second, 0))
    return TextKindResult(kind: ranked[0], confidence: confidence, isDeclared: false, signals: signals, scores: scores)
  }
}

extension TextKindResult {
  init(declared: TextKind) {
    let signal = TextKindSignal(name: "declared", evidence: declared.rawValue, weights: [declared: 1])
    self.init(kind: declared, confidence: 1, isDeclared: true, signals: [signal], scores: [declared: 1])
  }
}

/// The observations the detector weighs; each function returns the signals of one concern.
struct TextKindSignals {
  let outline: TextOutline
  let language: SwedishLanguage
  /// Every phrase of every list in the text, found in one pass (non-overlapping per list).
  let phrases: KindPhrases
  var vocabulary: KindVocabulary { language.kindVocabulary }

  init(outline: TextOutline, language: SwedishLanguage) {
    self.outline = outline
    self.language = language
    phrases = KindPhrases(outline: outline, vocabulary: language.kindVocabulary)
  }

  func all() -> [TextKindSignal] {
    opening() + closingAndSignature() + address() + phraseSignals() + headings() + quotations()
  }

  /// The first non-empty lines: greeting, reply marker, headline.
  func opening() -> [TextKindSignal] {
    var lines: [Range<Int>] = []
    for line in outline.lines where !line.isEmpty {
      lines.append(line)
      if lines.count == 3 { break }
    }
    guard let first = lines.first else { return [] }
    var signals: [TextKindSignal] = []
    if phrases.longestMatch(.greetings, at: first.lowerBound, limit: first.upperBound) != nil {
      signals.append(signal("greeting", first, [.reply: 3, .citizenLetter: 2, .decision: 0.5]))
    } else if isHeading(first) {
      signals.append(
        signal("headline", first, [.opinion: 1, .news: 1, .newspaperReply: 0.5, .information: 0.5, .summary: 0.5]))
    }
    let markers = phrases[.replyMarkers]
    for line in lines where markers.contains(where: { line.contains($0.lowerBound) }) {
      signals.append(signal("reply-marker", line, [.newspaperReply: 5]))
      break
    }
    // Mentions of the letter answered (*insändaren*, *skribenten*) anywhere.
    let mentions = markers.filter { range in !lines.contains { $0.contains(range.lowerBound) } }
    if !mentions.isEmpty {
      let evidence = mentions.prefix(3).map { outline.text(of: $0) }.joined(separator: ", ")
      signals.append(
        TextKindSignal(
          name: "answers-letter", evidence: evidence, weights: [.newspaperReply: min(1.5 * Double(mentions.count), 3)]))
    }
    return signals
  }

  func closingAndSignature() -> [TextKindSignal] {
    guard let signature = language.signature(of: outline) else { return [] }
    var signals: [TextKindSignal] = []
    if let closing = signature.closing {
      signals.append(
        TextKindSignal(name: "closing", evidence: closing, weights: [.reply: 1.5, .citizenLetter: 1, .decision: 0.5]))
    }
    if signature.hasPartyTag {
      let names = signature.people.map(\.name).joined(separator: ", ")
      signals.append(
        TextKindSignal(name: "party-signature", evidence: names, weights: [.opinion: 2.5, .newspaperReply: 2]))
    } else if signature.isSignedByNamedPerson, !signature.roles.isEmpty {
      signals.append(
        TextKindSignal(name: "official-signature", evidence: signature.roles[0], weights: [.reply: 1, .decision: 1]))
    } else if signature.isSignedByNamedPerson {
      signals.append(
        TextKindSignal(
          name: "personal-signature", evidence: signature.people[0].name, weights: [.citizenLetter: 1, .reply: 0.5]))
    }
    return signals
  }

  /// Second person (*du*, *dig*) and first person singular (*jag*) per hundred words.
  func address() -> [TextKindSignal] {
    var words = 0
    var counts = [0, 0, 0, 0]
    for token in outline.tokens where token.isWord {
      words += 1
      counts[Int(vocabulary.address(token.id).rawValue)] += 1
    }
    let second = counts[Int(KindVocabulary.Address.second.rawValue)]
    let plural = counts[Int(KindVocabulary.Address.plural.rawValue)]
    let first = counts[Int(KindVocabulary.Address.first.rawValue)]
    guard words > 0 else { return [] }
    var signals: [TextKindSignal] = []
    let perHundred = { (count: Int) in Double(count) * 100 / Double(words) }
    if perHundred(second) >= 2 {
      signals.append(
        TextKindSignal(
          name: "second-person", evidence: "\(second) av \(words) ord",
          weights: [.reply: 2, .decision: 1.5, .information: 1]))
    } else if second == 0 && plural == 0 {
      signals.append(
        TextKindSignal(
          name: "no-address", evidence: "inget du/ni", weights: [.news: 1.5, .opinion: 1, .newspaperReply: 0.5]))
    }
    if perHundred(plural) >= 2 {
      signals.append(
        TextKindSignal(
          name: "plural-address", evidence: "\(plural) av \(words) ord", weights: [.summary: 1.5, .citizenLetter: 0.5]))
    }
    if perHundred(first) >= 3 {
      signals.append(
        TextKindSignal(name: "first-person", evidence: "\(first) av \(words) ord", weights: [.citizenLetter: 2.5]))
    }
    return signals
  }

  func signal(_ name: String, _ range: Range<Int>, _ weights: [TextKind: Double]) -> TextKindSignal {
    TextKindSignal(name: name, evidence: outline.text(of: range), weights: weights)
  }

  /// A short line without final punctuation that starts a paragraph and is followed by text.
  func isHeading(_ line: Range<Int>) -> Bool {
    let words = outline.wordCount(line)
    guard words > 0, words <= 10, let last = line.last else { return false }
    if phrases.longestMatch(.closings, at: line.lowerBound, limit: line.upperBound) != nil { return false }
    let mark = outline.tokens[last].mark
    // `.`, `!`, `,`, `:`, `;`: a line ending in one is a sentence, not a heading.
    let endsSentence = mark == 0x2E || mark == 0x21 || mark == 0x2C || mark == 0x3A || mark == 0x3B
    return !endsSentence && outline.tokens[line.lowerBound].isCapitalized
  }
}
