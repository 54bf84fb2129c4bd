/// The common token read fast: a word of ASCII and Latin-1 letters (digits after the first) that no
/// joiner continues. Where this finds one, `TokenScanner` finds the same token; anything else (numbers,
/// addresses, joined words, other scripts) is left to the scanner, and the tests compare the two on
/// seeded random text.
enum PlainWord {
  struct Found {
    var end: Int
    /// FNV-1a hash of the folded word (as `WordTable.hash`; Latin-1 folds to as many bytes).
    var hash: UInt64
    var hasUppercase: Bool
  }

  /// The plain word starting at `start`, reading nothing at or after `limit`.
  @inline(__always)
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Found? {
    var index = start
    var hash = WordTable.offsetBasis
    var uppercase: UInt8 = 0
    while index < limit {
      let byte = bytes[index]
      if UTF8Scalars.isASCIILetter(byte) {
        uppercase |= ~byte & 0x20
        hash = (hash ^ UInt64(byte | 0x20)) &* WordTable.prime
      } else if byte &- 0x30 < 10 && index > start {
        hash = (hash ^ UInt64(byte)) &* WordTable.prime
      } else if byte == 0xC3, index + 1 < limit, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 1] != 0x97,
        bytes[index + 1] != 0xB7
      {
        // À–þ but × and ÷ are letters; À–Þ fold by 0x20 in the second byte.
        index += 1
        let second = bytes[index]
        uppercase |= second <= 0x9E ? 0x20 : 0
        hash = (hash ^ 0xC3) &* WordTable.prime
        hash = (hash ^ UInt64(second <= 0x9E ? second | 0x20 : second)) &* WordTable.prime
      } else {
        break
      }
      index += 1
    }
    guard index > start, ends(bytes, at: index, limit: limit) else { return nil }
    return Found(end: index, hash: hash, hasUppercase: uppercase != 0)
  }

  /// Whether a word ends at `index` as `TokenScanner` would end it: at the limit, before a space, a line
  /// end or punctuation that joins nothing. A joiner before a letter or digit, a colon (`http:`) and any
  /// other scalar are left to the scanner.
  @inline(__always)
  private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Bool {
    guard index < limit else { return true }
    let byte = bytes[index]
    guard byte < 0x80, byte != UInt8(ascii: ":") else { return false }
    switch byte {
    case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ","),
      UInt8(ascii: "_"):
      guard index + 1 < limit else { return true }
      let next = bytes[index + 1]
      return next < 0x80 && !UTF8Scalars.isASCIILetterOrDigit(next)
    default:
      return true
    }
  }
}
