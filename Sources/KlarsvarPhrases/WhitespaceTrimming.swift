/// `trimmingCharacters(in: .whitespaces)` on a range of UTF-8 bytes: drops tabs and space
/// separators (the set also holds U+200B) scalar by scalar from both ends, without Foundation.
package enum WhitespaceTrimming {
  static func isWhitespace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }

  package static func trimmed<Bytes: RandomAccessCollection<UInt8>>(_ range: Range<Int>, in bytes: Bytes) -> Range<Int>
  where Bytes.Index == Int {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end {
      var next = start + 1
      while next < end && bytes[next] & 0xC0 == 0x80 { next += 1 }
      guard isWhitespace(scalar(bytes, start..<next)) else { break }
      start = next
    }
    while start < end {
      var previous = end - 1
      while previous > start && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
      guard isWhitespace(scalar(bytes, previous..<end)) else { break }
      end = previous
    }
    return start..<end
  }

  /// The scalar of one well-formed UTF-8 sequence.
  private static func scalar<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> UInt32
  where Bytes.Index == Int {
    let lead = UInt32(bytes[range.lowerBound])
    switch range.count {
    case 1: return lead
    case 2: return (lead & 0x1F) << 6 | UInt32(bytes[range.lowerBound + 1] & 0x3F)
    case 3:
      return (lead & 0x0F) << 12 | UInt32(bytes[range.lowerBound + 1] & 0x3F) << 6
        | UInt32(bytes[range.lowerBound + 2] & 0x3F)
    default:
      return (lead & 0x07) << 18 | UInt32(bytes[range.lowerBound + 1] & 0x3F) << 12
        | UInt32(bytes[range.lowerBound + 2] & 0x3F) << 6 | UInt32(bytes[range.lowerBound + 3] & 0x3F)
    }
  }
}
