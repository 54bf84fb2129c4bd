import KlarsvarText

/// Finds the UTF-8 range of an annotated span: the nth case-sensitive occurrence of the text that
/// starts and ends at word boundaries (so "ej" does not match inside "nej").
public enum SpanResolver {
  public static func resolve(_ text: String, occurrence: Int, in document: String) -> TextRange? {
    let haystack = Array(document.utf8)
    let needle = Array(text.utf8)
    guard !needle.isEmpty, needle.count <= haystack.count, occurrence >= 1 else { return nil }
    var seen = 0
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == needle[0] && Array(haystack[start..<start + needle.count]) == needle
        && isBoundary(before: start, in: haystack, needle: needle)
        && isBoundary(after: start + needle.count, in: haystack, needle: needle)
      {
        seen += 1
        if seen == occurrence { return TextRange(start, start + needle.count) }
      }
      start += 1
    }
    return nil
  }

  /// True when the text before `offset` does not continue a word the needle starts in the middle of.
  private static func isBoundary(before offset: Int, in bytes: [UInt8], needle: [UInt8]) -> Bool {
    guard offset > 0, isWordCharacter(endingAt: offset, in: bytes), startsWithWordCharacter(needle) else { return true }
    return false
  }

  private static func isBoundary(after offset: Int, in bytes: [UInt8], needle: [UInt8]) -> Bool {
    guard offset < bytes.count, isWordCharacter(startingAt: offset, in: bytes), endsWithWordCharacter(needle) else {
      return true
    }
    return false
  }

  private static func startsWithWordCharacter(_ bytes: [UInt8]) -> Bool { isWordCharacter(startingAt: 0, in: bytes) }
  private static func endsWithWordCharacter(_ bytes: [UInt8]) -> Bool {
    isWordCharacter(endingAt: bytes.count, in: bytes)
  }

  private static func isWordCharacter(startingAt offset: Int, in bytes: [UInt8]) -> Bool {
    var end = offset + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return isWord(bytes[offset..<end])
  }

  private static func isWordCharacter(endingAt offset: Int, in bytes: [UInt8]) -> Bool {
    var start = offset - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isWord(bytes[start..<offset])
  }

  private static func isWord(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first else { return false }
    return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
  }
}
