/// A kind of check. Rule types are Swift; rules are data.
///
/// A type reads its own options in a validating initializer that precompiles everything (phrases
/// into the shared automaton, regular expressions) and then checks documents without allocation
/// beyond its findings.
protocol RuleType: Sendable {
  /// The `type` value in rule files.
  static var typeName: String { get }

  /// Reads the type's own fields; unknown fields are rejected by the caller afterwards.
  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws

  /// Adds the rule's findings for one document.
  func check(_ context: inout RuleCheckContext)

  /// Whether the rule can only report when some of its phrases matched; the engine then skips it
  /// for documents where none did.
  var needsMatches: Bool { get }
}

extension RuleType {
  var needsMatches: Bool { false }
}

/// The registry of rule types, sorted by name (a test checks every type is listed).
enum RuleTypes {
  static let all: [any RuleType.Type] = [
    CommitmentRule.self,
    ContactRule.self,
    MetricRule.self,
    PatternRule.self,
    PhraseRule.self,
    RequiresRule.self,
    StructureRule.self,
  ]

  static let byName: [String: any RuleType.Type] = Dictionary(uniqueKeysWithValues: all.map { ($0.typeName, $0) })
}
