import Foundation

/// An inline `klarsvar-disable…` / `klarsvar-enable` instruction found in the text.
public struct SuppressionDirective: Hashable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case disableNextLine = "klarsvar-disable-next-line"
    case disableLine = "klarsvar-disable-line"
    case disable = "klarsvar-disable"
    case enable = "klarsvar-enable"
  }

  /// Something written as a directive that is none (an unknown word, a comment without its end):
  /// it is reported and never applied, so a typo cannot silently turn rules off or leave them on.
  public struct Problem: Hashable, Sendable {
    public var range: TextRange
    /// In Swedish, for the user.
    public var message: String
  }

  /// What a comment or a line holds.
  enum Reading: Hashable {
    case directive(SuppressionDirective)
    case problem(Problem)
    /// Not meant as a directive: ordinary text or an ordinary comment.
    case none
  }

  public var kind: Kind
  /// Rule ids; empty means every rule.
  public var ruleIDs: [String]
  /// Where the directive sits (for reporting unknown rule ids).
  public var range: TextRange
  public var line: Int

  /// Parses `klarsvar-disable-next-line a, b` from a comment's or line's inner text.
  static func parse(_ text: Substring, range: TextRange, line: Int) -> SuppressionDirective? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    for kind in Kind.allCases where trimmed.hasPrefix(kind.rawValue) {
      let rest = trimmed.dropFirst(kind.rawValue.count)
      if let first = rest.first, !first.isWhitespace && first != "," { continue }
      let ids = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
      return SuppressionDirective(kind: kind, ruleIDs: ids, range: range, line: line)
    }
    return nil
  }

  /// Reads the inner text of a comment (`inComment`, `terminated` when its `-->` was found) or of a
  /// line of plain text. In a comment a first word starting with `klarsvar-` is meant as a
  /// directive; a line of plain text, which may be prose, only when every word after it looks like
  /// a rule id (`klarsvar-disabel plain-officialese`, not `klarsvar-appen svarar.`).
  static func read(_ text: Substring, inComment: Bool, terminated: Bool, range: TextRange, line: Int) -> Reading {
    let words = text.split(whereSeparator: { $0 == "," || $0.isWhitespace })
    guard let word = words.first, word.hasPrefix("klarsvar-") else { return .none }
    guard let directive = parse(text, range: range, line: line) else {
      if !inComment && !words.dropFirst().allSatisfy(looksLikeRuleID) { return .none }
      return .problem(Problem(range: range, message: unknownMessage(String(word))))
    }
    guard terminated else {
      return .problem(
        Problem(
          range: range,
          message: "\(directive.kind.rawValue) står i en kommentar som aldrig avslutas med \"-->\": direktivet gäller "
            + "inte, och texten efter <!-- granskas inte"))
    }
    return .directive(directive)
  }

  /// Lower-case letters, digits and `-._/`, not ending in a full stop (a sentence's last word does).
  private static func looksLikeRuleID(_ word: Substring) -> Bool {
    word.last != "." && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-._/".contains($0)) }
  }

  private static func unknownMessage(_ word: String) -> String {
    let known = Kind.allCases.map(\.rawValue)
    // The directive the word shares the longest beginning with (of those, the one closest in
    // length), if that goes beyond "klarsvar-".
    let scored = known.map { name in
      (name: name, shared: zip(name, word).prefix { $0 == $1 }.count, gap: abs(name.count - word.count))
    }
    let best = scored.max { ($0.shared, -$0.gap) < ($1.shared, -$1.gap) }
    let guess = best.flatMap { $0.shared > "klarsvar-".count ? " Menade du \($0.name)?" : nil } ?? ""
    return "okänt direktiv \"\(word)\": det gäller inte.\(guess) Direktiven är "
      + known.dropLast().joined(separator: ", ") + " och \(known.last!)"
  }
}
