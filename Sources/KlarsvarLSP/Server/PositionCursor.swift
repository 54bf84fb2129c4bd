import KlarsvarCore
import KlarsvarText

/// Converts many UTF-8 offsets of one text to LSP positions, for a whole list of diagnostics.
///
/// Counting columns walks the line from its start, so converting hundreds of ranges on long
/// paragraph lines one by one is quadratic in the line length. Findings come in text order: the
/// cursor continues counting from the previous offset when it is on the same line and further on,
/// and remembers every position it computed (fixes and related locations repeat ranges).
struct PositionCursor {
  let source: SourceText
  let encoding: PositionEncoding
  private var line = -1
  private var lineStart = 0
  private var nextLineStart = 0
  /// The last offset counted on `line`, and its column in `encoding` units.
  private var offset = 0
  private var column = 0
  private var known: [Int: Position] = [:]

  init(source: SourceText, encoding: PositionEncoding) {
    self.source = source
    self.encoding = encoding
  }

  mutating func position(ofUTF8 rawOffset: Int) -> Position {
    if let position = known[rawOffset] { return position }
    let target = source.scalarAligned(rawOffset)
    if line < 0 || target < lineStart || target >= nextLineStart {
      line = source.line(containing: target)
      lineStart = source.lineRange(line).lowerBound
      nextLineStart = line + 1 < source.lineCount ? source.lineRange(line + 1).lowerBound : Int.max
      offset = lineStart
      column = 0
    } else if target < offset {
      offset = lineStart
      column = 0
    }
    column += source.units(from: offset, to: target, encoding)
    offset = target
    let position = Position(line: line, character: column)
    known[rawOffset] = position
    return position
  }

  mutating func range(_ range: TextRange) -> LSPRange {
    LSPRange(start: position(ofUTF8: range.lowerBound), end: position(ofUTF8: range.upperBound))
  }
}
