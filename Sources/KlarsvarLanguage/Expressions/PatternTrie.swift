/// Token patterns merged into one trie; at each token the longest match is found by a short walk.
struct PatternTrie: Sendable {
  private struct Node: Sendable {
    var words: [Int32: Int] = [:]
    var classes: [(bit: UInt64, child: Int)] = []
    /// Index of the accepted pattern group; lower wins at equal length.
    var accept: Int?
  }

  private var nodes = [Node()]

  /// Adds a sequence of items (`wordID` and `classBit` resolve them) accepted as `group`.
  mutating func insert(_ items: [(wordID: Int32?, classBit: UInt64?)], group: Int) {
    var node = 0
    for item in items {
      if let wordID = item.wordID {
        if let child = nodes[node].words[wordID] {
          node = child
        } else {
          nodes.append(Node())
          nodes[node].words[wordID] = nodes.count - 1
          node = nodes.count - 1
        }
      } else if let bit = item.classBit {
        if let existing = nodes[node].classes.first(where: { $0.bit == bit }) {
          node = existing.child
        } else {
          nodes.append(Node())
          nodes[node].classes.append((bit, nodes.count - 1))
          node = nodes.count - 1
        }
      }
    }
    nodes[node].accept = min(nodes[node].accept ?? group, group)
  }

  /// Calls `body` with the word id of every one-word sequence that is accepted.
  func forEachSingleWord(_ body: (Int32) -> Void) {
    for (id, child) in nodes[0].words where nodes[child].accept != nil { body(id) }
  }

  /// The longest match starting at `start`: its end (exclusive) and group.
  func longestMatch(
    from start: Int, count: Int, wordID: (Int) -> Int32, classes: (Int) -> UInt64
  ) -> (end: Int, group: Int)? {
    var best: (end: Int, group: Int)?
    var stack: [(node: Int, position: Int)] = [(0, start)]
    while let (node, position) = stack.popLast() {
      if let group = nodes[node].accept, position > start {
        if best == nil || position > best!.end || (position == best!.end && group < best!.group) {
          best = (position, group)
        }
      }
      guard position < count else { continue }
      let id = wordID(position)
      if id >= 0, let child = nodes[node].words[id] { stack.append((child, position + 1)) }
      let bits = classes(position)
      for edge in nodes[node].classes where bits & edge.bit != 0 { stack.append((edge.child, position + 1)) }
    }
    return best
  }
}
