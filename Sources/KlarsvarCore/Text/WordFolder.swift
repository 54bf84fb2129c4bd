import Foundation

/// Builds a word's normalised form (NFC, lower case) byte by byte, hashing as it goes, and
/// reports which prefixes of it are known prefix words.
struct WordFolder {
  static let capacity = 256
  var buffer: UnsafeMutableBufferPointer<UInt8>
  var length = 0
  var hash = Vocabulary.offsetBasis
  var overflow = false
  var prefixHits: [Int32] = []

  init() {
    buffer = .allocate(capacity: Self.capacity)
  }

  func deallocate() { buffer.deallocate() }

  mutating func reset() {
    length = 0
    hash = Vocabulary.offsetBasis
    overflow = false
    if !prefixHits.isEmpty { prefixHits.removeAll(keepingCapacity: true) }
  }

  @inline(__always)
  private mutating func appendByte(_ byte: UInt8) {
    if length < Self.capacity {
      buffer[length] = byte
      length += 1
    } else {
      overflow = true
    }
    hash = (hash ^ UInt64(byte)) &* Vocabulary.prime
  }

  @inline(__always)
  private mutating func appendUTF8(_ value: UInt32) {
    if value < 0x80 {
      appendByte(UInt8(value))
    } else if value < 0x800 {
      appendByte(UInt8(0xC0 | (value >> 6)))
      appendByte(UInt8(0x80 | (value & 0x3F)))
    } else if value < 0x10000 {
      appendByte(UInt8(0xE0 | (value >> 12)))
      appendByte(UInt8(0x80 | ((value >> 6) & 0x3F)))
      appendByte(UInt8(0x80 | (value & 0x3F)))
    } else {
      appendByte(UInt8(0xF0 | (value >> 18)))
      appendByte(UInt8(0x80 | ((value >> 12) & 0x3F)))
      appendByte(UInt8(0x80 | ((value >> 6) & 0x3F)))
      appendByte(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// Appends the lower-case form of a scalar and checks the prefix vocabulary at the new length.
  @inline(__always)
  mutating func append(_ value: UInt32, index: borrowing WordIndex) {
    if value < 0x80 {
      appendByte(value >= 0x41 && value <= 0x5A ? UInt8(value | 0x20) : UInt8(value))
      // Only probe the prefix table at lengths some prefix has (a bit test, no call).
      if length < 64 && index.prefixes.lengthMask & (1 << UInt64(length)) != 0 { checkPrefix(index: index) }
      return
    }
    appendNonASCII(value, index: index)
  }

  /// Kept out of line so the ASCII path above stays small enough to inline in the tokenizer's loop.
  @inline(never)
  private mutating func appendNonASCII(_ value: UInt32, index: borrowing WordIndex) {
    if value >= 0xC0 && value <= 0xDE && value != 0xD7 {
      appendUTF8(value + 0x20)
    } else if value < 0x100 {
      appendUTF8(value)
    } else if let scalar = Unicode.Scalar(value), scalar.properties.changesWhenLowercased {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars { appendUTF8(lower.value) }
    } else {
      appendUTF8(value)
    }
    checkPrefix(index: index)
  }

  @inline(never)
  private mutating func checkPrefix(index: borrowing WordIndex) {
    guard !overflow, length < 64, index.prefixes.lengthMask & (1 << UInt64(length)) != 0 else { return }
    if let id = index.prefixes.lookup(hash: hash, bytes: UnsafeBufferPointer(rebasing: buffer[0..<length])) {
      prefixHits.append(id)
    }
  }

  func wordID(index: borrowing WordIndex) -> Int32 {
    guard !overflow, index.words.count > 0 else { return -1 }
    return index.words.lookup(hash: hash, bytes: UnsafeBufferPointer(rebasing: buffer[0..<length])) ?? -1
  }

  var folded: String { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self) }

  /// Folds a whole string (used for phrase words and the NFC slow path).
  static func fold(_ text: String) -> String {
    // Latin-1 text needs neither composition nor a buffer.
    if text.unicodeScalars.allSatisfy({ $0.value < 0x100 }) {
      var scalars = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        let value = scalar.value
        let lower =
          (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7) ? value + 0x20 : value
        scalars.append(Unicode.Scalar(lower)!)
      }
      return String(scalars)
    }
    var folder = WordFolder()
    defer { folder.deallocate() }
    let composed =
      text.unicodeScalars.allSatisfy { $0.value < 0x300 } ? text : text.precomposedStringWithCanonicalMapping
    for scalar in composed.unicodeScalars {
      folder.append(scalar.value, index: .empty)
    }
    return String(
      decoding: UnsafeBufferPointer(rebasing: folder.buffer[0..<min(folder.length, capacity)]), as: UTF8.self)
  }
}
