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

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
  }

  /// Number of distinct keys.
  var count: Int { hashes.count }

  /// The id of `key`, inserting it when new.
  @discardableResult
  mutating func insert(_ key: String) -> Int32 {
    let utf8 = Array(key.utf8)
    let hash = utf8.withUnsafeBufferPointer(Self.hash)
    if let existing = utf8.withUnsafeBufferPointer({ find($0, hash: hash) }) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    let id = Int32(count)
    hashes.append(hash)
    bytes.append(contentsOf: utf8)
    starts.append(Int32(bytes.count))
    place(id, hash: hash)
    return id
  }

  /// The id of `key`, or nil.
  func id(of key: String) -> Int32? {
    if let found = key.utf8.withContiguousStorageIfAvailable({ id(of: $0) }) { return found }
    return Array(key.utf8).withUnsafeBufferPointer { id(of: $0) }
  }

  /// The id of the word in `utf8`, or nil.
  func id(of utf8: UnsafeBufferPointer<UInt8>) -> Int32? {
    find(utf8, hash: Self.hash(utf8))
  }

  /// The key of an id.
  func key(_ id: Int32) -> String {
    String(decoding: bytes[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])], as: UTF8.self)
  }

  /// All keys in id order.
  var keys: [String] { (0..<count).map { key(Int32($0)) } }

  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
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
    for id in 0..<count { place(Int32(id), hash: hashes[id]) }
  }
}
