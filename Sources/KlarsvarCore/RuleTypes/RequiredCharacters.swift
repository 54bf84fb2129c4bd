import KlarsvarText

/// Characters of which a searched piece must contain at least one (a pattern rule's
/// `prefilterCharacters`), found by a byte scan that spares the regular expression engine most pieces.
struct RequiredCharacters {
  /// UTF-8 forms of the characters.
  let needles: [[UInt8]]
  /// The distinct first bytes of the needles, each repeated in all eight lanes of a word.
  private let leadLanes: [UInt64]

  /// Bit `b & 63` of element `b >> 6` set when byte `b` starts a needle: a candidate byte is tested
  /// without looping over the needles.
  private let leadBits: (UInt64, UInt64, UInt64, UInt64)
  /// Up to four lead-byte lanes, the first repeated to fill the rest, tested together without a loop.
  private let fourLanes: (UInt64, UInt64, UInt64, UInt64)?

  init(_ characters: String) {
    needles = characters.map { Array(String($0).utf8) }
    leadLanes = Array(Set(needles.map { $0[0] })).sorted().map { UInt64($0) &* 0x0101_0101_0101_0101 }
    var bits: [UInt64] = [0, 0, 0, 0]
    for needle in needles { bits[Int(needle[0] >> 6)] |= 1 << UInt64(needle[0] & 63) }
    leadBits = (bits[0], bits[1], bits[2], bits[3])
    if let first = leadLanes.first, leadLanes.count <= 4 {
      let lanes = leadLanes + Array(repeating: first, count: 4 - leadLanes.count)
      fourLanes = (lanes[0], lanes[1], lanes[2], lanes[3])
    } else {
      fourLanes = nil
    }
  }

  @inline(__always)
  private func isLead(_ byte: UInt8) -> Bool {
    let bits: UInt64
    switch byte >> 6 {
    case 0: bits = leadBits.0
    case 1: bits = leadBits.1
    case 2: bits = leadBits.2
    default: bits = leadBits.3
    }
    return (bits >> UInt64(byte & 63)) & 1 != 0
  }

  /// Whether any byte of `word` is a needle's first byte.
  @inline(__always)
  private func mayHoldLead(_ word: UInt64) -> Bool {
    if let (a, b, c, d) = fourLanes {
      return Self.zeroLanes(word ^ a) | Self.zeroLanes(word ^ b) | Self.zeroLanes(word ^ c) | Self.zeroLanes(word ^ d)
        != 0
    }
    return leadLanes.contains(where: { Self.hasZeroByte(word ^ $0) })
  }

  var isEmpty: Bool { needles.isEmpty }

  /// Whether any needle starts inside `range` (and ends inside it).
  func occurs(in bytes: [UInt8], _ range: TextRange) -> Bool {
    let end = min(range.upperBound, bytes.count)
    return bytes.withUnsafeBufferPointer { text in
      var index = max(range.lowerBound, 0)
      // Eight bytes at a time while none of them is a needle's first byte (the common case).
      while index + 8 <= end {
        let word = UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if mayHoldLead(word) { break }
        index += 8
      }
      while index < end {
        let byte = text[index]
        if isLead(byte) {
          for needle in needles where byte == needle[0] && index + needle.count <= end {
            var offset = 1
            while offset < needle.count && text[index + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
          }
        }
        index += 1
        // Back to the word-wise skip once past the block that held a candidate.
        while index & 7 == 0 && index + 8 <= end {
          let word = UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if mayHoldLead(word) { break }
          index += 8
        }
      }
      return false
    }
  }

  /// The classic exact test for a zero byte in a word.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> Bool {
    zeroLanes(word) != 0
  }

  /// Nonzero exactly when `word` has a zero byte.
  @inline(__always)
  private static func zeroLanes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }
}
