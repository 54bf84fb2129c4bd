/// If the text raises a matter (a trigger), it must also contain the information the reader
/// needs (every evidence group); otherwise the finding offers a ready paragraph to insert.
struct RequiresRule: RuleType {
  static let typeName = "requires"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// Words that raise the matter.
    case trigger
    /// The phrases among the evidence items.
    case evidence
  }

  let evidence: [[EvidenceItem]]
  let template: String?

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let triggersPath = reader.child("triggers")
    try builder.register(
      try builder.phraseEntries(try reader.array("triggers"), path: triggersPath), role: Role.trigger,
      path: triggersPath)
    evidence = try builder.evidenceGroups(
      try reader.array("evidence"), path: reader.child("evidence"), role: Role.evidence)
    guard !evidence.isEmpty else {
      throw JSONObjectReader.Failure(path: reader.child("evidence"), message: "listan är tom")
    }
    template = try reader.optionalString("template").map {
      try builder.renderTemplate($0, path: reader.child("template"))
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let triggers = PhraseRule.longestNonOverlapping(context.matches(Role.trigger))
    guard let first = triggers.first else { return }
    for (group, items) in evidence.enumerated()
    where !context.hasOccurrence(of: items, group: Int32(group), role: Role.evidence) {
      let related = triggers.dropFirst().map {
        RelatedLocation(
          range: context.range(of: $0),
          message: "Även här: ”\(MessageTemplate.display(context.text.source.text(in: context.range(of: $0))))”")
      }
      let suggestions = template.map { [context.insertion($0, title: "Infoga hänvisning")] } ?? []
      context.report(range: context.range(of: first), suggestions: suggestions, related: related)
      return
    }
  }
}
