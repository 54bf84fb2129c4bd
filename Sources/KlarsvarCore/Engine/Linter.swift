/// Lints texts with a compiled rule set. Immutable and safe to share between threads.
public struct Linter: Sendable {
  public let ruleSet: RuleSet
  private let tokenizer: Tokenizer

  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    tokenizer = Tokenizer(index: ruleSet.automaton.index)
  }

  /// Tokenizes, matches every phrase once, runs each active rule, then applies quoting,
  /// suppression and severity settings.
  public func lint(_ string: String, options: LintOptions = LintOptions()) -> LintResult {
    let text = tokenizer.tokenize(SourceText(string), format: options.format, placeholders: options.placeholders)
    var notices: [Notice] = []
    var kind = options.kind ?? .reply
    if let declared = text.frontMatter["kind"] {
      if let parsed = DocumentKind(rawValue: declared.lowercased()) {
        kind = parsed
      } else {
        notices.append(
          Notice(
            range: TextRange(0, 0),
            message: "okänd dokumenttyp \"\(declared)\" i front matter (reply, decision, summary, opinion)"))
      }
    }
    let matchesByRule = groupedMatches(text)
    let scratch = DocumentScratch(text: text)
    let active = ruleSet.rules.indices.filter { isActive(ruleSet.rules[$0].metadata, options.rules, kind) }
    func context(_ index: Int) -> RuleCheckContext {
      RuleCheckContext(
        text: text, metadata: ruleSet.rules[index].metadata, matches: matchesByRule[index], kind: kind,
        scratch: scratch,
        contacts: ruleSet.contacts)
    }
    var insertion: Int?
    // The closure lives in `scratch`, so it must not hold `scratch` strongly (a leak per lint otherwise).
    scratch.insertionOffset = { [unowned scratch, rules = ruleSet.rules, contacts = ruleSet.contacts] in
      if let insertion { return insertion }
      let closing = active.compactMap { index -> Int? in
        let closingContext = RuleCheckContext(
          text: text, metadata: rules[index].metadata, matches: matchesByRule[index], kind: kind, scratch: scratch,
          contacts: contacts)
        return (rules[index].type as? StructureRule)?.closingParagraph(in: closingContext)
      }.min()
      let offset = closing.map { text.paragraphs[$0].range.lowerBound } ?? text.source.utf8Count
      insertion = offset
      return offset
    }
    var findings: [Finding] = []
    var commitments: [Commitment] = []
    for index in active {
      var ruleContext = context(index)
      let rule = ruleSet.rules[index]
      rule.type.check(&ruleContext)
      if rule.type is CommitmentRule { commitments += CommitmentRule.commitments(in: ruleContext) }
      let override = options.rules.overrides[rule.metadata.id]
      for var finding in ruleContext.findings {
        if rule.metadata.category.skipsQuotedText && text.isQuoted(finding.range) { continue }
        if case .severity(let severity) = override { finding.severity = severity }
        findings.append(finding)
      }
    }
    let suppressions = Suppressions(text, knownRuleIDs: ruleSet.ruleIDs)
    findings.removeAll(where: suppressions.suppresses)
    notices += suppressions.notices
    findings.sort { ($0.range, $0.ruleID) < ($1.range, $1.ruleID) }
    commitments.sort { $0.cue < $1.cue }
    return LintResult(text: text, kind: kind, findings: findings, notices: notices, commitments: commitments)
  }

  func isActive(_ metadata: RuleMetadata, _ settings: RuleSettings, _ kind: DocumentKind) -> Bool {
    if let packs = settings.enabledPacks, !packs.contains(metadata.packID) { return false }
    if settings.overrides[metadata.id] == .off { return false }
    return metadata.applies(to: kind)
  }

  /// Matches grouped by the rule that registered them, each group ordered by position.
  private func groupedMatches(_ text: TokenizedText) -> [ArraySlice<PhraseMatch>] {
    // The automaton reports matches in order of their start token, so bucketing keeps that order.
    var buckets = [[PhraseMatch]](repeating: [], count: ruleSet.rules.count)
    for match in ruleSet.automaton.matches(in: text)
    where match.output.owner >= 0 && Int(match.output.owner) < buckets.count {
      buckets[Int(match.output.owner)].append(match)
    }
    return buckets.map { $0[...] }
  }
}
