/// An immutable-after-build hash set of normalised words, keyed by their UTF-8 bytes.
///
/// The tokenizer hashes each folded word once (FNV-1a) and looks it up here; most words of a
/// letter are not in any phrase, so the common path is one probe that misses.
struct Vocabulary: Sendable {
  private struct Slot: Sendable {
    var hash: UInt64
    var id: Int32
  }

  private var slots: [Slot]
  private var mask: Int
  private var keyStarts: [Int] = []
  private var keyBytes: [UInt8] = []
  private(set) var count = 0
  /// Bit n is set when some key has n bytes (prefix lookups only probe lengths that exist).
  private(set) var lengthMask: UInt64 = 0

  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  init() {
    slots = Array(repeating: Slot(hash: 0, id: -1), count: 64)
    mask = 63
  }

  static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
    var hash = offsetBasis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  /// Inserts a word (folded UTF-8) and returns its id; existing words keep theirs.
  mutating func insert(_ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { insert($0, hash: Self.hash($0)) }
  }

  /// `insert` for bytes whose hash the caller has already computed (to look them up first).
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if let existing = lookup(hash: hash, bytes: bytes) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    let id = Int32(count)
    keyStarts.append(keyBytes.count)
    keyBytes.append(contentsOf: bytes)
    count += 1
    if bytes.count < 64 { lengthMask |= 1 << UInt64(bytes.count) }
    place(Slot(hash: hash, id: id))
    return id
  }

  func word(_ id: Int32) -> String {
    let start = keyStarts[Int(id)]
    let end = Int(id) + 1 < keyStarts.count ? keyStarts[Int(id) + 1] : keyBytes.count
    return String(decoding: keyBytes[start..<end], as: UTF8.self)
  }

  @inline(__always)
  func lookup(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.id < 0 { return nil }
      if slot.hash == hash && matches(slot.id, bytes) { return slot.id }
      index = (index + 1) & mask
    }
  }

  private func matches(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = keyStarts[Int(id)]
    let end = Int(id) + 1 < keyStarts.count ? keyStarts[Int(id) + 1] : keyBytes.count
    guard end - start == bytes.count else { return false }
    var offset = 0
    while offset < bytes.count {
      if keyBytes[start + offset] != bytes[offset] { return false }
      offset += 1
    }
    return true
  }

  private mutating func place(_ slot: Slot) {
    var index = Int(truncatingIfNeeded: slot.hash) & mask
    while slots[index].id >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(hash: 0, id: -1), count: old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.id >= 0 { place(slot) }
  }
}
