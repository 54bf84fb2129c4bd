import KlarsvarPhrases
import KlarsvarText

/// What a rule sees while checking one document, and where it puts its findings.
struct RuleCheckContext {
  let text: TokenizedText
  private(set) var metadata: RuleMetadata
  /// This rule's phrase matches, ordered by start token.
  private(set) var matches: ArraySlice<PhraseMatch>
  let kind: DocumentKind
  let scratch: DocumentScratch
  let contacts: [String: Contact]
  private(set) var findings: [Finding] = []

  init(
    text: TokenizedText, metadata: RuleMetadata, matches: ArraySlice<PhraseMatch>, kind: DocumentKind,
    scratch: DocumentScratch, contacts: [String: Contact]
  ) {
    self.text = text
    self.metadata = metadata
    self.matches = matches
    self.kind = kind
    self.scratch = scratch
    self.contacts = contacts
  }

  /// Makes room for `count` findings at once instead of growing through several sizes.
  mutating func reserveFindings(_ count: Int) {
    findings.reserveCapacity(count)
  }

  /// Turns the context to the next rule of the same document, keeping the findings so far: the engine
  /// reuses one context per document instead of copying the tokenized text (many arrays) per rule.
  mutating func begin(_ metadata: RuleMetadata, matches: ArraySlice<PhraseMatch>) {
    self.metadata = metadata
    self.matches = matches
  }

  /// Hands over the findings, leaving none: the caller's array is then the only reference, and
  /// sorting or filtering it does not copy every finding.
  mutating func takeFindings() -> [Finding] {
    let taken = findings
    findings = []
    return taken
  }

  /// Keeps the findings from `start` on for which `keep` returns true, letting it change them.
  mutating func filterFindings(from start: Int, _ keep: (inout Finding) -> Bool) {
    var kept = start
    for index in start..<findings.count {
      var finding = findings[index]
      guard keep(&finding) else { continue }
      findings[kept] = finding
      kept += 1
    }
    findings.removeSubrange(kept...)
  }

  /// This rule's matches of phrases playing `role`.
  func matches(_ role: some RuleRole) -> [PhraseMatch] { matches.filter { $0.output.plays(role) } }

  func range(of match: PhraseMatch) -> TextRange {
    TextRange(
      text.tokens[Int(match.tokenStart)].range.lowerBound, text.tokens[Int(match.tokenEnd) - 1].range.upperBound)
  }

  /// The source text of `range`, as `text.source.text(in:)` gives it. The source is valid UTF-8, so a
  /// range on scalar boundaries (as token ranges are) is copied without validating it again.
  func sourceText(in range: TextRange) -> String {
    let bytes = text.source.utf8
    let (low, high) = (range.lowerBound, range.upperBound)
    guard 0 <= low && low <= high && high <= bytes.count,
      low == bytes.count || bytes[low] & 0xC0 != 0x80,
      high == bytes.count || bytes[high] & 0xC0 != 0x80
    else { return text.source.text(in: range) }
    return ByteScan.string(validUTF8: bytes[low..<high])
  }

  func isQuoted(_ match: PhraseMatch) -> Bool {
    text.tokens[Int(match.tokenStart)..<Int(match.tokenEnd)].contains { $0.isQuoted }
  }

  /// The paragraph holding a UTF-8 offset (the nearest one before it when it falls between paragraphs).
  func paragraphIndex(containing offset: Int) -> Int? {
    TokenizedText.paragraphIndex(containing: offset, in: text.paragraphs)
  }

  /// Adds a finding. The message (the rule's unless given) is rendered once from `values` and
  /// `{match}`; pass `matchedText` when the caller has already read the range's text.
  mutating func report(
    range: TextRange, matchedText: String? = nil, message: String? = nil, values: [MessageTemplate.Slot] = [],
    suggestions: [Suggestion] = [], related: [RelatedLocation] = []
  ) {
    let matched = matchedText ?? sourceText(in: range)
    let rendered =
      message.map { MessageTemplate.render($0, values, match: matched) }
      ?? metadata.compiledMessage.render(values, match: matched)
    findings.append(
      Finding(
        ruleID: metadata.id, category: metadata.category, severity: metadata.severity, message: rendered,
        range: range, matchedText: matched, suggestions: suggestions, related: related))
  }

  /// `report` with a message read once beforehand (the rule's own is used when `template` is nil).
  mutating func report(
    range: TextRange, matchedText: String, template: MessageTemplate?, values: [MessageTemplate.Slot],
    suggestions: [Suggestion]
  ) {
    let rendered = (template ?? metadata.compiledMessage).render(values, match: matchedText)
    findings.append(
      Finding(
        ruleID: metadata.id, category: metadata.category, severity: metadata.severity, message: rendered,
        range: range, matchedText: matchedText, suggestions: suggestions))
  }

  /// A range widened to the whole lines it touches (without the final line break).
  func wholeLines(_ range: TextRange) -> TextRange {
    let source = text.source
    let first = source.lineRange(source.line(containing: range.lowerBound)).lowerBound
    let last = source.lineRange(source.line(containing: max(range.lowerBound, range.upperBound - 1))).upperBound
    return TextRange(first, max(last, range.upperBound))
  }

  /// A location standing for the whole document: its first sentence of the writer's own.
  var documentAnchor: TextRange {
    let own = text.sentences.first { sentence in text.tokens[sentence.tokenRange].contains { !$0.isQuoted } }
    return (own ?? text.sentences.first)?.range ?? TextRange(0, 0)
  }

  /// Offers a paragraph to insert where the engine places insertions (before the closing).
  func insertion(_ template: String, title: String) -> Suggestion {
    let offset = scratch.insertionOffset()
    let source = text.source
    let atEnd = offset >= source.utf8Count
    var newText = template
    if atEnd {
      let endsWithNewline = source.utf8.last == 0x0A
      newText = (source.utf8Count == 0 ? "" : endsWithNewline ? "\n" : "\n\n") + template + "\n"
    } else {
      newText = template + "\n\n"
    }
    return Suggestion(
      kind: .insertion, title: title, edit: TextEdit(range: TextRange(offset, offset), newText: newText))
  }
}

/// `TokenizedText.sentenceIndex(containing:)` for offsets that never decrease: the sentences are in
/// text order and do not overlap, so the search goes on from where the last one ended.
struct SentenceCursor {
  let sentences: [Sentence]
  var next = 0

  init(_ sentences: [Sentence]) { self.sentences = sentences }

  mutating func index(containing offset: Int) -> Int? {
    while next < sentences.count && sentences[next].range.upperBound <= offset { next += 1 }
    guard next < sentences.count, sentences[next].range.lowerBound <= offset else { return nil }
    return next
  }
}
