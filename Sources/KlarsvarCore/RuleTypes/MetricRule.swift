import Foundation
import KlarsvarText

/// Readability measures: LIX (see `Readability`) per document or paragraph, words per sentence.
struct MetricRule: RuleType {
  static let typeName = "metric"

  enum Metric: String, CaseIterable {
    case lix
    case sentenceWords = "sentence-words"
  }

  enum Scope: String, CaseIterable {
    case document, paragraph, sentence
  }

  let metric: Metric
  let scope: Scope
  let maximum: Double
  let minimumWords: Int
  /// `maximum` as messages show it, formatted once at load.
  let maximumText: String

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    metric = try reader.choice("metric", as: Metric.self)
    scope = try reader.choice("scope", as: Scope.self)
    guard let maximum = try reader.optionalNumber("max") else {
      throw JSONObjectReader.Failure(path: reader.child("max"), message: "obligatoriskt fält saknas")
    }
    self.maximum = maximum
    minimumWords = try reader.optionalInt("minWords") ?? 0
    maximumText = Self.format(maximum)
    switch (metric, scope) {
    case (.lix, .sentence):
      throw JSONObjectReader.Failure(path: reader.child("scope"), message: "LIX mäts per dokument eller stycke")
    case (.sentenceWords, .document), (.sentenceWords, .paragraph):
      throw JSONObjectReader.Failure(
        path: reader.child("scope"), message: "meningslängd mäts per mening (\"sentence\")")
    default: break
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let text = context.text
    let perSentence = context.scratch.sentenceWordCounts
    switch (metric, scope) {
    case (.lix, .document):
      let counts = Readability.counts(perSentence, sentences: 0..<text.sentences.count)
      if counts.words >= minimumWords, let lix = counts.lix, lix > maximum {
        context.report(range: context.documentAnchor, values: values(lix, counts))
      }
    case (.lix, .paragraph):
      for paragraph in text.paragraphs where !paragraph.isHeading {
        let counts = Readability.counts(perSentence, sentences: paragraph.sentenceRange)
        if counts.words >= minimumWords, let lix = counts.lix, lix > maximum {
          let first = text.sentences[paragraph.sentenceRange.lowerBound].range
          context.report(range: first, values: values(lix, counts))
        }
      }
    default:
      for (index, sentence) in text.sentences.enumerated() {
        let words = perSentence[index].words
        if Double(words) > maximum && words >= minimumWords {
          context.report(range: sentence.range, values: [("value", String(words)), ("max", maximumText)])
        }
      }
    }
  }

  private func values(_ lix: Double, _ counts: Readability.Counts) -> [MessageTemplate.Slot] {
    [("value", String(Int(lix.rounded()))), ("max", maximumText), ("words", String(counts.words))]
  }

  private static func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(number)
  }
}
