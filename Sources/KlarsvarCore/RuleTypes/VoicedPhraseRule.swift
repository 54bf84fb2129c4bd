import KlarsvarLanguage
import KlarsvarText

/// A phrase rule judged only where the text's own voice speaks: tone is the author's (or, in a news
/// item, a quoted official's) and not the tone of someone the text reports.
///
/// Every `phrase` field works as in a phrase rule. On top of it:
/// - outside news, a match in what someone else is reported to have said (*du skriver att det aldrig har
///   hänt*, *…, säger hon* about the reader) is dropped; the author's own reporting tag (*jag vill påpeka
///   att …*) stays;
/// - in a news item, a match counts only inside a direct quotation (a paragraph opened by a dash or a
///   quotation mark, or a clause with a trailing *säger …*) whose paragraph names an official
///   (`officials`, e.g. *chef*, *ordförande*): the journalist's narration and quoted relatives are not
///   the authority speaking.
struct VoicedPhraseRule: RuleType {
  static let typeName = "voiced"
  var needsMatches: Bool { true }

  /// The phrase rule's roles first, so the phrase rule reads its own matches, then this type's.
  enum Role: UInt8, RuleRole {
    case phrase, unless, unlessInSentence
    /// Words naming an official in a news quotation's paragraph (`officials`).
    case official
  }

  let phrases: PhraseRule
  let hasOfficials: Bool

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    hasOfficials = reader.has("officials")
    if hasOfficials {
      let path = reader.child("officials")
      try builder.register(
        try builder.phraseEntries(try reader.array("officials"), path: path), role: Role.official, path: path)
    }
    phrases = try PhraseRule(reading: &reader, builder: &builder)
  }

  func check(_ context: inout RuleCheckContext) {
    let firstNew = context.findings.count
    phrases.check(&context)
    guard context.findings.count > firstNew else { return }
    let officials = officialParagraphs(context)
    let isNews = context.kind == .news
    let quotes = isNews ? officialQuoteParagraphs(context, officials: Set(officials.keys)) : []
    let language = context.scratch.language
    let text = context.text
    let paragraphs = text.paragraphs
    func keeps(_ finding: Finding, sentence: Int) -> Bool {
      let clause = language.clause(containing: finding.range.lowerBound, inSentence: sentence)
      if isNews {
        guard let paragraph = TokenizedText.paragraphIndex(containing: finding.range.lowerBound, in: paragraphs),
          quotes.contains(paragraph)
        else { return false }
        return Self.opensWithQuote(paragraphs[paragraph].range, text)
          || (clause.map { $0.speech == .reported && !$0.kind.isSubordinate } ?? false)
      }
      guard let clause else { return true }
      let tokens = language.sentence(sentence).tokens
      let officialRanges = officials.values.flatMap { $0 }
      return !Self.reportsSomeoneElse(clause, tokens: tokens, officials: officialRanges, language.language)
    }
    // One finding per sentence: a sentence says one thing in one tone, and two phrases of the same
    // kind in it (*det börjar bli en vana … jag försöker en sista gång*) are one problem.
    var judged: Set<Int> = []
    context.filterFindings(from: firstNew) { finding in
      guard let sentence = text.sentenceIndex(containing: finding.range.lowerBound), !judged.contains(sentence)
      else { return false }
      let keep = keeps(finding, sentence: sentence)
      if keep { judged.insert(sentence) }
      return keep
    }
  }

  /// Where the rule's official words occur, by paragraph.
  private func officialParagraphs(_ context: RuleCheckContext) -> [Int: [TextRange]] {
    guard hasOfficials else { return [:] }
    var found: [Int: [TextRange]] = [:]
    for match in context.matches where match.output.plays(Role.official) {
      let range = context.range(of: match)
      if let paragraph = context.paragraphIndex(containing: range.lowerBound) {
        found[paragraph, default: []].append(range)
      }
    }
    return found
  }

  /// Whether the clause is speech reported from anyone but the author's side: *jag*, *vi*, the
  /// organisation (*enligt förvaltningen*) or one of its officials (*enligt din enhetschef*).
  static func reportsSomeoneElse(
    _ clause: Clause, tokens: [LanguageToken], officials: [TextRange], _ language: SwedishLanguage
  ) -> Bool {
    switch clause.speech {
    case .none:
      return false
    case .reportingTag:
      return clause.subject?.person != .speaker
    case .reported:
      // A main clause of the author's own (*vi vill förtydliga att … enligt lag …*) is not reported.
      if clause.subject?.person == .speaker && !clause.kind.isSubordinate { return false }
      guard let reporter = clause.reporter, !reporter.isEmpty else { return true }
      let words = tokens[reporter]
      if words.contains(where: { speakerPronouns.contains($0.folded) }) { return false }
      if words.contains(where: { token in
        language.lexicon.analysesOrCompoundHead(of: token.folded).contains {
          language.functionWords.isSpeakerNoun(lemma: $0.lemma)
        }
      }) {
        return false
      }
      return !words.contains { token in
        officials.contains { $0.lowerBound <= token.utf8Range.lowerBound && token.utf8Range.lowerBound < $0.upperBound }
      }
    }
  }

  private static let speakerPronouns: Set<String> = ["jag", "vi"]

  /// Whether a paragraph opens with a dash or a quotation mark (a news item's direct quotation).
  static func opensWithQuote(_ range: TextRange, _ text: TokenizedText) -> Bool {
    // A paragraph's range starts at its first word; the mark before it is on the same line.
    let source = text.source
    let line = source.lineRange(source.line(containing: range.lowerBound))
    let start = source.text(in: TextRange(line.lowerBound, range.upperBound)).drop { $0 == " " || $0 == "\t" }
    guard let first = start.first else { return false }
    return quoteOpeners.contains(first)
  }

  private static let quoteOpeners: Set<Character> = ["–", "—", "-", "”", "\"", "»", "“", "„"]
}
