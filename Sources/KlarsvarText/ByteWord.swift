/// Eight bytes read as one little-endian word; lane n is the byte at offset n.
package struct ByteWord: Equatable {
  package let bits: UInt64

  @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
  @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080
  @usableFromInline static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  @inlinable @inline(__always)
  package init(_ bits: UInt64) { self.bits = bits }

  /// The eight bytes at `base + offset` (no alignment needed).
  @inlinable @inline(__always)
  package init(loadingFrom base: UnsafeRawPointer, at offset: Int) {
    bits = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// `byte` in every lane.
  @inlinable @inline(__always)
  package static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

  /// Lanes equal to zero, exactly: no borrow runs from one lane into the next.
  @inlinable @inline(__always)
  package var zeroLanes: ByteLanes { ByteLanes(~(((bits & Self.lowBits) &+ Self.lowBits) | bits | Self.lowBits)) }

  /// Whether some lane is zero: the classic test, one operation cheaper than `zeroLanes`, whose
  /// lanes after the first zero may be wrong (so only the answer counts).
  @inlinable @inline(__always)
  package var hasZeroByte: Bool { (bits &- Self.ones) & ~bits & Self.highBits != 0 }

  /// Lanes equal to `byte`.
  @inlinable @inline(__always)
  package func lanes(equalTo byte: UInt8) -> ByteLanes { ByteWord(bits ^ Self.repeating(byte)).zeroLanes }

  /// Whether some lane is in `block`, a run of 2ⁿ values starting at a multiple of 2ⁿ (such as
  /// 0x08...0x0F, which holds LF and CR): such lanes are exactly those equal to the block's last
  /// value once its low n bits are set, one test for the whole block.
  @inlinable @inline(__always)
  package func hasByte(inAlignedBlock block: ClosedRange<UInt8>) -> Bool {
    let low = block.upperBound &- block.lowerBound
    return ByteWord((bits | Self.repeating(low)) ^ Self.repeating(block.upperBound)).hasZeroByte
  }

  /// Lanes below `limit` (at most 0x80): a lane of 0x80 or above has its high bit set; below it,
  /// adding `0x80 - limit` to the low seven bits carries into the high bit exactly from `limit` up.
  @inlinable @inline(__always)
  package func lanes(below limit: UInt8) -> ByteLanes {
    ByteLanes(~(((bits & Self.lowBits) &+ Self.repeating(0x80 &- limit)) | bits) & Self.highBits)
  }

  /// Lanes at `limit` or above (at least 0x80): the same carry, for lanes with the high bit set.
  @inlinable @inline(__always)
  package func lanes(atLeast limit: UInt8) -> ByteLanes {
    ByteLanes(((bits & Self.lowBits) &+ Self.repeating(0 &- limit)) & bits & Self.highBits)
  }

  /// Lanes in `range`, which lies below 0x80: at most its upper bound and at least its lower one,
  /// each tested on the low seven bits without a carry between lanes.
  @inlinable @inline(__always)
  package func lanes(in range: ClosedRange<UInt8>) -> ByteLanes {
    let low = bits & Self.lowBits
    let notAbove = Self.repeating(0x80 | range.upperBound) &- low
    let notBelow = low &+ Self.repeating(0x80 &- range.lowerBound)
    return ByteLanes(notAbove & notBelow & ~bits & Self.highBits)
  }

  /// Lanes of 0x80 or above (not ASCII).
  @inlinable @inline(__always)
  package var nonASCIILanes: ByteLanes { ByteLanes(bits & Self.highBits) }

  /// UTF-8 continuation bytes (10xxxxxx).
  @inlinable @inline(__always)
  package var continuationLanes: ByteLanes { ByteLanes(bits & ~(bits << 1) & Self.highBits) }

  /// Bytes that start a scalar (any but 10xxxxxx).
  @inlinable @inline(__always)
  package var scalarStartLanes: ByteLanes { ByteLanes((~bits | (bits << 1)) & Self.highBits) }

  /// Lead bytes of four-byte scalars (11110xxx; also the invalid 11111xxx), which take two UTF-16 units.
  @inlinable @inline(__always)
  package var fourByteLeadLanes: ByteLanes {
    ByteLanes(bits & (bits << 1) & (bits << 2) & (bits << 3) & Self.highBits)
  }
}

/// A set of lanes of a `ByteWord`: the high bit of each selected byte.
package struct ByteLanes: Equatable {
  package let bits: UInt64

  @inlinable @inline(__always)
  package init(_ bits: UInt64) { self.bits = bits }

  @inlinable @inline(__always)
  package var isEmpty: Bool { bits == 0 }

  /// The lowest selected lane (the first byte in text order); the set must not be empty.
  @inlinable @inline(__always)
  package var firstLane: Int { bits.trailingZeroBitCount &>> 3 }

  /// The number of selected lanes.
  @inlinable @inline(__always)
  package var count: Int { Int(truncatingIfNeeded: ((bits >> 7) &* ByteWord.ones) >> 56) }

  /// Whether lane `lane` (0...7) is selected.
  @inlinable @inline(__always)
  package func contains(lane: Int) -> Bool { bits & (0x80 << UInt64(truncatingIfNeeded: lane &* 8)) != 0 }

  /// The lanes below `lane` (0...8).
  @inlinable @inline(__always)
  package func below(lane: Int) -> ByteLanes {
    ByteLanes(lane >= 8 ? bits : bits & ((1 << UInt64(truncatingIfNeeded: lane &* 8)) &- 1))
  }

  @inlinable @inline(__always)
  package func union(_ other: ByteLanes) -> ByteLanes { ByteLanes(bits | other.bits) }

  @inlinable @inline(__always)
  package func subtracting(_ other: ByteLanes) -> ByteLanes { ByteLanes(bits & ~other.bits) }

  /// The set without its first lane.
  @inlinable @inline(__always)
  package func removingFirst() -> ByteLanes { ByteLanes(bits & (bits &- 1)) }

  /// The lanes whose next lane (in text order) is selected in `other`.
  @inlinable @inline(__always)
  package func followed(by other: ByteLanes) -> ByteLanes { ByteLanes(bits & (other.bits >> 8)) }

  /// The lanes whose previous lane is selected in `other`.
  @inlinable @inline(__always)
  package func preceded(by other: ByteLanes) -> ByteLanes { ByteLanes(bits & (other.bits << 8)) }
}

/// Per-lane counts of `ByteLanes` over many words, summed only when needed: one addition per word
/// instead of a population count. A lane holds at most 255, so `take()` is due after `isFull`.
package struct LaneTally {
  private var lanes: UInt64 = 0
  private var words = 0

  @inlinable @inline(__always)
  package init() {}

  @inlinable @inline(__always)
  package mutating func add(_ selected: ByteLanes) {
    lanes &+= selected.bits >> 7
    words &+= 1
  }

  /// Whether another `add` could overflow a lane.
  @inlinable @inline(__always)
  package var isFull: Bool { words == 255 }

  /// The sum over all lanes, resetting the tally.
  @inlinable @inline(__always)
  package mutating func take() -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    lanes = 0
    words = 0
    return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
  }
}
