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

  init(text: TokenizedText, blankingMasked: Bool) {
    self.text = text
    masked = blankingMasked ? text.masked : []
    needsComposition = Self.needsComposition(text.source.utf8)
  }

  /// Combining marks U+0300–U+036F (UTF-8 lead bytes 0xCC, 0xCD) are what NFD Swedish text carries.
  static func needsComposition(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 == 0xCC || $0 == 0xCD }
  }

  /// Runs a regular expression over one range of the text only.
  func matches(of regex: NSRegularExpression, in range: TextRange) -> [PieceMatch] {
    guard !range.isEmpty else { return [] }
    let (piece, utf8ByUnit) = makePiece(range)
    let length = (piece as NSString).length
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
      var map: [Int] = []
      map.reserveCapacity(range.length + 1)
      var offset = range.lowerBound
      for scalar in piece.unicodeScalars {
        let width = scalar.utf8.count
        for _ in 0..<(scalar.value > 0xFFFF ? 2 : 1) { map.append(offset) }
        offset += width
      }
      map.append(offset)
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
