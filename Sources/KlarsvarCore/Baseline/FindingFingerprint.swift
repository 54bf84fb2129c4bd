import KlarsvarText

/// A finding's identity that survives edits elsewhere in its file: the rule id, the matched text
/// and up to `contextWords` words on each side within its paragraph, lowercased and
/// whitespace-normalised, hashed with 64-bit FNV-1a. Line numbers play no part, so a paragraph
/// added above a finding, or a line re-wrapped, keeps it known.
public enum FindingFingerprint {
  /// Words of surroundings taken on each side of the matched text.
  public static let contextWords = 3
  /// How far (in UTF-8 bytes) to look for those words.
  static let window = 160

  /// The fingerprint of `finding` in the text its range points into: 16 hex digits.
  public static func of(_ finding: Finding, in source: SourceText) -> String {
    hash(finding.ruleID + "\u{1F}" + context(of: finding.range, in: source))
  }

  /// The fingerprints of a file's findings with a 1-based occurrence number (`hash:n`) that tells
  /// identical findings in one file apart, for formats whose fingerprints must be unique.
  public static func numbered(_ findings: [Finding], in source: SourceText) -> [String] {
    var seen: [String: Int] = [:]
    return findings.map { finding in
      let plain = of(finding, in: source)
      seen[plain, default: 0] += 1
      return "\(plain):\(seen[plain]!)"
    }
  }

  /// The normalised text that is hashed: words before, matched text, words after, joined by `|`.
  static func context(of range: TextRange, in source: SourceText) -> String {
    let beforeStart = source.scalarAligned(max(0, range.lowerBound - window))
    let afterEnd = source.scalarAligned(min(source.utf8Count, range.upperBound + window))
    let before = words(paragraphPart(source.text(in: TextRange(beforeStart, range.lowerBound)), fromEnd: true))
      .suffix(contextWords)
    let after = words(paragraphPart(source.text(in: TextRange(range.upperBound, afterEnd)), fromEnd: false))
      .prefix(contextWords)
    let matched = words(source.text(in: range))
    return [before, matched[...], after].map { $0.joined(separator: " ") }.joined(separator: "|")
  }

  /// The part of `text` in the finding's paragraph: the lines next to the finding up to a blank line.
  /// The line touching the finding always counts, even when the finding starts or ends it.
  static func paragraphPart(_ text: String, fromEnd: Bool) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if fromEnd { lines.reverse() }
    var kept = [lines[0]]
    for line in lines.dropFirst() {
      if line.allSatisfy({ $0.isWhitespace }) { break }
      kept.append(line)
    }
    if fromEnd { kept.reverse() }
    return kept.joined(separator: "\n")
  }

  private static func words(_ text: String) -> [String] {
    text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
  }

  /// 64-bit FNV-1a of the UTF-8 bytes, as 16 lowercase hex digits (stable across runs and platforms).
  package static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x0000_0100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
