/// Characters of which a searched piece must contain at least one (a pattern rule's
/// `prefilterCharacters`), found by a byte scan that spares the regular expression engine most pieces.
struct RequiredCharacters {
  /// UTF-8 forms of the characters.
  let needles: [[UInt8]]
  /// The distinct first bytes of the needles, each repeated in all eight lanes of a word.
  private let leadLanes: [UInt64]

  init(_ characters: String) {
    needles = characters.map { Array(String($0).utf8) }
    leadLanes = Array(Set(needles.map { $0[0] })).sorted().map { UInt64($0) &* 0x0101_0101_0101_0101 }
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
        if leadLanes.contains(where: { Self.hasZeroByte(word ^ $0) }) { break }
        index += 8
      }
      while index < end {
        let byte = text[index]
        for needle in needles where byte == needle[0] && index + needle.count <= end {
          var offset = 1
          while offset < needle.count && text[index + offset] == needle[offset] { offset += 1 }
          if offset == needle.count { return true }
        }
        index += 1
        // Back to the word-wise skip once past the block that held a candidate.
        while index & 7 == 0 && index + 8 <= end {
          let word = UnsafeRawPointer(text.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if leadLanes.contains(where: { Self.hasZeroByte(word ^ $0) }) { break }
          index += 8
        }
      }
      return false
    }
  }

  /// The classic exact test for a zero byte in a word.
  @inline(__always)
  private static func hasZeroByte(_ word: UInt64) -> Bool {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
  }
}
