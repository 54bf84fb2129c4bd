/// Folded words to dense ids (0, 1, 2 … in insertion order): the one lookup primitive of the layer.
///
/// Keys are hashed as UTF-8 bytes with FNV-1a and kept in one byte array, so a lookup is one hash over
/// the word and usually one `memcmp`-like comparison, with no String hashing (which would normalise
/// non-ASCII text on every call) and no allocation.
struct WordTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64] = []
  private var bytes: [UInt8] = []
  private var starts: [Int32] = [0]
  /// Two bits per key (from its hash), so most absent words are rejected without a probe.
  private var filter: [UInt64]

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    filter = Array(repeating: 0, count: size / 16)
  }

  /// Number of distinct keys.
  var count: Int { hashes.count }

  /// The id of `key`, inserting it when new.
  @discardableResult
  mutating func insert(_ key: String) -> Int32 {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  /// The id of the word in `utf8`, inserting it when new.
  @discardableResult
  mutating func insert(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = Self.hash(utf8)
    if let existing = find(utf8, hash: hash) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    let id = Int32(count)
    hashes.append(hash)
    bytes.append(contentsOf: utf8)
    starts.append(Int32(bytes.count))
    place(id, hash: hash)
    setFilterBits(hash)
    return id
  }

  /// The id of `key`, or nil.
  func id(of key: String) -> Int32? {
    if let found = key.utf8.withContiguousStorageIfAvailable({ id(of: $0) }) { return found }
    return Array(key.utf8).withUnsafeBufferPointer { id(of: $0) }
  }

  /// The id of the word in `utf8`, or nil.
  func id(of utf8: UnsafeBufferPointer<UInt8>) -> Int32? {
    id(of: utf8, hash: Self.hash(utf8))
  }

  /// The key of an id.
  func key(_ id: Int32) -> String {
    String(decoding: bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
  }

  /// All keys in id order.
  var keys: [String] { (0..<count).map { key(Int32($0)) } }

  /// FNV-1a: `hash = (hash ^ byte) &* prime` from `offsetBasis`, so callers can hash as they fold.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = offsetBasis
    for byte in utf8 { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  /// The id of the word in `utf8` whose FNV-1a hash (`hash(_:)`) is `hash`, or nil.
  @inline(__always)
  func id(of utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    guard mayContain(hash) else { return nil }
    return find(utf8, hash: hash)
  }

  /// False when no key has this hash (`hash(_:)`); true for every key and a few other words.
  @inline(__always)
  func mayContain(_ hash: UInt64) -> Bool {
    let mask = UInt64(filter.count &* 64 &- 1)
    let first = hash & mask
    let second = (hash >> 32) & mask
    return filter[Int(first >> 6)] & (1 << (first & 63)) != 0 && filter[Int(second >> 6)] & (1 << (second & 63)) != 0
  }

  private mutating func setFilterBits(_ hash: UInt64) {
    let mask = UInt64(filter.count &* 64 &- 1)
    let first = hash & mask
    let second = (hash >> 32) & mask
    filter[Int(first >> 6)] |= 1 << (first & 63)
    filter[Int(second >> 6)] |= 1 << (second & 63)
  }

  private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = slots[slot]
      if id < 0 { return nil }
      if hashes[Int(id)] == hash && equals(id, utf8) { return id }
      slot = (slot + 1) & mask
    }
  }

  private func equals(_ id: Int32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[Int(id)])
    let end = Int(starts[Int(id) + 1])
    guard end - start == utf8.count else { return false }
    return bytes.withUnsafeBufferPointer { stored in
      for index in 0..<utf8.count where stored[start + index] != utf8[index] { return false }
      return true
    }
  }

  private mutating func place(_ id: Int32, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    filter = Array(repeating: 0, count: slots.count / 16)
    for id in 0..<count {
      place(Int32(id), hash: hashes[id])
      setFilterBits(hashes[id])
    }
  }
}
