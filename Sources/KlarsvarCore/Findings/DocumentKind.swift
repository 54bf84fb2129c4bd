/// The genre of a text; rules declare which kinds they apply to.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
  /// A reply to a citizen (complaint, question, e-mail). The default.
  case reply
  /// A decision letter (beslut), which must say how to appeal.
  case decision
  /// A summary, e.g. of a citizen dialogue.
  case summary
  /// An opinion piece or a reply to a letter to the editor.
  case opinion
}
