/// A one-hash Bloom filter over the FNV hashes of a vocabulary's keys.
///
/// Used for prefix words: most prefixes of a word are no prefix word, and one bit test rejects them
/// before the vocabulary's probe and byte comparison. (Whole words are probed directly: most of them
/// are in some phrase, so the filter would rarely reject one.)
struct HashFilter: Sendable {
  private let bits: [UInt64]
  private let mask: UInt64

  /// A filter that lets every hash through (for folding without a vocabulary).
  static let all = HashFilter(bits: [UInt64.max], mask: 0)

  private init(bits: [UInt64], mask: UInt64) {
    self.bits = bits
    self.mask = mask
  }

  init(_ vocabulary: Vocabulary) {
    // About 32 bits per key: some 3 % of absent words pass.
    var bitCount = 1024
    while bitCount < vocabulary.count * 32 { bitCount <<= 1 }
    var bits = [UInt64](repeating: 0, count: bitCount / 64)
    let mask = UInt64(bitCount - 1)
    for id in 0..<vocabulary.count {
      let bit = Self.bit(Vocabulary.hash(vocabulary.word(Int32(id)).utf8), mask)
      bits[Int(bit >> 6)] |= 1 << (bit & 63)
    }
    self.init(bits: bits, mask: mask)
  }

  /// The vocabulary indexes by the low bits of the hash; the filter uses the high ones.
  @inline(__always)
  private static func bit(_ hash: UInt64, _ mask: UInt64) -> UInt64 { (hash >> 32) & mask }

  @inline(__always)
  func mayContain(_ hash: UInt64) -> Bool {
    let bit = Self.bit(hash, mask)
    return bits.withUnsafeBufferPointer { $0[Int(bit >> 6)] } & (1 << (bit & 63)) != 0
  }

  /// Calls `body` with a probe over the filter's bits, for tests in a hot loop without bounds
  /// checks or reference counting. The probe must not escape `body`.
  func withProbe<Result>(_ body: (Probe) throws -> Result) rethrows -> Result {
    try bits.withUnsafeBufferPointer { try body(Probe(bits: $0.baseAddress!, mask: mask)) }
  }

  /// Unchecked `mayContain`, valid inside `withProbe`.
  struct Probe {
    fileprivate let bits: UnsafePointer<UInt64>
    fileprivate let mask: UInt64

    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
      let bit = HashFilter.bit(hash, mask)
      return bits[Int(truncatingIfNeeded: bit &>> 6)] & (1 &<< (bit & 63)) != 0
    }
  }
}
