/// Finds a comma directly before `}` or `]`.
///
/// JSON forbids it and Foundation on macOS rejects it, but `JSONSerialization` on Linux accepts it,
/// so the same pack file would load on one system and fail on the other.
enum JSONTrailingComma {
  /// The UTF-8 offset of the first such comma outside strings, or nil.
  static func offset(in bytes: some Sequence<UInt8>) -> Int? {
    var inString = false
    var escaped = false
    var lastComma: Int?
    for (offset, byte) in bytes.enumerated() {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        lastComma = nil
      case UInt8(ascii: ","):
        lastComma = offset
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if let lastComma { return lastComma }
      case 0x20, 0x09, 0x0A, 0x0D:
        continue
      default:
        lastComma = nil
      }
    }
    return nil
  }
}
