import Foundation

/// An inline `klarsvar-disable…` / `klarsvar-enable` instruction found in the text.
public struct SuppressionDirective: Hashable, Sendable {
  public enum Kind: String, Sendable {
    case disableNextLine = "klarsvar-disable-next-line"
    case disableLine = "klarsvar-disable-line"
    case disable = "klarsvar-disable"
    case enable = "klarsvar-enable"
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
    let kinds: [Kind] = [.disableNextLine, .disableLine, .disable, .enable]
    for kind in kinds where trimmed.hasPrefix(kind.rawValue) {
      let rest = trimmed.dropFirst(kind.rawValue.count)
      if let first = rest.first, !first.isWhitespace && first != "," { continue }
      let ids = rest.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
      return SuppressionDirective(kind: kind, ruleIDs: ids, range: range, line: line)
    }
    return nil
  }
}
