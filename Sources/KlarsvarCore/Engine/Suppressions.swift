import KlarsvarText

/// Applies `klarsvar-disable-next-line`, `klarsvar-disable-line`, `klarsvar-disable` … `klarsvar-enable`.
struct Suppressions {
  private struct Span {
    var ruleIDs: Set<String>  // empty: all rules
    /// With `ruleIDs` empty: rules re-enabled by name inside a `klarsvar-disable` of all rules.
    var except: Set<String> = []
    var range: TextRange
  }

  private var spans: [Span] = []
  private(set) var notices: [Notice] = []

  init(_ text: TokenizedText, knownRuleIDs: Set<String>) {
    var open: [String: Int] = [:]  // rule id → start offset
    var all: (start: Int, except: Set<String>)?  // an open `klarsvar-disable` of every rule
    notices = text.directiveProblems.map { Notice(range: $0.range, message: $0.message) }
    for directive in text.directives {
      for id in directive.ruleIDs where !knownRuleIDs.contains(id) {
        notices.append(Notice(range: directive.range, message: "okänt regel-id \"\(id)\" i \(directive.kind.rawValue)"))
      }
      let ids = Set(directive.ruleIDs)
      switch directive.kind {
      case .disableLine:
        spans.append(Span(ruleIDs: ids, range: lineRange(text, directive.line)))
      case .disableNextLine:
        var line = text.source.line(containing: directive.range.upperBound) + 1
        while line < text.source.lineCount && text.source.lineText(line).allSatisfy(\.isWhitespace) { line += 1 }
        spans.append(Span(ruleIDs: ids, range: lineRange(text, line)))
      case .disable:
        if ids.isEmpty {
          if all == nil { all = (directive.range.upperBound, []) }
        } else {
          for id in ids where open[id] == nil { open[id] = directive.range.upperBound }
        }
      case .enable:
        for id in ids.isEmpty ? Array(open.keys) : Array(ids) {
          if let start = open.removeValue(forKey: id) {
            spans.append(Span(ruleIDs: [id], range: TextRange(start, directive.range.lowerBound)))
          }
        }
        if let current = all {
          let range = TextRange(current.start, directive.range.lowerBound)
          spans.append(Span(ruleIDs: [], except: current.except, range: range))
          // Enabling named rules ends the block for them only; the other rules stay disabled.
          all = ids.isEmpty ? nil : (directive.range.upperBound, current.except.union(ids))
        }
      }
    }
    for (id, start) in open {
      spans.append(Span(ruleIDs: [id], range: TextRange(start, text.source.utf8Count)))
    }
    if let all {
      spans.append(Span(ruleIDs: [], except: all.except, range: TextRange(all.start, text.source.utf8Count)))
    }
    // In text order, broken directives among the others (a stable sort by offset).
    notices = notices.enumerated().sorted {
      ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
    }
    .map(\.element)
  }

  private func lineRange(_ text: TokenizedText, _ line: Int) -> TextRange {
    guard line < text.source.lineCount else { return TextRange(text.source.utf8Count, text.source.utf8Count) }
    let range = text.source.lineRange(line)
    return TextRange(range.lowerBound, max(range.upperBound, range.lowerBound + 1))
  }

  func suppresses(_ finding: Finding) -> Bool {
    spans.contains { span in
      (span.ruleIDs.isEmpty ? !span.except.contains(finding.ruleID) : span.ruleIDs.contains(finding.ruleID))
        && span.range.lowerBound <= finding.range.lowerBound
        && finding.range.lowerBound < span.range.upperBound
    }
  }
}
