/// The registry of rule types, sorted by name (a test checks every type is listed). The only place
/// outside a type's own file that names it.
enum RuleTypes {
  static let all: [any RuleType.Type] = [
    AgreementRule.self,
    CapitalizationRule.self,
    CommitmentRule.self,
    ContactRule.self,
    MetricRule.self,
    PatternRule.self,
    PhraseRule.self,
    RequiresRule.self,
    SplitCompoundRule.self,
    StructureRule.self,
    VerbFormRule.self,
    VoicedPhraseRule.self,
  ]

  static let byName: [String: any RuleType.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.typeName, $0) })
}
