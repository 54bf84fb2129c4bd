/// Word forms stored back to front, so the longest known ending of a word is found in one backward walk.
struct SuffixTrie: Sendable {
  private var firstChild: [Int32] = [-1]
  private var nextSibling: [Int32] = [-1]
  private var label: [UInt8] = [0]
  private var terminal: [Int32] = [-1]

  /// Adds `word` (UTF-8) with the value `id`.
  mutating func insert(_ word: String, id: Int32) {
    var node = 0
    for byte in word.utf8.reversed() {
      var child = firstChild[node]
      while child >= 0 && label[Int(child)] != byte { child = nextSibling[Int(child)] }
      if child < 0 {
        child = Int32(label.count)
        label.append(byte)
        firstChild.append(-1)
        nextSibling.append(firstChild[node])
        terminal.append(-1)
        firstChild[node] = child
      }
      node = Int(child)
    }
    if terminal[node] < 0 { terminal[node] = id }
  }

  /// Calls `body(start, id)` for every stored ending of `utf8`, shortest first; `start` is the byte
  /// offset where the ending begins. Stops early when `body` returns false.
  func forEachEnding(of utf8: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Bool) {
    var node = 0
    var position = utf8.count
    while position > 0 {
      position -= 1
      let byte = utf8[position]
      var child = firstChild[node]
      while child >= 0 && label[Int(child)] != byte { child = nextSibling[Int(child)] }
      guard child >= 0 else { return }
      node = Int(child)
      // An ending only counts when it starts on a character boundary.
      if terminal[node] >= 0 && byte & 0xC0 != 0x80 && !body(position, terminal[node]) { return }
    }
  }
}
