import KlarsvarJSON
import KlarsvarPhrases

/// If the text raises a matter (a trigger), it must also contain the information the reader
/// needs (every evidence group); otherwise the finding names what is missing and offers a ready
/// paragraph to insert.
///
/// A trigger can be narrowed to where the matter really concerns the reader: `triggerClause` asks the
/// language layer about the clause around it (an appeal needs a decision stated as a fact, not *om du får
/// avslag* or a question), `triggerSentence` asks for one of some phrases in the same sentence (a refusal
/// addressed to *du*, not a statistic about refusals).
struct RequiresRule: DocumentScoped {
  static let typeName = "requires"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// Words that raise the matter.
    case trigger
    /// The phrases among the evidence items.
    case evidence
    /// Phrases one of which must share a sentence with a trigger (`triggerSentence`).
    case context
    /// Phrases none of which may share a sentence with a trigger (`triggerSentenceNot`).
    case contextNot
  }

  let evidence: [[EvidenceItem]]
  /// Per evidence group, what it stands for in a message (`"what"`), nil when the group is a bare list.
  let groupNames: [String?]
  let template: String?
  let triggerClause: ClauseCondition?
  let needsContext: Bool
  let hasExclusions: Bool

  /// The message slot that lists the missing groups' names.
  static let missingSlot = "missing"

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let triggersPath = reader.child("triggers")
    try builder.register(
      try builder.phraseEntries(try reader.array("triggers"), path: triggersPath), role: Role.trigger,
      path: triggersPath)
    let evidencePath = reader.child("evidence")
    let groups = try Self.readGroups(try reader.array("evidence"), path: evidencePath)
    evidence = try builder.evidenceGroups(groups.map { .array($0.items) }, path: evidencePath, role: Role.evidence)
    groupNames = groups.map(\.name)
    guard !evidence.isEmpty else {
      throw JSONObjectReader.Failure(path: evidencePath, message: "listan är tom")
    }
    template = try reader.optionalString("template").map {
      try builder.renderTemplate($0, path: reader.child("template"))
    }
    if reader.has("triggerClause") {
      var clauseReader = try JSONObjectReader(
        try reader.value("triggerClause"), path: reader.child("triggerClause"))
      triggerClause = try ClauseCondition(reading: &clauseReader)
    } else {
      triggerClause = nil
    }
    needsContext = reader.has("triggerSentence")
    if needsContext {
      let path = reader.child("triggerSentence")
      try builder.register(
        try builder.phraseEntries(try reader.array("triggerSentence"), path: path), role: Role.context, path: path)
    }
    hasExclusions = reader.has("triggerSentenceNot")
    if hasExclusions {
      let path = reader.child("triggerSentenceNot")
      try builder.register(
        try builder.phraseEntries(try reader.array("triggerSentenceNot"), path: path), role: Role.contextNot,
        path: path)
    }
  }

  /// Evidence groups as written: a list of items, or `{"what": "…", "items": [ … ]}`.
  private static func readGroups(_ raw: [JSONValue], path: String) throws -> [(name: String?, items: [JSONValue])] {
    try raw.enumerated().map { index, group in
      guard group.arrayValue == nil else { return (nil, group.arrayValue ?? []) }
      var reader = try JSONObjectReader(group, path: "\(path)/\(index)")
      let name = try reader.string("what")
      let items = try reader.array("items")
      try reader.finish()
      return (name, items)
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let triggers = PhraseRule.longestNonOverlapping(context.matches(Role.trigger)).filter { accepts($0, context) }
    guard let first = triggers.first else { return }
    var missing: [Int] = []
    for (group, items) in evidence.enumerated()
    where !context.hasOccurrence(of: items, group: Int32(group), role: Role.evidence) {
      missing.append(group)
    }
    guard !missing.isEmpty else { return }
    let related = triggers.dropFirst().map {
      RelatedLocation(
        range: context.range(of: $0),
        message: "Även här: ”\(MessageTemplate.display(context.text.source.text(in: context.range(of: $0))))”")
    }
    let suggestions = template.map { [context.insertion($0, title: "Infoga hänvisning")] } ?? []
    let names = missing.compactMap { groupNames[$0] }
    context.report(
      range: context.range(of: first), values: [(Self.missingSlot, Self.list(names))], suggestions: suggestions,
      related: related)
  }

  /// Whether a trigger stands where the rule asks: its clause and the phrases of its sentence.
  private func accepts(_ trigger: PhraseMatch, _ context: RuleCheckContext) -> Bool {
    let range = context.range(of: trigger)
    if triggerClause != nil && !context.clauseAccepts(triggerClause, at: range) { return false }
    guard needsContext || hasExclusions else { return true }
    guard let sentence = context.text.sentenceIndex(containing: range.lowerBound) else { return false }
    let bounds = context.text.sentences[sentence].range
    func occurs(_ role: Role) -> Bool {
      context.matches(role).contains { match in
        let offset = context.range(of: match).lowerBound
        return bounds.lowerBound <= offset && offset < bounds.upperBound
      }
    }
    if hasExclusions && occurs(.contextNot) { return false }
    return !needsContext || occurs(.context)
  }

  /// Names joined as Swedish lists them: *a*, *a och b*, *a, b och c*.
  static func list(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    guard names.count > 1 else { return last }
    return names.dropLast().joined(separator: ", ") + " och " + last
  }
}
