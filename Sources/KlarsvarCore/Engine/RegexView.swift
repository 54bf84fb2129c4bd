import Foundation
import KlarsvarText

/// The text as regular expressions see it: NFC, optionally with non-prose parts (code, URLs, e-mail
/// addresses, placeholders) blanked, searched one sentence or paragraph at a time, each search within
/// the time `budget` leaves the rule being checked (a stopped search finds nothing).
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
  private let budget: RegexBudget

  init(text: TokenizedText, blankingMasked: Bool, needsComposition: Bool, budget: RegexBudget) {
    self.text = text
    masked = blankingMasked ? text.masked : []
    self.needsComposition = needsComposition
    self.budget = budget
  }

  /// Combining marks U+0300–U+036F (UTF-8 lead bytes 0xCC, 0xCD) are what NFD Swedish text carries.
  static func needsComposition(_ bytes: [UInt8]) -> Bool {
    ByteScan.contains(0xCC, in: bytes) || ByteScan.contains(0xCD, in: bytes)
  }

  /// Runs a regular expression over one range of the text only.
  func matches(of regex: NSRegularExpression, in range: TextRange) -> [PieceMatch] {
    guard !range.isEmpty else { return [] }
    let overlapping = masked.filter { $0.range.overlaps(range) }
    if overlapping.isEmpty && !needsComposition {
      // Straight from the bytes; most searches find nothing, so the offset map is built only for a match.
      let source = text.source
      let low = min(max(range.lowerBound, 0), source.utf8Count)
      let high = min(max(range.upperBound, low), source.utf8Count)
      let piece = source.text(in: range)
      let length = source.units(from: low, to: high, .utf16)
      let results = search(regex, piece, length: length)
      guard !results.isEmpty else { return [] }
      return Self.pieceMatches(results, piece: piece, utf8ByUnit: straightMap(range, low: low, high: high))
    }
    let (piece, utf8ByUnit) = makePiece(range, overlapping: overlapping)
    // The map has one entry per UTF-16 unit plus one: the length without bridging to NSString.
    let length = utf8ByUnit.count - 1
    let results = search(regex, piece, length: length)
    return Self.pieceMatches(results, piece: piece, utf8ByUnit: utf8ByUnit)
  }

  /// Every match in the piece, or none when the search ran out of the rule's time.
  private func search(_ regex: NSRegularExpression, _ piece: String, length: Int) -> [NSTextCheckingResult] {
    var results: [NSTextCheckingResult] = []
    let completed = budget.run { overTime in
      regex.enumerateMatches(in: piece, options: .reportProgress, range: NSRange(location: 0, length: length)) {
        result, _, stop in
        if let result { results.append(result) }
        if overTime() { stop.pointee = true }
      }
    }
    return completed ? results : []
  }

  /// Whether one of the matches `matches(of:in:)` would return satisfies `accept`, trying them in the
  /// same order but stopping at the first accepted one instead of searching the rest of the piece.
  func containsMatch(of regex: NSRegularExpression, in range: TextRange, where accept: (TextRange) -> Bool) -> Bool {
    guard !range.isEmpty else { return false }
    let overlapping = masked.filter { $0.range.overlaps(range) }
    let piece: String
    let length: Int
    var utf8ByUnit: [Int] = []
    let source = text.source
    let low = min(max(range.lowerBound, 0), source.utf8Count)
    let high = min(max(range.upperBound, low), source.utf8Count)
    if overlapping.isEmpty && !needsComposition {
      piece = source.text(in: range)
      length = source.units(from: low, to: high, .utf16)
    } else {
      (piece, utf8ByUnit) = makePiece(range, overlapping: overlapping)
      length = utf8ByUnit.count - 1
    }
    var accepted = false
    // Foundation's block parameter is escaping, though the enumeration is over when the call returns.
    let completed = budget.run { overTime in
      withoutActuallyEscaping(accept) { accept in
        regex.enumerateMatches(in: piece, options: .reportProgress, range: NSRange(location: 0, length: length)) {
          result, _, stop in
          if overTime() { stop.pointee = true }
          guard let result, result.range.location != NSNotFound else { return }
          // The offset map is built only once there is a match (most searches find none).
          if utf8ByUnit.isEmpty { utf8ByUnit = self.straightMap(range, low: low, high: high) }
          let start = utf8ByUnit[min(result.range.location, utf8ByUnit.count - 1)]
          let end = utf8ByUnit[min(result.range.location + result.range.length, utf8ByUnit.count - 1)]
          if accept(TextRange(start, end)) {
            accepted = true
            stop.pointee = true
          }
        }
      }
    }
    return completed && accepted
  }

  private static func pieceMatches(_ results: [NSTextCheckingResult], piece: String, utf8ByUnit: [Int]) -> [PieceMatch]
  {
    results.compactMap { result in
      guard result.range.location != NSNotFound else { return nil }
      let low = utf8ByUnit[min(result.range.location, utf8ByUnit.count - 1)]
      let high = utf8ByUnit[min(result.range.location + result.range.length, utf8ByUnit.count - 1)]
      return PieceMatch(result: result, piece: piece, range: TextRange(low, high))
    }
  }

  /// For each UTF-16 unit of the bytes `low..<high` (plus one past the end), the original UTF-8 offset.
  private func straightMap(_ range: TextRange, low: Int, high: Int) -> [Int] {
    let bytes = text.source.utf8
    var map: [Int] = []
    map.reserveCapacity(high - low + 1)
    // Every byte but a continuation starts a scalar; four-byte scalars take two UTF-16 units.
    for offset in low..<high where bytes[offset] & 0xC0 != 0x80 {
      let original = range.lowerBound + (offset - low)
      map.append(original)
      if bytes[offset] >= 0xF0 { map.append(original) }
    }
    map.append(range.lowerBound + (high - low))
    return map
  }

  /// The piece's text with masked parts blanked and marks composed, and for each of its UTF-16 units
  /// (plus one past the end) the original UTF-8 offset.
  private func makePiece(_ range: TextRange, overlapping: [MaskedRegion]) -> (String, [Int]) {
    let source = text.source
    var units: [UInt16] = []
    var map: [Int] = []
    var offset = range.lowerBound
    // Offsets only grow: a cursor over the regions by start keeps this linear however many regions
    // the piece holds (100,000 code spans on one line asked every region for every character).
    let regions = overlapping.sorted { $0.range.lowerBound < $1.range.lowerBound }
    var next = 0
    var maskedUntil = Int.min
    for character in source.text(in: range) {
      let length = character.utf8.count
      while next < regions.count && regions[next].range.lowerBound <= offset {
        maskedUntil = max(maskedUntil, regions[next].range.upperBound)
        next += 1
      }
      let isMasked = offset < maskedUntil
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
