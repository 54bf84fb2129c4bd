import KlarsvarPhrases
import KlarsvarText

/// Lints texts with a compiled rule set. Immutable and safe to share between threads.
///
/// The engine knows rules only through `RuleType` and the capabilities a type opts into
/// (`InsertionAnchoring`, `SideOutputProducing`); it names no rule type.
public struct Linter: Sendable {
  public let ruleSet: RuleSet
  private let tokenizer: Tokenizer
  /// Per rule, worked out once instead of per document (a dynamic cast otherwise): its position among
  /// the producers of side outputs (-1 for most rules: a number, so the loop copies no existential),
  /// the rule as an insertion anchor, whether its findings in quoted text are dropped, and whether it
  /// finds nothing where none of its phrases occur.
  private let producerSlots: [Int]
  private let producers: [any SideOutputProducing]
  private let anchors: [(any InsertionAnchoring)?]
  private let skipsQuoted: [Bool]
  private let skipsReaderQuestion: [Bool]
  private let needsMatches: [Bool]
  /// Per rule, the ids of rules its findings give way to where they overlap (mostly empty).
  private let yieldTargets: [Set<String>]
  /// Per rule, whether its findings are about the whole document (`DocumentScoped`).
  private let documentScoped: [Bool]
  /// Rule indices that apply to each document kind (by `DocumentKind.allCases` position), in order.
  private let rulesByKind: [[Int]]

  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    tokenizer = Tokenizer(index: ruleSet.automaton.index)
    var producers: [any SideOutputProducing] = []
    producerSlots = ruleSet.rules.map { rule in
      guard let producer = rule.type as? any SideOutputProducing else { return -1 }
      producers.append(producer)
      return producers.count - 1
    }
    self.producers = producers
    anchors = ruleSet.rules.map { $0.type as? any InsertionAnchoring }
    skipsQuoted = ruleSet.rules.map { $0.metadata.skipsQuoted }
    skipsReaderQuestion = ruleSet.rules.map { $0.metadata.skipsReaderQuestion }
    yieldTargets = ruleSet.rules.map { rule in Set(rule.metadata.yieldsTo) }
    documentScoped = ruleSet.rules.map { $0.type is any DocumentScoped }
    needsMatches = ruleSet.rules.map { $0.type.needsMatches }
    rulesByKind = DocumentKind.allCases.map { kind in
      ruleSet.rules.indices.filter { ruleSet.rules[$0].metadata.applies(to: kind) }
    }
  }

  /// Tokenizes, matches every phrase once, runs each active rule, then applies quoting,
  /// suppression and severity settings.
  public func lint(_ string: String, options: LintOptions = LintOptions()) -> LintResult {
    lint(SourceText(string), options: options)
  }

  /// Lints a text whose line index already exists (the language server keeps one per open document).
  public func lint(_ source: SourceText, options: LintOptions = LintOptions()) -> LintResult {
    let text = tokenizer.tokenize(source, format: options.format, placeholders: options.placeholders)
    var notices: [Notice] = []
    let scratch = DocumentScratch(text: text, language: ruleSet.language)
    let kindDecision = Self.kind(of: text, configured: options.kind, language: scratch.language, notices: &notices)
    let kind = kindDecision.kind
    let matchesByRule = MatchGroups(ruleSet.automaton, text: text, ruleCount: ruleSet.rules.count)
    let active = activeRules(options.rules, kind)
    scratch.insertionOffset = insertionLocator(active, matchesByRule, kind, scratch)
    var sideOutputs = SideOutputs()
    var findings = run(active, matchesByRule, kind, scratch, options.rules, &sideOutputs)
    for index in scratch.regexBudget.exhausted {
      notices.append(
        Notice(range: TextRange(0, 0), message: scratch.regexBudget.notice(ruleID: ruleSet.rules[index].metadata.id)))
    }
    Self.dropYielding(&findings, targets: yieldTargets, documentScoped: documentScoped, ruleSet: ruleSet)
    let suppressions = Suppressions(text, knownRuleIDs: ruleSet.ruleIDs)
    // Suppressed spans come only from directives; testing a finding copies it, so skip the pass without any.
    if !text.directives.isEmpty { findings.removeAll(where: suppressions.suppresses) }
    notices += suppressions.notices
    Self.sortByRangeAndRule(&findings)
    return LintResult(
      text: text, kind: kind, kindDecision: kindDecision, findings: findings, notices: notices,
      sideOutputs: sideOutputs)
  }

  /// The kind declared in front matter, else the configured one, else the one the text's signals point
  /// to; an unknown declared kind is a notice.
  private static func kind(
    of text: TokenizedText, configured: DocumentKind?, language: DocumentLanguage, notices: inout [Notice]
  ) -> KindDecision {
    if let declared = text.frontMatter["kind"] {
      if let parsed = DocumentKind(name: declared) { return KindDecision(kind: parsed, source: .declared) }
      notices.append(
        Notice(
          range: TextRange(0, 0),
          message: "okänd dokumenttyp \"\(declared)\" i front matter (\(DocumentKind.names))"))
    }
    if let configured { return KindDecision(kind: configured, source: .configured) }
    let detected = language.detectedKind
    return KindDecision(
      kind: detected.kind, source: .detected, confidence: detected.confidence,
      signals: detected.signals.map { KindDecision.Signal(name: $0.name, evidence: $0.evidence) })
  }

  /// Runs the active rules in order and returns their findings, quoted text and configured severities
  /// applied; side outputs go to `sideOutputs`.
  private func run(
    _ active: [Int], _ matchesByRule: MatchGroups, _ kind: DocumentKind, _ scratch: DocumentScratch,
    _ settings: RuleSettings, _ sideOutputs: inout SideOutputs
  ) -> [Finding] {
    guard let firstRule = active.first else { return [] }
    let text = scratch.text
    // One context for all rules: each rule's findings are appended to the ones before.
    var context = RuleCheckContext(
      text: text, metadata: ruleSet.rules[firstRule].metadata, matches: [], kind: kind, scratch: scratch,
      contacts: ruleSet.contacts)
    context.reserveFindings(32)
    for index in active where !(needsMatches[index] && matchesByRule.isEmpty(index)) {
      context.begin(ruleSet.rules[index].metadata, matches: matchesByRule[index])
      scratch.regexBudget.begin(rule: index)
      let firstNew = context.findings.count
      let slot = producerSlots[index]
      if slot >= 0 {
        producers[slot].check(&context, collecting: &sideOutputs)
      } else {
        ruleSet.rules[index].type.check(&context)
      }
      guard context.findings.count > firstNew else { continue }
      // A rule whose regular expressions were stopped is skipped whole: what it found so far may be
      // wrong (a required phrase not found in time would be reported missing).
      if scratch.regexBudget.isExhausted {
        context.filterFindings(from: firstNew) { _ in false }
        continue
      }
      let override = settings.overrides.isEmpty ? nil : settings.overrides[ruleSet.rules[index].metadata.id]
      let skips = skipsQuoted[index] && !text.quoted.isEmpty
      let answerStart = skipsReaderQuestion[index] ? scratch.readerQuestionEnd : nil
      if !skips, answerStart == nil, override == nil { continue }
      context.filterFindings(from: firstNew) { finding in
        if skips && text.isQuoted(finding.range) { return false }
        if let answerStart, finding.range.lowerBound < answerStart { return false }
        if case .severity(let severity) = override { finding.severity = severity }
        return true
      }
    }
    return context.takeFindings()
  }

  /// Where inserted paragraphs go in one document: before the earliest paragraph an active
  /// `InsertionAnchoring` rule names, else at the end. Worked out at the first insertion, once.
  private func insertionLocator(
    _ active: [Int], _ matchesByRule: MatchGroups, _ kind: DocumentKind, _ scratch: DocumentScratch
  ) -> () -> Int {
    var offset: Int?
    // The closure lives in `scratch`, so it must not hold `scratch` strongly (a leak per lint otherwise).
    return { [unowned scratch, rules = ruleSet.rules, contacts = ruleSet.contacts, anchors] in
      if let offset { return offset }
      let text = scratch.text
      let paragraph = active.compactMap { index -> Int? in
        guard let anchor = anchors[index] else { return nil }
        let context = RuleCheckContext(
          text: text, metadata: rules[index].metadata, matches: matchesByRule[index], kind: kind, scratch: scratch,
          contacts: contacts)
        return anchor.insertionParagraph(in: context)
      }.min()
      let found = paragraph.map { text.paragraphs[$0].range.lowerBound } ?? text.source.utf8Count
      offset = found
      return found
    }
  }

  /// Indices of the rules that run on a document: enabled packs, not turned off, applying to its
  /// kind. Read from the per-kind lists, without copying rule metadata when nothing is configured.
  private func activeRules(_ settings: RuleSettings, _ kind: DocumentKind) -> [Int] {
    let applying = rulesByKind[DocumentKind.allCases.firstIndex(of: kind)!]
    if settings.enabledPacks == nil && settings.overrides.isEmpty { return applying }
    return applying.filter { index in
      let metadata = ruleSet.rules[index].metadata
      if let packs = settings.enabledPacks, !packs.contains(metadata.packID) { return false }
      return settings.overrides[metadata.id] != .off
    }
  }
}
