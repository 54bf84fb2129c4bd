/// Where a byte sequence stops being valid UTF-8, for a precise "invalid UTF-8 at line L, column C".
enum UTF8Validation {
  /// Offset of the first invalid byte, nil when all is valid.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= count else { return index }
      for offset in 1..<max(length, 1) where bytes[index + offset] & 0xC0 != 0x80 { return index }
      if length == 3 {
        let second = bytes[index + 1]
        if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) { return index }
      }
      if length == 4 {
        let second = bytes[index + 1]
        if (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) { return index }
      }
      index += length
    }
    return nil
  }

  /// Text that looks binary: a NUL byte near the start.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    bytes.prefix(8192).contains(0)
  }
}
