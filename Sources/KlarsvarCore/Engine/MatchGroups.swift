import KlarsvarPhrases
import KlarsvarText

/// Every rule's phrase matches in one array, grouped by rule: a group is sliced out only for a rule
/// that runs, instead of one slice (and one reference to the array) per rule and document.
struct MatchGroups {
  let matches: [PhraseMatch]
  /// Where each rule's group begins, and the total last.
  let starts: [Int]

  subscript(rule: Int) -> ArraySlice<PhraseMatch> { matches[starts[rule]..<starts[rule + 1]] }

  func isEmpty(_ rule: Int) -> Bool { starts[rule] == starts[rule + 1] }

  init(matches: [PhraseMatch], starts: [Int]) {
    self.matches = matches
    self.starts = starts
  }

  /// The matches of `automaton` in `text` grouped by the rule that registered them, each group
  /// ordered by position. Matches of owners at or above `ruleCount` (vocabulary) are left out.
  init(_ automaton: PhraseAutomaton, text: TokenizedText, ruleCount: Int) {
    // The automaton reports matches in order of their start token, and counts them per rule: a stable
    // counting sort by rule keeps that order and puts every group in one array.
    // Read in place from the walk's memory: the matches are copied once, already grouped.
    self = automaton.withMatches(in: text, countingOwnersBelow: ruleCount) { matches, counts in
      // `starts[rule]` is where the rule's group begins; `starts[ruleCount]` is the total.
      let starts = [Int](unsafeUninitializedCapacity: ruleCount + 1) { starts, initialized in
        var total = 0
        for rule in 0..<ruleCount {
          starts[rule] = total
          total += counts[rule]
        }
        starts[ruleCount] = total
        initialized = ruleCount + 1
      }
      let total = starts[ruleCount]
      guard total > 0 else { return MatchGroups(matches: [], starts: starts) }
      let grouped = [PhraseMatch](unsafeUninitializedCapacity: total) { buffer, count in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: ruleCount) { next in
          _ = starts.withUnsafeBufferPointer { next.initialize(fromContentsOf: $0.prefix(ruleCount)) }
          let ruleLimit = UInt32(ruleCount)
          for match in matches where UInt32(bitPattern: match.output.owner) < ruleLimit {
            let owner = Int(match.output.owner)
            buffer[next[owner]] = match
            next[owner] += 1
          }
        }
        count = total
      }
      return MatchGroups(matches: grouped, starts: starts)
    }
  }
}
