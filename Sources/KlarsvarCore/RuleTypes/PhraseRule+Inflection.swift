import KlarsvarLanguage
import KlarsvarText

extension PhraseRule {
  /// A phrase with a lemma (`[erhålla]`) whose suggestions have bracketed words (`[få]`): the bracketed
  /// words are inflected like the matched form of the lemma (*erhöll* → *fick*). When a word cannot be
  /// inflected, the suggestion is given as advice in the message instead of as an edit.
  struct Inflection: Sendable {
    let lemma: String
    let wordClass: PartOfSpeech?
    let templates: [String]

    /// The plan for an entry, or nil when its phrase has no lemma or no suggestion has brackets.
    init?(phrase: String, suggestions: [String]) {
      guard suggestions.contains(where: { $0.contains("[") }),
        let open = phrase.firstIndex(of: "["), let close = phrase[open...].firstIndex(of: "]")
      else { return nil }
      let reference = phrase[phrase.index(after: open)..<close].split(separator: ":", maxSplits: 1)
      guard let lemma = reference.first else { return nil }
      self.lemma = String(lemma)
      wordClass =
        reference.count == 2
        ? PartOfSpeech(rawValue: reference[1] == "adjektiv" ? "adjective" : String(reference[1])) : nil
      templates = suggestions
    }

    /// The templates with their bracketed words removed, uninflected: the advice when no edit is safe.
    var advice: String { templates.map(Self.plain).joined(separator: " eller ") }

    static func plain(_ template: String) -> String {
      template.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
    }

    /// Edits for a match, each cased like the matched text; empty when the lemma's form in the match is
    /// unknown or a bracketed word cannot take its inflection.
    func suggestions(range: TextRange, matched: String, context: RuleCheckContext) -> [Suggestion] {
      guard let analysis = matchedAnalysis(range: range, context: context),
        analysis.inflection != .presentParticiple
      else { return [] }
      let lexicon = context.scratch.language.language.lexicon
      var result: [Suggestion] = []
      for template in templates {
        guard let text = Self.render(template, like: analysis, lexicon: lexicon),
          !Self.isParticipleOfPhrase(text, analysis)
        else { return [] }
        let cased = CasePreservation.apply(text, like: matched)
        result.append(
          Suggestion(kind: .replacement, title: "Ersätt med ”\(cased)”", edit: TextEdit(range: range, newText: cased)))
      }
      return result
    }

    /// A participle is used as an adjective, where a replacement of several words does not fit: *inkomna
    /// handlingar* is not *komna in handlingar*, *de beaktade skälen* not *de tagna hänsyn till skälen*.
    /// (A present participle has no plain counterpart at all, so it is never inflected.)
    static func isParticipleOfPhrase(_ replacement: String, _ analysis: WordAnalysis) -> Bool {
      analysis.inflection.tense == .participle && replacement.contains(" ")
    }

    /// The reading of the lemma among the matched words (the first word that is a form of it). A form with
    /// several readings (*beaktas*: infinitive or present; *beaktade*: past or participle) is read as the
    /// clause reads it: finite when it is the clause's finite verb, else non-finite.
    private func matchedAnalysis(range: TextRange, context: RuleCheckContext) -> WordAnalysis? {
      let lexicon = context.scratch.language.language.lexicon
      for token in context.text.tokens(within: range) {
        let folded = CaseFolding.fold(context.sourceText(in: token.range))
        let readings = lexicon.analyses(of: folded).filter {
          $0.lemma == lemma && (wordClass == nil || $0.partOfSpeech == wordClass)
        }
        guard let first = readings.first else { continue }
        guard readings.count > 1, let finite = Self.isFiniteVerb(at: token.range.lowerBound, context) else {
          return first
        }
        return readings.first { $0.inflection.isFinite == finite } ?? first
      }
      return nil
    }

    /// Whether the word starting at `offset` is the finite verb of its clause; nil when the language layer
    /// finds no clause there.
    static func isFiniteVerb(at offset: Int, _ context: RuleCheckContext) -> Bool? {
      guard let sentence = context.text.sentenceIndex(containing: offset),
        let clause = context.scratch.language.clause(containing: offset, inSentence: sentence)
      else { return nil }
      guard let verb = clause.finiteVerb, verb.tense == .present || verb.tense == .past || verb.tense == .imperative
      else { return false }
      return context.scratch.language.sentence(sentence).tokens[verb.tokenIndex].utf8Range.lowerBound == offset
    }

    /// `template` with every bracketed part inflected like `analysis`; nil when one cannot be.
    static func render(_ template: String, like analysis: WordAnalysis, lexicon: Lexicon) -> String? {
      var result = ""
      var rest = template[...]
      while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
        result += rest[..<open]
        guard let inflected = lexicon.inflect(String(rest[rest.index(after: open)..<close]), like: analysis) else {
          return nil
        }
        result += inflected
        rest = rest[rest.index(after: close)...]
      }
      return result + rest
    }
  }
}
