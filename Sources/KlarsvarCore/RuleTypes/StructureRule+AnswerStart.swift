import Foundation
import KlarsvarText

/// A published answer often opens with the reader's question: a question, perhaps a pen name, then a
/// line such as *Svar* or *Kommentarer*, then the answer with its own greeting. The letter a rule at
/// the start looks at begins after that line (`within.answerLabels` names the labels).
struct AnswerLabels: Sendable {
  /// Labels in lower case, without a trailing colon.
  let labels: Set<String>

  init(_ labels: [String]) {
    self.labels = Set(labels.map { $0.lowercased() })
  }

  /// The paragraph after the label, when a paragraph before the label ends in a question mark and
  /// the label stands in the first half of the text; nil otherwise.
  func answerStart(in text: TokenizedText) -> Int? {
    guard !labels.isEmpty else { return nil }
    let paragraphs = text.paragraphs
    var askedBefore = false
    // A label in the second half is a heading of the answer, not the end of a question.
    for index in 0..<((paragraphs.count + 1) / 2) {
      let paragraph = paragraphs[index]
      if askedBefore, isLabel(text.source.text(in: paragraph.range)) { return index + 1 }
      let sentences = text.sentences[paragraph.sentenceRange]
      if sentences.contains(where: {
        text.source.text(in: $0.range).trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?")
      }) {
        askedBefore = true
      }
    }
    return nil
  }

  private func isLabel(_ paragraph: String) -> Bool {
    var line = paragraph.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    if line.hasSuffix(":") { line.removeLast() }
    return !line.contains("\n") && labels.contains(line.trimmingCharacters(in: .whitespaces))
  }
}
