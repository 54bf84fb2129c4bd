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
///
/// Much depends on whether the text is framed as a letter (a greeting or a closing phrase): *du* in a
/// letter is its reader, on a page without one it is anyone who reads (an information page).
struct TextKindSignals {
  let outline: TextOutline
  let language: SwedishLanguage
  /// Every phrase of every list in the text, found in one pass (non-overlapping per list).
  let phrases: KindPhrases
  /// The first three lines that are not empty (greeting, title, reply marker).
  let openingLines: [Range<Int>]
  let hasGreeting: Bool
  let signature: Signature?
  /// Written as a letter to someone: a greeting (first, or on a short line of its own further down, as a
  /// reply under a question), a closing phrase, words that answer one reader (*Tack för ditt mejl*, *Du
  /// undrar*: a reply that forgot its greeting is still a reply), or a person signing with a role.
  let isLetter: Bool
  /// The phrases that answer one reader (*du skriver*, *tack för ditt brev*), outside a condition: *när
  /// du skriver under ansökan* tells any reader what to do.
  let readerAnswers: [Range<Int>]
  /// Indexes of the lines that are speech after a dash (see `speechLines`).
  let speechLineIndexes: [Int]
  var vocabulary: KindVocabulary { language.kindVocabulary }

  init(outline: TextOutline, language: SwedishLanguage) {
    self.outline = outline
    self.language = language
    let phrases = KindPhrases(outline: outline, vocabulary: language.kindVocabulary)
    self.phrases = phrases
    var lines: [Range<Int>] = []
    for line in outline.lines where !line.isEmpty {
      lines.append(line)
      if lines.count == 3 { break }
    }
    openingLines = lines
    hasGreeting =
      lines.first.map { phrases.longestMatch(.greetings, at: $0.lowerBound, limit: $0.upperBound) != nil } ?? false
    let signature = language.signature(of: outline)
    self.signature = signature
    let readerAnswers = phrases[.reply].filter {
      !Self.standsInCondition($0, outline: outline, vocabulary: language.kindVocabulary)
    }
    self.readerAnswers = readerAnswers
    isLetter = Self.isLetter(
      outline, phrases, answers: readerAnswers, greeting: hasGreeting, signature: signature, opening: lines)
    speechLineIndexes = Self.speechLines(in: outline)
  }

  private static func isLetter(
    _ outline: TextOutline, _ phrases: KindPhrases, answers: [Range<Int>], greeting: Bool, signature: Signature?,
    opening: [Range<Int>]
  ) -> Bool {
    if greeting || signature?.closing != nil || !answers.isEmpty { return true }
    // Titled as a reply (*Svar till …*, *Replik: …*): it answers a letter even where its signature was lost.
    if opening.contains(where: { line in phrases[.replyMarkers].contains { $0.lowerBound == line.lowerBound } }) {
      return true
    }
    if let signature, signature.isSignedByNamedPerson, !signature.roles.isEmpty { return true }
    return outline.lines.contains { line in
      guard line.count <= 8, let last = line.last, outline.wordCount(line) <= 3 else { return false }
      let mark = outline.tokens[last].mark
      return (mark == 0x21 || mark == 0x2C)
        && phrases.longestMatch(.greetings, at: line.lowerBound, limit: line.upperBound) != nil
    }
  }

  func all() -> [TextKindSignal] {
    opening() + closingAndSignature() + frame() + address() + questions() + phraseSignals() + headings()
      + quotations() + dashSpeech() + penName()
  }

  func signal(_ name: String, _ range: Range<Int>, _ weights: [TextKind: Double]) -> TextKindSignal {
    TextKindSignal(name: name, evidence: outline.text(of: range), weights: weights)
  }

  /// A short line without final punctuation that starts a paragraph and is followed by text.
  func isHeading(_ line: Range<Int>) -> Bool {
    let words = outline.wordCount(line)
    // A Markdown heading (`## Överklaga`) says so itself, whatever its last mark.
    if words > 0, words <= 15, titleStart(of: line) > line.lowerBound { return true }
    guard words > 0, words <= 10, let last = line.last else { return false }
    if phrases.longestMatch(.closings, at: line.lowerBound, limit: line.upperBound) != nil { return false }
    let mark = outline.tokens[last].mark
    // `.`, `!`, `,`, `:`, `;`: a line ending in one is a sentence, not a heading.
    let endsSentence = mark == 0x2E || mark == 0x21 || mark == 0x2C || mark == 0x3A || mark == 0x3B
    return !endsSentence && outline.tokens[line.lowerBound].isCapitalized
  }

  /// The first token of a line after Markdown heading marks (`#`).
  func titleStart(of line: Range<Int>) -> Int {
    line.first { outline.tokens[$0].mark != 0x23 } ?? line.upperBound
  }
}
