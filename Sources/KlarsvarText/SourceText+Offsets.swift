/// Conversions between UTF-8 offsets and the other units, and line/column positions.
extension SourceText {
  /// Number of units `encoding` uses for the bytes `lineStarts[line]..<utf8Offset`.
  private func units(fromLineStart line: Int, to utf8Offset: Int, _ encoding: PositionEncoding) -> Int {
    units(from: lineStarts[line], to: utf8Offset, encoding)
  }

  /// Number of units `encoding` uses for the bytes `start..<end` (both on scalar boundaries).
  public func units(from start: Int, to end: Int, _ encoding: PositionEncoding) -> Int {
    if encoding == .utf8 { return end - start }
    guard start < end else { return 0 }
    return ByteScan.unitCount(in: utf8[start..<end], countingSurrogates: encoding == .utf16)
  }

  /// Walks forward from a line start by `units` of `encoding`, never past `limit`.
  private func utf8Offset(fromLineStart line: Int, advancing units: Int, _ encoding: PositionEncoding, limit: Int)
    -> Int
  {
    var index = lineStarts[line]
    if encoding == .utf8 { return scalarAligned(min(index + max(units, 0), limit)) }
    var remaining = units
    while index < limit && remaining > 0 {
      let byte = utf8[index]
      let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      let cost = (encoding == .utf16 && width == 4) ? 2 : 1
      if cost > remaining { break }  // inside a surrogate pair: stay at the scalar's start
      remaining -= cost
      index = min(index + width, limit)
    }
    return index
  }

  /// A zero-based line/column position for a UTF-8 offset, column counted in `encoding`.
  public func position(ofUTF8 offset: Int, in encoding: PositionEncoding) -> LinePosition {
    let aligned = scalarAligned(offset)
    let line = line(containing: aligned)
    return LinePosition(line: line, column: units(fromLineStart: line, to: aligned, encoding))
  }

  /// The UTF-8 offset of a zero-based line/column; out-of-range values are clamped to the text.
  ///
  /// A line past the end maps to the end of the text; a column past the end of its line maps to
  /// the end of that line (before the terminator).
  public func utf8Offset(of position: LinePosition, in encoding: PositionEncoding) -> Int {
    if position.line < 0 { return 0 }
    if position.line >= lineStarts.count { return utf8.count }
    let limit = lineRange(position.line).upperBound
    return utf8Offset(fromLineStart: position.line, advancing: position.column, encoding, limit: limit)
  }

  /// Whether a position lies inside the text without clamping.
  public func isValid(_ position: LinePosition, in encoding: PositionEncoding) -> Bool {
    guard position.line >= 0, position.line < lineStarts.count, position.column >= 0 else { return false }
    let range = lineRange(position.line)
    return position.column <= units(fromLineStart: position.line, to: range.upperBound, encoding)
  }

  public func utf16Offset(ofUTF8 offset: Int) -> Int {
    let aligned = scalarAligned(offset)
    let line = line(containing: aligned)
    return lineUTF16Starts[line] + units(fromLineStart: line, to: aligned, .utf16)
  }

  public func scalarOffset(ofUTF8 offset: Int) -> Int {
    let aligned = scalarAligned(offset)
    let line = line(containing: aligned)
    return lineScalarStarts[line] + units(fromLineStart: line, to: aligned, .utf32)
  }

  /// Offset in whole-text units of `encoding` for a UTF-8 offset.
  public func offset(ofUTF8 offset: Int, in encoding: PositionEncoding) -> Int {
    switch encoding {
    case .utf8: return scalarAligned(offset)
    case .utf16: return utf16Offset(ofUTF8: offset)
    case .utf32: return scalarOffset(ofUTF8: offset)
    }
  }

  /// UTF-8 offset for a whole-text offset in `encoding` (clamped; never splits a scalar).
  public func utf8Offset(of offset: Int, in encoding: PositionEncoding) -> Int {
    let starts: [Int]
    switch encoding {
    case .utf8: return scalarAligned(offset)
    case .utf16: starts = lineUTF16Starts
    case .utf32: starts = lineScalarStarts
    }
    if offset <= 0 { return 0 }
    var low = 0
    var high = starts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if starts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    let limit = low + 1 < lineStarts.count ? lineStarts[low + 1] : utf8.count
    return utf8Offset(fromLineStart: low, advancing: offset - starts[low], encoding, limit: limit)
  }
}
