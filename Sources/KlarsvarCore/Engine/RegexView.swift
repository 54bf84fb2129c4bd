import Foundation

/// The text as regular expressions see it: NFC, optionally with non-prose parts (code, URLs, e-mail
/// addresses, placeholders) blanked, searched one sentence or paragraph at a time.
///
/// - Important: Foundation on Linux converts the searched String for ICU on every call, so pieces are
///   built only for the ranges searched, never for the whole document.
final class RegexView {
  /// A match found in one piece of the text: `result` is relative to `piece`.
  struct PieceMatch {
    var result: NSTextCheckingResult
    var piece: String
    /// Original UTF-8 range of the whole match.
    var range: TextRange
  }

  private let text: TokenizedText
  private let masked: [MaskedRegion]
  private let needsComposition: Bool

  init(text: TokenizedText, blankingMasked: Bool, needsComposition: Bool) {
    self.text = text
    masked = blankingMasked ? text.masked : []
    self.needsComposition = needsComposition
  }

  /// Combining marks U+0300–U+036F (UTF-8 lead bytes 0xCC, 0xCD) are what NFD Swedish text carries.
  static func needsComposition(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      var index = 0
      // Eight bytes at a time: a byte b has (b & 0xFE) == 0xCC exactly when b is 0xCC or 0xCD.
      let ones: UInt64 = 0x0101_0101_0101_0101
      let high: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= raw.count {
        let word = (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & (ones &* 0xFE)) ^ (ones &* 0xCC)
        if (word &- ones) & ~word & high != 0 { return true }
        index += 8
      }
      while index < raw.count {
        if raw[index] & 0xFE == 0xCC { return true }
        index += 1
      }
      return false
    }
  }

  /// Runs a regular expression over one range of the text only.
  func matches(of regex: NSRegularExpression, in range: TextRange) -> [PieceMatch] {
    guard !range.isEmpty else { return [] }
    let (piece, utf8ByUnit) = makePiece(range)
    // The map has one entry per UTF-16 unit plus one: the length without bridging to NSString.
    let length = utf8ByUnit.count - 1
    return regex.matches(in: piece, options: [], range: NSRange(location: 0, length: length)).compactMap { result in
      guard result.range.location != NSNotFound else { return nil }
      let low = utf8ByUnit[min(result.range.location, utf8ByUnit.count - 1)]
      let high = utf8ByUnit[min(result.range.location + result.range.length, utf8ByUnit.count - 1)]
      return PieceMatch(result: result, piece: piece, range: TextRange(low, high))
    }
  }

  /// The piece's text and, for each of its UTF-16 units (plus one past the end), the original UTF-8 offset.
  private func makePiece(_ range: TextRange) -> (String, [Int]) {
    let source = text.source
    let overlapping = masked.filter { $0.range.overlaps(range) }
    if overlapping.isEmpty && !needsComposition {
      let piece = source.text(in: range)
      // Straight from the bytes: each scalar's first byte starts one UTF-16 unit, two for four-byte ones.
      let low = min(max(range.lowerBound, 0), source.utf8Count)
      let high = min(max(range.upperBound, low), source.utf8Count)
      let map = source.utf8.withUnsafeBufferPointer { bytes in
        [Int](unsafeUninitializedCapacity: high - low + 1) { buffer, count in
          var units = 0
          for offset in low..<high {
            let byte = bytes[offset]
            guard byte & 0xC0 != 0x80 else { continue }
            buffer[units] = range.lowerBound + (offset - low)
            units += 1
            if byte >= 0xF0 {
              buffer[units] = range.lowerBound + (offset - low)
              units += 1
            }
          }
          buffer[units] = range.lowerBound + (high - low)
          count = units + 1
        }
      }
      return (piece, map)
    }
    var units: [UInt16] = []
    var map: [Int] = []
    var offset = range.lowerBound
    for character in source.text(in: range) {
      let length = character.utf8.count
      let isMasked = overlapping.contains { $0.range.lowerBound <= offset && offset < $0.range.upperBound }
      let composed = needsComposition ? String(character).precomposedStringWithCanonicalMapping : String(character)
      for unit in composed.utf16 {
        units.append(isMasked ? 0x20 : unit)
        map.append(offset)
      }
      offset += length
    }
    map.append(offset)
    return (String(decoding: units, as: UTF16.self), map)
  }
}
