import KlarsvarPhrases
import KlarsvarText

/// Lints texts with a compiled rule set. Immutable and safe to share between threads.
public struct Linter: Sendable {
  public let ruleSet: RuleSet
  private let tokenizer: Tokenizer
  /// Per rule, worked out once instead of per document: whether it is a commitment rule (a
  /// dynamic cast otherwise) and whether its findings in quoted text are dropped.
  private let isCommitment: [Bool]
  private let skipsQuoted: [Bool]
  /// Rules whose type finds nothing in a document where none of the rule's phrases occur
  /// (phrase, contact, requires, commitment, and pattern rules with a prefilter).
  private let needsMatches: [Bool]
  /// Rule indices that apply to each document kind (by `DocumentKind.allCases` position), in order.
  private let rulesByKind: [[Int]]

  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
    tokenizer = Tokenizer(index: ruleSet.automaton.index)
    isCommitment = ruleSet.rules.map { $0.type is CommitmentRule }
    skipsQuoted = ruleSet.rules.map { $0.metadata.category.skipsQuotedText }
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
    let active = activeRules(options.rules, kind)
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
    var commitments: [Commitment] = []
    var findings: [Finding] = []
    if let firstRule = active.first {
      // One context for all rules: each rule's findings are appended to the ones before.
      var ruleContext = RuleCheckContext(
        text: text, metadata: ruleSet.rules[firstRule].metadata, matches: [], kind: kind, scratch: scratch,
        contacts: ruleSet.contacts)
      ruleContext.reserveFindings(32)
      for index in active where !(needsMatches[index] && matchesByRule.isEmpty(index)) {
        ruleContext.begin(ruleSet.rules[index].metadata, matches: matchesByRule[index])
        let firstNew = ruleContext.findings.count
        if isCommitment[index] {
          // Worked out once for both the findings and the commitment list.
          let found = CommitmentRule.commitments(in: ruleContext)
          CommitmentRule.reportUnanchored(found, &ruleContext)
          if commitments.isEmpty { commitments = found } else { commitments += found }
        } else {
          ruleSet.rules[index].type.check(&ruleContext)
        }
        guard ruleContext.findings.count > firstNew else { continue }
        let overrides = options.rules.overrides
        let override = overrides.isEmpty ? nil : overrides[ruleSet.rules[index].metadata.id]
        let skips = skipsQuoted[index] && !text.quoted.isEmpty
        if !skips, override == nil { continue }
        ruleContext.filterFindings(from: firstNew) { finding in
          if skips && text.isQuoted(finding.range) { return false }
          if case .severity(let severity) = override { finding.severity = severity }
          return true
        }
      }
      findings = ruleContext.takeFindings()
    }
    let suppressions = Suppressions(text, knownRuleIDs: ruleSet.ruleIDs)
    // Suppressed spans come only from directives; testing a finding copies it, so skip the pass without any.
    if !text.directives.isEmpty { findings.removeAll(where: suppressions.suppresses) }
    notices += suppressions.notices
    Self.sortByRangeAndRule(&findings)
    commitments.sort { $0.cue < $1.cue }
    return LintResult(text: text, kind: kind, findings: findings, notices: notices, commitments: commitments)
  }

  /// Sorts as `findings.sort { ($0.range, $0.ruleID) < ($1.range, $1.ruleID) }` (a stable sort) does:
  /// sorts indices, with the index last to keep equal findings in order, then moves each finding once
  /// instead of moving findings (88 bytes each) at every step of the sort.
  static func sortByRangeAndRule(_ findings: inout [Finding]) {
    let count = findings.count
    guard count > 1 else { return }
    var order = [Int](0..<count)
    let sorted = findings.withUnsafeBufferPointer { findings -> Bool in
      func precedes(_ first: Int, _ second: Int) -> Bool {
        let (firstRange, secondRange) = (findings[first].range, findings[second].range)
        if firstRange != secondRange { return firstRange < secondRange }
        let (firstID, secondID) = (findings[first].ruleID, findings[second].ruleID)
        if firstID != secondID { return firstID < secondID }
        return first < second
      }
      if (1..<count).allSatisfy({ precedes($0 - 1, $0) }) { return true }
      order.sort(by: precedes)
      return false
    }
    guard !sorted else { return }
    // `order[position]` is the index of the finding that belongs there: follow each cycle of the
    // permutation, moving findings without copying them, and mark placed positions.
    findings.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for start in 0..<count where order[start] != start {
        let saved = (base + start).move()
        var hole = start
        while true {
          let source = order[hole]
          order[hole] = hole
          if source == start {
            (base + hole).initialize(to: saved)
            break
          }
          (base + hole).moveInitialize(from: base + source, count: 1)
          hole = source
        }
      }
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

  /// Matches grouped by the rule that registered them, each group ordered by position.
  private func groupedMatches(_ text: TokenizedText) -> MatchGroups {
    // The automaton reports matches in order of their start token, and counts them per rule: a stable
    // counting sort by rule keeps that order and puts every group in one array.
    let ruleCount = ruleSet.rules.count
    // Read in place from the walk's memory: the matches are copied once, already grouped.
    return ruleSet.automaton.withMatches(in: text, countingOwnersBelow: ruleCount) { matches, counts in
      // `starts[rule]` is where the rule's group begins; `starts[ruleCount]` is the total.
      let starts = [Int](unsafeUninitializedCapacity: ruleCount + 1) { starts, initialized in
        var total = 0
        for rule in 0..<ruleCount {
          starts[rule] = total
          total += counts[rule]
        }
        starts[ruleCount] = total
        initialized = ruleCount + 1
      }
      let total = starts[ruleCount]
      guard total > 0 else { return MatchGroups(matches: [], starts: starts) }
      let grouped = [PhraseMatch](unsafeUninitializedCapacity: total) { buffer, count in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: ruleCount) { next in
          _ = starts.withUnsafeBufferPointer { next.initialize(fromContentsOf: $0.prefix(ruleCount)) }
          let ruleLimit = UInt32(ruleCount)
          for match in matches where UInt32(bitPattern: match.output.owner) < ruleLimit {
            let owner = Int(match.output.owner)
            buffer[next[owner]] = match
            next[owner] += 1
          }
        }
        count = total
      }
      return MatchGroups(matches: grouped, starts: starts)
    }
  }
}
