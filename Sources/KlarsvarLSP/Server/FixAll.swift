import KlarsvarCore

/// Picks the edits `source.fixAll.klarsvar` applies.
enum FixAll {
  /// Replacements that are a finding's only suggestion, in text order, skipping any that overlap an
  /// earlier one (the client applies them all at once against the same text).
  static func edits(for findings: [Finding]) -> [KlarsvarCore.TextEdit] {
    let candidates = findings.compactMap { finding -> KlarsvarCore.TextEdit? in
      guard finding.suggestions.count == 1, let only = finding.suggestions.first, only.kind == .replacement else {
        return nil
      }
      return only.edit
    }.sorted { $0.range < $1.range }
    var chosen: [KlarsvarCore.TextEdit] = []
    for edit in candidates {
      if let last = chosen.last, edit.range.lowerBound < last.range.upperBound || edit.range == last.range { continue }
      chosen.append(edit)
    }
    return chosen
  }
}
