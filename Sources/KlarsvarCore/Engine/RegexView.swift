import Foundation

/// The text as regular expressions see it: NFC, optionally with non-prose parts blanked, as an
/// NSString, plus the way back from its UTF-16 offsets to the original UTF-8 offsets.
final class RegexView {
  let string: NSString
  private let source: SourceText
  /// Original UTF-8 offset for each UTF-16 unit of `string` (plus one past the end); nil when the
  /// text needed no normalisation and offsets are the original UTF-16 offsets.
  private let utf8ByUnit: [Int]?

  init(text: TokenizedText, blankingMasked: Bool) {
    source = text.source
    let masked = blankingMasked ? text.masked : []
    if !Self.needsComposition(text.source.utf8) {
      var units = Array(text.source.string.utf16)
      for region in masked {
        let low = text.source.utf16Offset(ofUTF8: region.range.lowerBound)
        let high = min(text.source.utf16Offset(ofUTF8: region.range.upperBound), units.count)
        if low < high { for unit in low..<high { units[unit] = 0x20 } }
      }
      string = NSString(characters: units, length: units.count)
      utf8ByUnit = nil
      return
    }
    var units: [UInt16] = []
    var map: [Int] = []
    var offset = 0
    var regionIndex = 0
    for character in text.source.string {
      let length = character.utf8.count
      while regionIndex < masked.count && masked[regionIndex].range.upperBound <= offset { regionIndex += 1 }
      let isMasked = regionIndex < masked.count && masked[regionIndex].range.lowerBound <= offset
      let composed = String(character).precomposedStringWithCanonicalMapping.utf16
      for unit in composed {
        units.append(isMasked ? 0x20 : unit)
        map.append(offset)
      }
      offset += length
    }
    map.append(offset)
    string = NSString(characters: units, length: units.count)
    utf8ByUnit = map
  }

  /// Combining marks U+0300–U+036F (UTF-8 lead bytes 0xCC, 0xCD) are what NFD Swedish text carries.
  static func needsComposition(_ bytes: [UInt8]) -> Bool {
    bytes.contains { $0 == 0xCC || $0 == 0xCD }
  }

  var fullRange: NSRange { NSRange(location: 0, length: string.length) }

  func utf8Range(_ range: NSRange) -> TextRange {
    TextRange(utf8Offset(range.location), utf8Offset(range.location + range.length))
  }

  /// A match found in one piece of the text: the result is relative to `piece`.
  struct PieceMatch {
    var result: NSTextCheckingResult
    var piece: String
    /// Original UTF-8 range of the whole match.
    var range: TextRange
  }

  /// Runs a regular expression over one range of the text only.
  ///
  /// - Important: Foundation on Linux converts the searched String for ICU on every call; searching
  ///   a sentence or paragraph at a time keeps that cost proportional to what is searched.
  func matches(of regex: NSRegularExpression, in range: TextRange) -> [PieceMatch] {
    let window = nsRange(range)
    guard window.length > 0 else { return [] }
    let piece = string.substring(with: window)
    let pieceRange = NSRange(location: 0, length: (piece as NSString).length)
    return regex.matches(in: piece, options: [], range: pieceRange).compactMap { result in
      guard result.range.location != NSNotFound else { return nil }
      let absolute = NSRange(location: result.range.location + window.location, length: result.range.length)
      return PieceMatch(result: result, piece: piece, range: utf8Range(absolute))
    }
  }

  /// The unit offset in `string` of an original UTF-8 offset.
  func unitOffset(ofUTF8 offset: Int) -> Int {
    guard let utf8ByUnit else { return source.utf16Offset(ofUTF8: offset) }
    var low = 0
    var high = utf8ByUnit.count - 1
    while low < high {
      let mid = (low + high) / 2
      if utf8ByUnit[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The NSRange in `string` of an original UTF-8 range.
  func nsRange(_ range: TextRange) -> NSRange {
    let low = unitOffset(ofUTF8: range.lowerBound)
    return NSRange(location: low, length: max(0, unitOffset(ofUTF8: range.upperBound) - low))
  }

  private func utf8Offset(_ unit: Int) -> Int {
    if let utf8ByUnit { return utf8ByUnit[min(max(unit, 0), utf8ByUnit.count - 1)] }
    return source.utf8Offset(of: unit, in: .utf16)
  }
}
