/// Something whose presence in the text satisfies a requirement: a phrase, a body's phone number
/// or website, or a regular expression.
enum EvidenceItem: Sendable {
  /// Phrases registered in the automaton under this item's group and index.
  case phrases
  /// Digits of a phone number, compared group-aligned.
  case phone(digits: String)
  /// A bare domain such as `ivo.se`.
  case website(domain: String)
  case pattern(CompiledRegex)
  /// Any phone number (`@phone`): 7–12 digits starting with 0 or +46.
  case anyPhone
}
