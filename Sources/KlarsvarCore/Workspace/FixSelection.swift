import KlarsvarText

/// Chooses the edits a fix applies to one text, for every front end (`check --fix`, the editor's
/// "fix all"): each finding's single replacement suggestion (never an insertion, never a pick among
/// several) when its rule marks it safe in context, without overlaps. Other suggestions stay for a
/// person to apply one by one.
public enum FixSelection {
  /// One edit to apply, with the rule it came from.
  public struct Fix: Hashable, Sendable {
    public var ruleID: String
    public var title: String
    public var edit: TextEdit
  }

  /// The unambiguous fixes among `findings`, sorted by position, none overlapping another.
  ///
  /// - Important: overlaps are resolved deterministically: the edit starting first wins, then the
  ///   longer one, then the smaller rule id, then the smaller new text. Edits that would not change
  ///   the text (same bytes) or reach past `textLength` are dropped.
  public static func select(_ findings: [Finding], in source: SourceText) -> [Fix] {
    let candidates = findings.compactMap { finding -> Fix? in
      let replacements = finding.suggestions.filter { $0.kind == .replacement }
      guard replacements.count == 1, let suggestion = replacements.first, suggestion.isSafeInContext else { return nil }
      let range = suggestion.edit.range
      guard range.lowerBound >= 0, range.upperBound <= source.utf8Count,
        source.text(in: range) != suggestion.edit.newText
      else { return nil }
      return Fix(ruleID: finding.ruleID, title: suggestion.title, edit: suggestion.edit)
    }
    let ordered = candidates.sorted { a, b in
      let (ra, rb) = (a.edit.range, b.edit.range)
      if ra.lowerBound != rb.lowerBound { return ra.lowerBound < rb.lowerBound }
      if ra.length != rb.length { return ra.length > rb.length }
      if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
      return a.edit.newText < b.edit.newText
    }
    var chosen: [Fix] = []
    for fix in ordered {
      if let last = chosen.last {
        let previous = last.edit.range
        let current = fix.edit.range
        // Touching ranges are independent, except two edits at one point (order would matter).
        if current.lowerBound < previous.upperBound || (current.lowerBound == previous.lowerBound) { continue }
      }
      chosen.append(fix)
    }
    return chosen
  }

  /// The text with `fixes` (sorted, non-overlapping, as `select` returns them) applied. Bytes
  /// outside the fixes' ranges are copied unchanged.
  public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 64)
    var cursor = 0
    for fix in fixes {
      precondition(fix.edit.range.lowerBound >= cursor, "fixes must be sorted and must not overlap")
      output += bytes[cursor..<fix.edit.range.lowerBound]
      output += Array(fix.edit.newText.utf8)
      cursor = fix.edit.range.upperBound
    }
    output += bytes[cursor...]
    return output
  }
}
