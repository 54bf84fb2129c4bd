import Foundation

extension SwedishLanguage {
  /// The kind of a text from its signals; a `declared` kind (front matter, configuration) always wins.
  public func textKind(of document: LanguageDocument, declared: TextKind? = nil) -> TextKindResult {
    if let declared {
      let signal = TextKindSignal(name: "declared", evidence: declared.rawValue, weights: [declared: 1])
      return TextKindResult(kind: declared, confidence: 1, isDeclared: true, signals: [signal], scores: [declared: 1])
    }
    let signals = TextKindSignals(document: document, language: self).all()
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

/// The observations the detector weighs; each function returns the signals of one concern.
struct TextKindSignals {
  let document: LanguageDocument
  let language: SwedishLanguage
  var letter: LetterVocabulary { language.expressionGrammar.letter }

  func all() -> [TextKindSignal] {
    opening() + closingAndSignature() + address() + phraseSignals() + headings() + quotations()
  }

  /// The first non-empty lines: greeting, reply marker, headline.
  func opening() -> [TextKindSignal] {
    let lines = document.lines.filter { !$0.isEmpty }
    guard let first = lines.first else { return [] }
    var signals: [TextKindSignal] = []
    let tokens = document.tokens
    if letter.greetings.match(in: tokens[first], at: first.lowerBound) != nil {
      signals.append(signal("greeting", first, [.reply: 3, .citizenLetter: 2, .decision: 0.5]))
    } else if isHeading(first) {
      signals.append(
        signal("headline", first, [.opinion: 1, .news: 1, .newspaperReply: 0.5, .information: 0.5, .summary: 0.5]))
    }
    for line in lines.prefix(3) where !letter.replyMarkers.occurrences(in: tokens[line]).isEmpty {
      signals.append(signal("reply-marker", line, [.newspaperReply: 5]))
      break
    }
    // Mentions of the letter answered (*insändaren*, *skribenten*) anywhere.
    let mentions = letter.replyMarkers.occurrences(in: tokens[...]).filter { range in
      !lines.prefix(3).contains { $0.contains(range.lowerBound) }
    }
    if !mentions.isEmpty {
      let evidence = mentions.prefix(3).map { String(document.text(of: $0)) }.joined(separator: ", ")
      signals.append(
        TextKindSignal(
          name: "answers-letter", evidence: evidence, weights: [.newspaperReply: min(1.5 * Double(mentions.count), 3)]))
    }
    return signals
  }

  func closingAndSignature() -> [TextKindSignal] {
    guard let signature = language.signature(of: document) else { return [] }
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
    var second = 0
    var plural = 0
    var first = 0
    for token in document.tokens where token.isWord {
      words += 1
      switch token.folded {
      case "du", "dig", "din", "ditt", "dina": second += 1
      case "ni", "er", "era", "ert": plural += 1
      case "jag", "mig", "min", "mitt", "mina": first += 1
      default: break
      }
    }
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
    TextKindSignal(name: name, evidence: String(document.text(of: range)), weights: weights)
  }

  /// A short line without final punctuation that starts a paragraph and is followed by text.
  func isHeading(_ line: Range<Int>) -> Bool {
    let tokens = document.tokens[line]
    let words = tokens.filter(\.isWord).count
    guard words > 0, words <= 10, let last = tokens.last else { return false }
    if letter.closings.match(in: document.tokens[line], at: line.lowerBound) != nil { return false }
    return ![".", "!", ",", ":", ";"].contains(last.text) && tokens.first?.isCapitalized == true
  }
}
