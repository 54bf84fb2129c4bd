/// What a phrase in the automaton stands for: which rule, in which role, which entry.
package struct PhraseOutput: Hashable, Sendable {
  /// Index of the rule in the compiled rule set (or of the contact, for a contact rule's names).
  package var owner: Int32
  package var role: PhraseRole
  /// Index of the entry within its list (phrase index, evidence group, …).
  package var item: Int32
  /// Second index where a role needs one (evidence item within its group).
  package var subitem: Int32
  /// Alternative taken in the phrase's first `{…}` group.
  package var choice: Int32

  package init(owner: Int32, role: PhraseRole, item: Int32, subitem: Int32, choice: Int32) {
    self.owner = owner
    self.role = role
    self.item = item
    self.subitem = subitem
    self.choice = choice
  }
}

/// The part a phrase plays in its rule: a small number that each rule type gives a meaning of its
/// own (its `RuleRole` cases), so the phrase layer names no rule type's roles.
package struct PhraseRole: RawRepresentable, Hashable, Sendable {
  package var rawValue: UInt8

  /// Every number is a role (the automaton keeps one byte per output); never nil.
  package init?(rawValue: UInt8) { self.rawValue = rawValue }

  package init(_ rawValue: UInt8) { self.rawValue = rawValue }
}

/// One occurrence of a phrase in a document, in token indices (end exclusive).
package struct PhraseMatch: Sendable {
  package var output: PhraseOutput
  package var tokenStart: Int32
  package var tokenEnd: Int32
}
