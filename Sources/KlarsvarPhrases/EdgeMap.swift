/// The trie's word and prefix edges while it is built: one open-addressing table keyed by
/// (node, label) instead of a dictionary per node, which cost an allocation per node and a
/// SipHash per lookup.
struct EdgeMap: Sendable {
  private var keys: [UInt64] = []
  private var values: [Int32] = []
  private var mask = -1
  /// 64 minus the table's bit count: slots come from the top bits of the multiplied key, which
  /// depend on all of it (edges of one node differ only in the low half).
  private var shift: UInt64 = 64
  private var count = 0

  /// The same keys and hashing as the frozen table the automaton is compiled into.
  static func key(node: Int, label: Int32, isPrefix: Bool) -> UInt64 {
    FrozenAutomaton.key(
      node: node, label: UInt64(UInt32(bitPattern: label)) | (isPrefix ? FrozenAutomaton.prefixFlag : 0))
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int { FrozenAutomaton.slot(key, shift) }

  func child(_ key: UInt64) -> Int32? {
    guard mask >= 0 else { return nil }
    var index = slot(key)
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == UInt64.max { return nil }
      index = (index + 1) & mask
    }
  }

  /// Adds an edge that is not in the map yet.
  mutating func insert(_ key: UInt64, child: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    place(key, child)
    count += 1
  }

  private mutating func place(_ key: UInt64, _ child: Int32) {
    var index = slot(key)
    while keys[index] != UInt64.max { index = (index + 1) & mask }
    keys[index] = key
    values[index] = child
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let capacity = max(1024, keys.count * 2)
    keys = Array(repeating: UInt64.max, count: capacity)
    values = Array(repeating: -1, count: capacity)
    mask = capacity - 1
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    for (index, key) in oldKeys.enumerated() where key != UInt64.max { place(key, oldValues[index]) }
  }
}
