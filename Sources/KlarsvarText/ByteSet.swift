/// A class of byte values with constant-time membership (a 256-entry table).
package struct ByteSet: Sendable {
  private let table: [Bool]

  package init(_ contains: (UInt8) -> Bool) {
    table = (0...255).map { contains(UInt8($0)) }
  }

  package init(_ values: some Sequence<UInt8>) {
    var table = [Bool](repeating: false, count: 256)
    for value in values { table[Int(value)] = true }
    self.table = table
  }

  @inline(__always)
  package func contains(_ byte: UInt8) -> Bool { table.withUnsafeBufferPointer { $0[Int(byte)] } }

  @inline(__always)
  func withTable<Result>(_ body: (UnsafeBufferPointer<Bool>) -> Result) -> Result {
    table.withUnsafeBufferPointer(body)
  }
}

/// A class of ASCII byte values as a 128-bit mask: membership is a shift and a bit test, without a
/// memory read when the masks are literals (the tokenizer asks this of most bytes it sees).
package struct ASCIISet: Sendable, Equatable {
  private let low: UInt64
  private let high: UInt64

  /// Bit n of `low` stands for byte n, bit n of `high` for byte 64 + n.
  @inline(__always)
  package init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  /// The bytes below 0x80 for which `contains` holds (to check literal masks against).
  package init(_ contains: (UInt8) -> Bool) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for byte in UInt8(0)..<0x80 where contains(byte) {
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
    self.init(low: low, high: high)
  }

  @inline(__always)
  package func contains(_ byte: UInt8) -> Bool {
    byte < 0x80 && ((byte < 64 ? low : high) &>> UInt64(byte & 63)) & 1 != 0
  }
}

/// A few byte values looked for together: up to four are tested eight bytes at a time, more one
/// byte at a time through a table (`ByteScan.firstIndex(ofAnyOf:in:from:to:)`).
package struct LeadBytes: Sendable {
  /// Each value in every lane (fewer than four repeat the first); nil for more than four values.
  private let repeated: (UInt64, UInt64, UInt64, UInt64)?
  private let members: ByteSet

  package init(_ values: Set<UInt8>) {
    members = ByteSet(values)
    let sorted = values.sorted()
    if let first = sorted.first, sorted.count <= 4 {
      let lanes = (sorted + Array(repeating: first, count: 4 - sorted.count)).map(ByteWord.repeating)
      repeated = (lanes[0], lanes[1], lanes[2], lanes[3])
    } else {
      repeated = nil
    }
  }

  /// Whether `lanes(in:)` applies.
  var isWordTestable: Bool { repeated != nil }

  @inline(__always)
  func lanes(in word: ByteWord) -> ByteLanes {
    guard let (a, b, c, d) = repeated else { return ByteLanes(0) }
    return ByteWord(word.bits ^ a).zeroLanes.union(ByteWord(word.bits ^ b).zeroLanes)
      .union(ByteWord(word.bits ^ c).zeroLanes).union(ByteWord(word.bits ^ d).zeroLanes)
  }

  @inline(__always)
  package func contains(_ byte: UInt8) -> Bool { members.contains(byte) }
}
