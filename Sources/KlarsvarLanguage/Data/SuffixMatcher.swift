/// Words and word endings (*ordförande*, *…chef*, *…nämnden*) matched against the end of a folded word
/// in one walk from its last byte, instead of a `hasSuffix` per ending.
struct SuffixMatcher: Sendable {
  /// Children by byte, walking from a word's end towards its start.
  private var children: [[(byte: UInt8, node: Int32)]] = [[]]
  /// Whether a whole ending ends at the node.
  private var isEnd: [Bool] = [false]

  init(_ endings: [String]) {
    for ending in endings where !ending.isEmpty {
      var node = 0
      for byte in ending.utf8.reversed() {
        if let child = children[node].first(where: { $0.byte == byte }) {
          node = Int(child.node)
        } else {
          children.append([])
          isEnd.append(false)
          children[node].append((byte, Int32(children.count - 1)))
          node = children.count - 1
        }
      }
      isEnd[node] = true
    }
  }

  /// Whether `word` is one of the words or ends with one (`word == e || word.hasSuffix(e)`).
  ///
  /// An ending counts where a character starts: not before a combining mark, which belongs to the letter
  /// before it (`String.hasSuffix` compares characters).
  func matches(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { bytes in
      var node = 0
      var index = bytes.count
      while index > 0 {
        index -= 1
        guard let child = children[node].first(where: { $0.byte == bytes[index] }) else { return false }
        node = Int(child.node)
        if isEnd[node] && Self.startsCharacter(bytes, at: index) { return true }
      }
      return false
    }
  }

  private static func startsCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard bytes[index] & 0xC0 != 0x80 else { return false }
    let value = UTF8Scalars.decode(bytes, at: index).value
    return !(0x300..<0x370).contains(value)
  }
}
