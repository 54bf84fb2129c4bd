/// A kind of check. Rule types are Swift; rules are data.
///
/// A type reads its own options in a validating initializer that precompiles everything (phrases
/// into the shared automaton, regular expressions) and then checks documents without allocation
/// beyond its findings. It names its phrases' roles itself (a `RuleRole` enum) and opts into what
/// else the engine offers through capability protocols: `InsertionAnchoring` (where inserted
/// paragraphs go) and `SideOutputProducing` (values besides findings, such as the list of promises).
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
