/// The part of a line (or a document's paragraph) that text output shows under a finding, with the
/// caret underline's place: the whole line when it has at most `width` characters, otherwise about
/// `width` characters around the finding with "…" where the line was cut.
///
/// Every step is bounded by the window, never by the line, so a 5 MB line with thousands of findings
/// costs what the findings show (the whole line per finding wrote 2 GB for a 200 KB line).
/// Widths are counted on the bytes: a scalar below U+0300 (ASCII, Latin-1, the rest of Latin) takes
/// one column; text with anything above goes through `DisplayWidth` (combining marks, wide and emoji).
struct LineWindow {
  static let width = 120
  /// Characters kept before the finding when a long line is cut.
  static let contextBefore = 40

  /// The shown text: tabs (and, for a paragraph, line breaks) as spaces.
  let text: String
  /// Columns before the first caret.
  let caretIndent: Int
  /// Carets under the finding (at least one).
  let caretCount: Int

  /// - Parameters:
  ///   - line: the UTF-8 range of the line or paragraph in `bytes`.
  ///   - finding: the finding's UTF-8 range (clamped to the line).
  ///   - flattenLineBreaks: whether `\n` and `\r` inside the range are shown as spaces.
  init(_ bytes: [UInt8], line: Range<Int>, finding: Range<Int>, flattenLineBreaks: Bool = false) {
    let start = min(max(finding.lowerBound, line.lowerBound), line.upperBound)
    let end = min(max(finding.upperBound, start), line.upperBound)
    var windowStart = line.lowerBound
    var windowEnd = line.upperBound
    if Self.advance(bytes, from: line.lowerBound, scalars: Self.width, limit: line.upperBound) < line.upperBound {
      windowStart = Self.retreat(bytes, from: start, scalars: Self.contextBefore, limit: line.lowerBound)
      windowEnd = Self.advance(bytes, from: windowStart, scalars: Self.width, limit: line.upperBound)
      windowEnd = max(windowEnd, min(start + 1, line.upperBound))
    }
    let cutBefore = windowStart > line.lowerBound
    let cutAfter = windowEnd < line.upperBound
    var shown = cutBefore ? "…" : ""
    shown += Self.flat(bytes[windowStart..<windowEnd], lineBreaks: flattenLineBreaks)
    if cutAfter { shown += "…" }
    text = shown
    caretIndent = (cutBefore ? 1 : 0) + Self.columns(bytes[windowStart..<start])
    caretCount = max(1, Self.columns(bytes[start..<min(end, windowEnd)]))
  }

  /// The offset `scalars` scalars after `from` (or `limit`).
  static func advance(_ bytes: [UInt8], from: Int, scalars: Int, limit: Int) -> Int {
    var index = from
    var remaining = scalars
    while index < limit {
      if bytes[index] & 0xC0 != 0x80 {
        if remaining == 0 { return index }
        remaining -= 1
      }
      index += 1
    }
    return limit
  }

  /// The offset `scalars` scalars before `from` (or `limit`), on a scalar's first byte.
  static func retreat(_ bytes: [UInt8], from: Int, scalars: Int, limit: Int) -> Int {
    var index = from
    var remaining = scalars
    while index > limit && remaining > 0 {
      index -= 1
      if bytes[index] & 0xC0 != 0x80 { remaining -= 1 }
    }
    return index
  }

  /// The bytes as text, tabs (and line breaks when asked) as spaces.
  static func flat(_ slice: ArraySlice<UInt8>, lineBreaks: Bool) -> String {
    let needsChange = slice.contains { $0 == 0x09 || (lineBreaks && ($0 == 0x0A || $0 == 0x0D)) }
    guard needsChange else { return String(decoding: slice, as: UTF8.self) }
    return String(
      decoding: slice.map { $0 == 0x09 || (lineBreaks && ($0 == 0x0A || $0 == 0x0D)) ? 0x20 : $0 }, as: UTF8.self)
  }

  /// Terminal columns of the bytes: one per scalar below U+0300, else `DisplayWidth`.
  static func columns(_ slice: ArraySlice<UInt8>) -> Int {
    var count = 0
    for byte in slice {
      if byte >= 0xCC { return DisplayWidth.of(String(decoding: slice, as: UTF8.self)) }
      if byte & 0xC0 != 0x80 { count += 1 }
    }
    return count
  }
}
