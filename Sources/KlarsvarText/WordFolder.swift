import Foundation

/// Builds a word's normalised form (NFC, lower case) byte by byte, hashing as it goes, and
/// reports which prefixes of it are known prefix words.
///
/// Storage is allocated once per document and reused for every word, so folding never allocates.
package struct WordFolder {
  static let capacity = 256
  /// Prefixes are only probed below this length (the vocabulary's length mask has 64 bits).
  static let prefixLimit = 64
  var buffer: UnsafeMutableBufferPointer<UInt8>
  var length = 0
  var hash = Vocabulary.offsetBasis
  var overflow = false
  /// Prefix ids found so far for the current word (at most one per length below `prefixLimit`).
  private var hits: UnsafeMutablePointer<Int32>
  private(set) var prefixHitCount = 0
  /// Rejects most lengths' hashes before the prefix vocabulary is probed.
  private let prefixFilter: HashFilter

  init(prefixFilter: HashFilter = .all) {
    buffer = .allocate(capacity: Self.capacity)
    // Probes read the first 8 bytes even of a shorter word (its second byte, 8-byte loads).
    buffer.baseAddress.unsafelyUnwrapped.initialize(repeating: 0, count: 8)
    hits = .allocate(capacity: Self.prefixLimit)
    self.prefixFilter = prefixFilter
  }

  func deallocate() {
    buffer.deallocate()
    hits.deallocate()
  }

  var prefixHits: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: hits, count: prefixHitCount) }

  @inline(__always)
  mutating func reset() {
    length = 0
    hash = Vocabulary.offsetBasis
    overflow = false
    prefixHitCount = 0
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

  /// Appends an already lower-cased ASCII byte and probes the prefix table if some prefix has the
  /// new length (a bit test, no call, for most bytes).
  @inline(__always)
  mutating func appendFoldedASCII(_ byte: UInt8, prefixes: borrowing Vocabulary) {
    appendByte(byte)
    probePrefix(prefixes)
  }

  /// Probes the prefix table only at lengths some prefix has and for hashes the filter lets through.
  @inline(__always)
  private mutating func probePrefix(_ prefixes: borrowing Vocabulary) {
    if length < Self.prefixLimit && prefixes.lengthMask & (1 << UInt64(length)) != 0 && prefixFilter.mayContain(hash) {
      checkPrefix(prefixes)
    }
  }

  /// Appends the lower-case form of a scalar and checks the prefix vocabulary at the new length.
  @inline(__always)
  mutating func append(_ value: UInt32, index: borrowing WordIndex) {
    if value < 0x80 {
      appendFoldedASCII(value >= 0x41 && value <= 0x5A ? UInt8(value | 0x20) : UInt8(value), prefixes: index.prefixes)
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
    checkPrefix(index.prefixes)
  }

  @inline(never)
  private mutating func checkPrefix(_ prefixes: borrowing Vocabulary) {
    guard !overflow, length < Self.prefixLimit, prefixes.lengthMask & (1 << UInt64(length)) != 0,
      prefixFilter.mayContain(hash)
    else { return }
    recordPrefix(length: length, hash: hash, prefixes: prefixes)
  }

  /// Records a hit if the first `length` bytes of the buffer, hashing to `hash`, are a prefix word.
  private mutating func recordPrefix(length: Int, hash: UInt64, prefixes: borrowing Vocabulary) {
    if let id = prefixes.lookup(hash: hash, bytes: UnsafeBufferPointer(rebasing: buffer[0..<length])) {
      hits[prefixHitCount] = id
      prefixHitCount += 1
    }
  }

  /// Forgets the previous word's prefix hits (callers that fold into `buffer` themselves set length,
  /// hash and overflow before any other call).
  @inline(__always)
  mutating func clearPrefixHits() { prefixHitCount = 0 }

  /// Records a prefix id found by a caller that probes the prefix vocabulary itself.
  @inline(__always)
  mutating func addPrefixHit(_ id: Int32) {
    hits[prefixHitCount] = id
    prefixHitCount += 1
  }

  var folded: String { String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<length]), as: UTF8.self) }

  /// Folds a whole string (used for phrase words and the NFC slow path).
  package static func fold(_ text: String) -> String {
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
