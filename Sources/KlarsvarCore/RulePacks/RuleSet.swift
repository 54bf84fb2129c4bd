import KlarsvarLanguage
import KlarsvarPhrases

/// Every rule of the loaded packs, compiled: one phrase automaton, regular expressions, contacts, and
/// the Swedish language layer built from the packs' language data.
public struct RuleSet: Sendable {
  public let packs: [PackManifest]
  public let language: SwedishLanguage
  public let rules: [CompiledRule]
  let automaton: PhraseAutomaton
  public let contacts: [String: Contact]
  let indexByID: [String: Int]
  /// Built once: every lint checks its suppression directives against it.
  public let ruleIDs: Set<String>

  init(
    packs: [PackManifest], rules: [CompiledRule], automaton: PhraseAutomaton, contacts: [String: Contact],
    language: SwedishLanguage
  ) {
    self.packs = packs
    self.language = language
    self.rules = rules
    self.automaton = automaton
    self.contacts = contacts
    indexByID = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.metadata.id, $0.offset) })
    ruleIDs = Set(indexByID.keys)
  }

  public func rule(withID id: String) -> CompiledRule? { indexByID[id].map { rules[$0] } }

  func index(ofRule id: String) -> Int? { indexByID[id] }

  /// Number of phrase variants compiled into the automaton (for benchmarks).
  public var phraseCount: Int { automaton.phraseCount }
}

/// A rule ready to run: its metadata and its type's compiled options.
public struct CompiledRule: Sendable {
  public let metadata: RuleMetadata
  let type: any RuleType
}
