import KlarsvarLanguage
import KlarsvarPhrases
import KlarsvarText

extension CommitmentRule {
  /// One promise: its clause's range, the sentence, what makes it concrete, and what it lacks.
  struct Promise {
    var sentence: Int
    var range: TextRange
    var anchor: TextRange?
    /// In words for the message: `tidpunkt`, `tidpunkt och ansvarig` …
    var missing: String

    /// The promises of a document, one per clause, in text order.
    static func find(in context: RuleCheckContext, rule: CommitmentRule) -> [Promise] {
      var cues: [PhraseMatch] = []
      var anchorRanges: [TextRange] = []
      for match in context.matches {
        if match.output.plays(Role.cue) {
          cues.append(match)
        } else if match.output.plays(Role.anchor) {
          anchorRanges.append(context.range(of: match))
        }
      }
      let language = context.scratch.language
      var seen: Set<[Int]> = []
      var promises: [Promise] = []
      for cue in PhraseRule.longestNonOverlapping(cues) where !context.isQuoted(cue) {
        let cueRange = context.range(of: cue)
        guard let sentence = context.text.sentenceIndex(containing: cueRange.lowerBound),
          let clause = language.clause(containing: cueRange.lowerBound, inSentence: sentence),
          rule.clause.accepts(clause, tokens: language.sentence(sentence).tokens),
          seen.insert([sentence, clause.tokenRange.lowerBound]).inserted
        else { continue }
        let tokens = language.sentence(sentence).tokens
        let spans = language.expressions(ofSentence: sentence)
        let clauses = language.clauses(ofSentence: sentence)
        guard rule.isPromise(clause, in: clauses, tokens: tokens, spans: spans, kind: context.kind) else { continue }
        let range = Self.range(
          of: clause, through: Self.dependents(of: clause, in: language.clauses(ofSentence: sentence)), tokens: tokens)
        // The clause and what follows it in the sentence (*… och har schemat klart senast den 30 juni*).
        let rest = clause.tokenRange.lowerBound..<tokens.count
        var anchor = Self.concreteTime(in: spans, within: rest)
        // *… förslaget som jag lägger på mötet den 7 augusti, där jag föreslår att vi ska …*: a promise
        // made inside a dated act of the writer's to come takes that date (a past decision's date,
        // *vi beslutade den 3 mars att …*, does not).
        if anchor == nil, clause.kind.isSubordinate {
          for earlier in clauses where earlier.tokenRange.upperBound <= clause.tokenRange.lowerBound {
            guard earlier.subject?.person == .speaker, earlier.finiteVerb?.tense == .present, !earlier.has(.perfect)
            else { continue }
            if let time = Self.concreteTime(in: spans, within: earlier.tokenRange) { anchor = time }
          }
        }
        // A time in the next sentence completes the promise (*Vi ska gå igenom schemat. Det gör vi den 12
        // mars.*), unless that sentence makes a promise of its own, whose time it is. A new paragraph
        // (*Kommunen hanterar varje år …* after a quotation) starts another matter.
        let next = sentence + 1
        if anchor == nil, rule.nextSentence, next < context.text.sentences.count,
          Self.sameParagraph(sentence, next, in: context.text)
        {
          let nextClauses = language.clauses(ofSentence: next)
          let nextTokens = language.sentence(next).tokens
          let nextSpans = language.expressions(ofSentence: next)
          let promisesItself = nextClauses.contains {
            rule.isPromise($0, in: nextClauses, tokens: nextTokens, spans: nextSpans, kind: context.kind)
          }
          // A time in a negated statement (*det får inte vara så att under en vecka …*) sets no date.
          let negated = nextClauses.filter { clause in
            nextTokens[clause.tokenRange].contains { ClauseCondition.negations.contains($0.folded) }
          }
          let usable = nextSpans.filter { span in !negated.contains { $0.tokenRange.overlaps(span.tokenRange) } }
          if !promisesItself { anchor = Self.concreteTime(in: usable, within: nil) }
        }
        if anchor == nil {
          // Anchor phrases (a condition the reader controls) count in the promise's own sentence only.
          let bounds = context.text.sentences[sentence].range
          anchor = anchorRanges.first { $0.lowerBound >= bounds.lowerBound && $0.lowerBound < bounds.upperBound }
        }
        let missing = Self.missing(clause, tokens: tokens, spans: spans, rule: rule)
        promises.append(Promise(sentence: sentence, range: range, anchor: anchor, missing: missing))
      }
      return promises
    }

    static func sameParagraph(_ first: Int, _ second: Int, in text: TokenizedText) -> Bool {
      let sentences = text.sentences
      let paragraph = TokenizedText.paragraphIndex(
        containing: sentences[first].range.lowerBound, in: text.paragraphs)
      guard let paragraph else { return false }
      return text.paragraphs[paragraph].sentenceRange.contains(second)
    }

    /// The end of the subordinate clauses that directly follow `clause` (*… för att det ska byggas fler
    /// boenden*): the promise goes on until the next main clause.
    static func dependents(of clause: Clause, in clauses: [Clause]) -> Int {
      var end = clause.tokenRange.upperBound
      for next in clauses where next.tokenRange.lowerBound >= end {
        guard next.tokenRange.lowerBound == end, next.kind.isSubordinate, next.speech == .none else { break }
        end = next.tokenRange.upperBound
      }
      return end
    }

    /// From the clause's first word to the last word before `end` (final punctuation left out).
    static func range(of clause: Clause, through end: Int, tokens: [LanguageToken]) -> TextRange {
      var first = clause.tokenRange.lowerBound
      var last = end - 1
      while first < last, tokens[first].kind == .punctuation { first += 1 }
      while last > first, tokens[last].kind == .punctuation { last -= 1 }
      return TextRange(tokens[first].utf8Range.lowerBound, tokens[last].utf8Range.upperBound)
    }

    /// The first concrete time span (or frequency: *varje kvartal* is a standing routine) inside
    /// `tokenRange` (anywhere when nil).
    static func concreteTime(in spans: [ExpressionSpan], within tokenRange: Range<Int>?) -> TextRange? {
      for span in spans where span.isTime && span.isConcrete || span.isFrequency {
        if let tokenRange, !tokenRange.overlaps(span.tokenRange) { continue }
        return TextRange(span.utf8Range.lowerBound, span.utf8Range.upperBound)
      }
      return nil
    }

    /// `tidpunkt`, plus `ansvarig` for a collective subject without a named owner, plus `omfattning`
    /// for a goal verb without a measure in the clause.
    static func missing(_ clause: Clause, tokens: [LanguageToken], spans: [ExpressionSpan], rule: CommitmentRule)
      -> String
    {
      var parts = ["tidpunkt"]
      let inClause = spans.filter { clause.tokenRange.overlaps($0.tokenRange) }
      let hasOwner = inClause.contains { if case .owner = $0.kind { return true } else { return false } }
      let collective =
        clause.subject.map { subject in
          tokens[subject.tokenRange].contains(where: { rule.collectiveSubjects.contains($0.folded) })
        } ?? true
      if !hasOwner, collective || clause.isPassive {
        parts.append("ansvarig")
      }
      let hasMeasure = inClause.contains { if case .measure = $0.kind { return true } else { return false } }
      if !hasMeasure, let verb = clause.mainVerb?.lemma, rule.measureVerbs.contains(verb) {
        parts.append("omfattning")
      }
      return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " och " + parts.last!
    }
  }
}
