import KlarsvarText

/// Sequences of phrase element ids stored end to end, each with the group choice it took: the
/// parser's working form of alternatives and expansions, three arrays instead of one per sequence.
struct ElementRuns {
  private(set) var ids: [Int32] = []
  private(set) var ends: [Int] = []
  private(set) var choices: [Int] = []

  /// Room for about this many ids and runs, so appending rarely reallocates.
  init(reservingIDs idCount: Int, runs runCount: Int) {
    ids.reserveCapacity(idCount)
    ends.reserveCapacity(runCount)
    choices.reserveCapacity(runCount)
  }

  var count: Int { ends.count }

  func range(_ run: Int) -> Range<Int> { (run == 0 ? 0 : ends[run - 1])..<ends[run] }

  func elements(_ run: Int) -> ArraySlice<Int32> { ids[range(run)] }

  /// Appends to the run being built; `close` ends it.
  mutating func extend(_ elements: some Collection<Int32>) { ids.append(contentsOf: elements) }

  mutating func close(choice: Int) {
    ends.append(ids.count)
    choices.append(choice)
  }

  mutating func append(_ elements: some Collection<Int32>, choice: Int) {
    ids.append(contentsOf: elements)
    close(choice: choice)
  }

  /// The runs, in order, that equal (elements and choice) no run before them.
  func firstOccurrences(of runs: [Int]) -> [Int] {
    // Open addressing over run indices, hashing the ids (FNV-1a) rather than hashing slices.
    var capacity = 16
    while capacity < runs.count * 2 { capacity <<= 1 }
    var table = [Int](repeating: -1, count: capacity)
    var kept: [Int] = []
    kept.reserveCapacity(runs.count)
    for run in runs {
      var hash = Vocabulary.offsetBasis
      for position in range(run) { hash = (hash ^ UInt64(UInt32(bitPattern: ids[position]))) &* Vocabulary.prime }
      hash = (hash ^ UInt64(choices[run])) &* Vocabulary.prime
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
      while table[slot] >= 0 && !equal(table[slot], run) { slot = (slot + 1) & (capacity - 1) }
      if table[slot] < 0 {
        table[slot] = run
        kept.append(run)
      }
    }
    return kept
  }

  private func equal(_ first: Int, _ second: Int) -> Bool {
    choices[first] == choices[second] && elements(first) == elements(second)
  }

  /// Every combination of one run per slot, earlier slots varying slowest; a run takes the choice
  /// of the slot that tracks one, else 0.
  func product(_ slots: [(first: Int, count: Int, tracks: Bool)]) -> ElementRuns {
    if slots.allSatisfy({ $0.count == 1 }) {
      var result = ElementRuns(reservingIDs: slots.reduce(0) { $0 + range($1.first).count }, runs: 1)
      // One combination: the slots' runs end to end (a tracking slot has several runs).
      for slot in slots { result.extend(elements(slot.first)) }
      result.close(choice: 0)
      return result
    }
    let longest = slots.reduce(0) { length, slot in
      length + (slot.first..<(slot.first + slot.count)).reduce(0) { max($0, range($1).count) }
    }
    let total = slots.reduce(1) { $0 * $1.count }
    var result = ElementRuns(reservingIDs: total * longest, runs: total)
    var digits = [Int](repeating: 0, count: slots.count)
    while true {
      var choice = 0
      for (index, slot) in slots.enumerated() {
        let run = slot.first + digits[index]
        // Element by element: the capacity is reserved, and slices would cost a retain each.
        for position in range(run) { result.ids.append(ids[position]) }
        if slot.tracks { choice = choices[run] }
      }
      result.close(choice: choice)
      var index = slots.count - 1
      while index >= 0 {
        digits[index] += 1
        if digits[index] < slots[index].count { break }
        digits[index] = 0
        index -= 1
      }
      if index < 0 { return result }
    }
  }
}
