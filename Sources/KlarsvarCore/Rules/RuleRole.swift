import KlarsvarPhrases

/// The parts a rule type's phrases play, declared by the type itself:
/// `enum Role: UInt8, RuleRole { case cue, anchor }`.
///
/// The automaton stores a role as a small number beside the rule's index, so roles need to differ
/// only within one type, and a new type brings its roles in its own file.
protocol RuleRole: RawRepresentable<UInt8>, CaseIterable, Sendable {}

extension RuleRole {
  /// The role as the automaton stores it.
  var phraseRole: PhraseRole {
    // The phrase layer keeps a role in a `PhraseRole`, whose cases serve here only as numbers.
    guard let stored = PhraseRole(rawValue: rawValue) else {
      preconditionFailure("\(Self.self).\(self): a rule type has room for at most 9 phrase roles")
    }
    return stored
  }
}

extension PhraseOutput {
  /// Whether the phrase plays `role` in its rule.
  @inline(__always)
  func plays(_ role: some RuleRole) -> Bool { self.role.rawValue == role.rawValue }
}
