import KlarsvarText

/// A published answer often opens with the reader's question: a question, perhaps a pen name, then a
/// line such as *Svar* or *Kommentarer*, then the answer with its own greeting. The letter a rule at
/// the start looks at begins after that line (`within.answerLabels` names the labels).
struct AnswerLabels: Sendable {
  /// Labels in lower case, without a trailing colon.
  let labels: Set<String>
  /// The longest label in bytes: longer paragraphs are not read as text at all.
  private let longest: Int

  init(_ labels: [String]) {
    self.labels = Set(labels.map { $0.lowercased() })
    longest = self.labels.map(\.utf8.count).max() ?? 0
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
    return labels.contains(line)
  }
}
