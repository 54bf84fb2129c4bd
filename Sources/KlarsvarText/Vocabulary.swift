/// An immutable-after-build hash set of normalised words, keyed by their UTF-8 bytes.
///
/// The tokenizer hashes each folded word once (FNV-1a) and looks it up here. Phrases use the
/// commonest words (vi, att, och …), so most words of a letter are found: a probe reads one slot and
/// compares the key 8 bytes at a time.
package struct Vocabulary: Sendable {
  /// A slot holds its key's place in `keyBytes`, so a probe that hits reads one slot and the key.
  fileprivate struct Slot: Sendable {
    var hash: UInt64
    var id: Int32
    var length: Int32
    var start: Int
  }

  private var slots: [Slot]
  private var mask: Int
  private var keyStarts: [Int] = []
  /// The keys one after another, then `keyPadding` zero bytes so that 8-byte loads at any key's start stay inside.
  private var keyBytes = [UInt8](repeating: 0, count: Vocabulary.keyPadding)
  package private(set) var count = 0
  /// Bit n is set when some key has n bytes (prefix lookups only probe lengths that exist).
  private(set) var lengthMask: UInt64 = 0

  package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  package static let prime: UInt64 = 0x0000_0100_0000_01b3
  private static let keyPadding = 8
  private static let zeroPadding = [UInt8](repeating: 0, count: keyPadding)

  package init() {
    slots = Array(repeating: Slot(hash: 0, id: -1, length: 0, start: 0), count: 64)
    mask = 63
  }

  package static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = offsetBasis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  /// Inserts a word (folded UTF-8) and returns its id; existing words keep theirs.
  mutating func insert(_ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { insert($0, hash: Self.hash($0)) }
  }

  /// `insert` for bytes whose hash the caller has already computed (to look them up first).
  package mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if let existing = lookup(hash: hash, bytes: bytes) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    let id = Int32(count)
    let start = keyBytes.count - Self.keyPadding
    keyStarts.append(start)
    keyBytes.removeLast(Self.keyPadding)
    keyBytes.append(contentsOf: bytes)
    keyBytes.append(contentsOf: Self.zeroPadding)
    count += 1
    if bytes.count < 64 { lengthMask |= 1 << UInt64(bytes.count) }
    place(Slot(hash: hash, id: id, length: Int32(bytes.count), start: start))
    return id
  }

  func word(_ id: Int32) -> String {
    let start = keyStarts[Int(id)]
    let end = Int(id) + 1 < keyStarts.count ? keyStarts[Int(id) + 1] : keyBytes.count - Self.keyPadding
    return String(decoding: keyBytes[start..<end], as: UTF8.self)
  }

  /// Calls `body` with each key's bytes, in id order.
  func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    keyBytes.withUnsafeBufferPointer { keys in
      for id in 0..<count {
        let start = keyStarts[id]
        let end = id + 1 < count ? keyStarts[id + 1] : keys.count - Self.keyPadding
        body(UnsafeBufferPointer(rebasing: keys[start..<end]))
      }
    }
  }

  @inline(__always)
  package func lookup(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.id < 0 { return nil }
      if slot.hash == hash && slot.length == bytes.count && keyEquals(slot.start, bytes) { return slot.id }
      index = (index + 1) & mask
    }
  }

  /// Whether the key stored at `start` is `bytes` (whose length the caller has compared).
  private func keyEquals(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let other = bytes.baseAddress else { return true }
    return keyBytes.withUnsafeBufferPointer { keys in
      ByteScan.equal(keys.baseAddress! + start, other, count: bytes.count)
    }
  }

  /// Calls `body` with a probe over this vocabulary's storage, for lookups in a hot loop without
  /// bounds checks or reference counting. The probe must not escape `body`.
  func withProbe<Result>(_ body: (Probe) throws -> Result) rethrows -> Result {
    try slots.withUnsafeBufferPointer { slots in
      try keyBytes.withUnsafeBufferPointer { keys in
        try body(Probe(slots: slots.baseAddress!, mask: mask, keys: keys.baseAddress!))
      }
    }
  }

  /// Unchecked read access to a vocabulary, valid inside `withProbe`.
  struct Probe {
    fileprivate let slots: UnsafePointer<Slot>
    fileprivate let mask: Int
    fileprivate let keys: UnsafePointer<UInt8>

    /// The id of the `length` bytes at `bytes`, or -1. `bytes` must be readable for
    /// `max(length, 8)` bytes: the comparison loads 8 bytes at a time.
    @inline(__always)
    func id(hash: UInt64, bytes: UnsafePointer<UInt8>, length: Int) -> Int32 {
      var index = Int(truncatingIfNeeded: hash) & mask
      while true {
        let slot = slots[index]
        if slot.id < 0 { return -1 }
        if slot.hash == hash && Int(slot.length) == length
          && ByteScan.equalPadded(keys + slot.start, bytes, count: length)
        {
          return slot.id
        }
        index = (index &+ 1) & mask
      }
    }
  }

  private mutating func place(_ slot: Slot) {
    var index = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[index].id >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(hash: 0, id: -1, length: 0, start: 0), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.id >= 0 { place(slot) }
  }
}
