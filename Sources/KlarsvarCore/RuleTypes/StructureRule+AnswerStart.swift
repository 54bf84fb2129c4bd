import KlarsvarText

/// A published answer often opens with the reader's question: a question, perhaps a pen name, then a
/// line such as *Svar* or *Kommentarer*, then the answer with its own greeting. The letter a rule at
/// the start looks at begins after that line (`within.answerLabels` names the labels).
struct AnswerLabels: Sendable {
  /// Labels in lower case, without a trailing colon.
  let labels: Set<String>
  /// Labels written with `*` for a name (*\* svarar*: *Lawline svarar*, *Socialchefen svarar*; *svar från
  /// \**): the words before or after the name.
  private let endings: [String]
  private let openings: [String]
  /// The longest label in bytes: longer paragraphs are not read as text at all.
  private let longest: Int
  /// A name in a label has at most this many words.
  private static let nameWords = 3

  init(_ labels: [String]) {
    let lowered = labels.map { $0.lowercased() }
    self.labels = Set(lowered.filter { !$0.hasPrefix("* ") && !$0.hasSuffix(" *") })
    endings = lowered.filter { $0.hasPrefix("* ") }.map { String($0.dropFirst(1)) }
    openings = lowered.filter { $0.hasSuffix(" *") }.map { String($0.dropLast(1)) }
    let patterned = (endings + openings).map { $0.utf8.count + 40 }
    longest = (self.labels.map(\.utf8.count) + patterned).max() ?? 0
  }

  /// The paragraph after the label, when a paragraph before the label ends a sentence with a question
  /// mark and the label stands in the first two thirds of the text; nil otherwise.
  func answerStart(in text: TokenizedText) -> Int? {
    guard !labels.isEmpty else { return nil }
    let paragraphs = text.paragraphs
    let bytes = text.source.utf8
    var askedBefore = false
    // A label in the last third is a heading of the answer, not the end of a question (a reader's
    // question with a pen name often runs to half the page).
    for index in 0..<((paragraphs.count * 2 + 2) / 3) {
      let paragraph = paragraphs[index]
      if askedBefore, isLabel(paragraph.range, in: text.source) { return index + 1 }
      if !askedBefore {
        askedBefore = text.sentences[paragraph.sentenceRange].contains {
          Self.lastVisibleByte(of: $0.range, in: bytes) == UInt8(ascii: "?")
        }
      }
    }
    return nil
  }

  private static func lastVisibleByte(of range: TextRange, in bytes: [UInt8]) -> UInt8? {
    var end = min(range.upperBound, bytes.count)
    while end > range.lowerBound, bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1]) { end -= 1 }
    return end > range.lowerBound ? bytes[end - 1] : nil
  }

  private func isLabel(_ range: TextRange, in source: SourceText) -> Bool {
    // Labels are short: a colon, spaces and a line break at most beside them.
    guard range.upperBound - range.lowerBound <= longest + 8 else { return false }
    var line = source.text(in: range).lowercased()
    while let last = line.last, last.isWhitespace || last == ":" { line.removeLast() }
    while let first = line.first, first.isWhitespace { line.removeFirst() }
    if labels.contains(line) { return true }
    let words = line.split(whereSeparator: \.isWhitespace).count
    func named(_ rest: Int) -> Bool { rest >= 1 && rest <= Self.nameWords }
    if let ending = endings.first(where: { line.hasSuffix($0) }),
      named(words - ending.split(whereSeparator: \.isWhitespace).count)
    {
      return true
    }
    if let opening = openings.first(where: { line.hasPrefix($0) }),
      named(words - opening.split(whereSeparator: \.isWhitespace).count)
    {
      return true
    }
    return false
  }
}
