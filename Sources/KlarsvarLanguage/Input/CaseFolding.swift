import Foundation

/// Case folding to the layer's key form: NFC, lower case, locale-independent.
public enum CaseFolding {
  /// The folded form of `text`. ASCII and precomposed text skip normalisation, which is the slow part.
  public static func fold(_ text: some StringProtocol) -> String {
    var needsNormalisation = false
    var isLower = true
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x300 && scalar.value < 0x370 { needsNormalisation = true }
      if scalar.value < 0x80 {
        if scalar.value >= 0x41 && scalar.value <= 0x5A { isLower = false }
      } else if scalar.properties.isUppercase {
        isLower = false
      }
    }
    var string = String(text)
    if needsNormalisation { string = string.precomposedStringWithCanonicalMapping }
    return isLower ? string : string.lowercased()
  }

  /// Folds ASCII and Latin-1 bytes into `buffer` (at least `range.count` bytes) and returns the folded
  /// length, or nil when the range holds another scalar (then `fold(_:)` on the text is the way).
  ///
  /// Latin-1 text is already NFC, and its upper-case letters (U+00C0–U+00DE but ×) fold by adding 0x20,
  /// which in UTF-8 is the second byte of `C3 80`–`C3 9E`.
  @inline(__always)
  static func foldLatin1(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into buffer: UnsafeMutablePointer<UInt8>
  ) -> Int? {
    var index = range.lowerBound
    var length = 0
    while index < range.upperBound {
      let byte = bytes[index]
      if byte < 0x80 {
        buffer[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        length += 1
        index += 1
        continue
      }
      guard byte == 0xC2 || byte == 0xC3, index + 1 < range.upperBound else { return nil }
      let second = bytes[index + 1]
      buffer[length] = byte
      buffer[length + 1] = byte == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97 ? second | 0x20 : second
      length += 2
      index += 2
    }
    return length
  }

  /// The folded form of the UTF-8 text in `range` of `bytes`, without going through `String` for ASCII
  /// and Latin-1 (nearly every Swedish word).
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let count = range.count
    if count <= 64 {
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
        guard let length = foldLatin1(bytes, range, into: buffer.baseAddress!) else {
          return fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }
        return String(decoding: UnsafeBufferPointer(start: buffer.baseAddress, count: length), as: UTF8.self)
      }
    }
    return fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
  }
}
