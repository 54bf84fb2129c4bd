import KlarsvarFormats
import KlarsvarText

/// Scalar and UTF-16 counts at every `stride` bytes of the lines longer than `minimumLength`, so
/// that locating a finding on a 5 MB one-line file counts at most `stride` bytes instead of the
/// whole line before it: reporting stays linear in the input however the text is broken into lines.
public struct LongLineIndex: Sendable {
  static let stride = 1024
  static let minimumLength = 4 * 1024

  /// A scalar-aligned UTF-8 offset and how many scalars and UTF-16 units precede it on its line.
  struct Checkpoint: Sendable {
    var utf8: Int
    var scalars: Int
    var utf16: Int
  }

  /// Per long line (by number): checkpoint `k` lies at or before `lineStart + k * stride`.
  private var checkpoints: [Int: [Checkpoint]] = [:]

  /// Nil when no line of `source` is long enough to need one.
  public init?(_ source: SourceText) {
    for line in 0..<source.lineCount {
      let range = source.lineRange(line)
      guard range.length > Self.minimumLength else { continue }
      var points = [Checkpoint(utf8: range.lowerBound, scalars: 0, utf16: 0)]
      var offset = range.lowerBound
      while offset + Self.stride < range.upperBound {
        let next = source.scalarAligned(range.lowerBound + points.count * Self.stride)
        let last = points[points.count - 1]
        points.append(
          Checkpoint(
            utf8: next, scalars: last.scalars + source.units(from: last.utf8, to: next, .utf32),
            utf16: last.utf16 + source.units(from: last.utf8, to: next, .utf16)))
        offset = next
      }
      checkpoints[line] = points
    }
    if checkpoints.isEmpty { return nil }
  }

  /// Units of `encoding` from the start of `line` to `offset` (on that line, scalar-aligned).
  func units(onLine line: Int, lineStart: Int, to offset: Int, _ encoding: PositionEncoding, in source: SourceText)
    -> Int
  {
    guard let points = checkpoints[line], offset > lineStart else {
      return source.units(from: lineStart, to: offset, encoding)
    }
    let point = points[min((offset - lineStart) / Self.stride, points.count - 1)]
    guard point.utf8 <= offset else { return source.units(from: lineStart, to: offset, encoding) }
    let base = encoding == .utf16 ? point.utf16 : encoding == .utf32 ? point.scalars : point.utf8 - lineStart
    return base + source.units(from: point.utf8, to: offset, encoding)
  }

  /// 0-based line and scalar column, and whole-text UTF-16 and scalar offsets of a UTF-8 offset.
  func position(ofUTF8 raw: Int, in source: SourceText) -> (line: Int, column: Int, utf16: Int, scalars: Int) {
    let offset = source.scalarAligned(raw)
    let line = source.line(containing: offset)
    let lineStart = source.lineRange(line).lowerBound
    let column = units(onLine: line, lineStart: lineStart, to: offset, .utf32, in: source)
    let utf16 =
      source.utf16Offset(ofUTF8: lineStart) + units(onLine: line, lineStart: lineStart, to: offset, .utf16, in: source)
    return (line, column, utf16, source.scalarOffset(ofUTF8: lineStart) + column)
  }
}

extension ReportLocation {
  /// `init(_:in:)` through a long-line index (same result, bounded work per position).
  init(_ range: TextRange, in source: SourceText, longLines index: LongLineIndex) {
    let first = index.position(ofUTF8: range.lowerBound, in: source)
    let last = index.position(ofUTF8: range.upperBound, in: source)
    start = Point(line: first.line + 1, column: first.column + 1)
    end = Point(line: last.line + 1, column: last.column + 1)
    utf8 = Offsets(start: range.lowerBound, end: range.upperBound)
    utf16 = Offsets(start: first.utf16, end: last.utf16)
    scalars = Offsets(start: first.scalars, end: last.scalars)
    unit = nil
  }

  /// `init(_:in:paragraphsOf:)` through a long-line index: a document's paragraph is one long line.
  init(
    _ range: TextRange, in source: SourceText, paragraphsOf document: ExtractedDocument, longLines index: LongLineIndex
  ) {
    self.init(range, in: source, longLines: index)
    func point(_ offset: Int, _ scalars: Int) -> Point {
      guard let paragraph = document.paragraph(containingUTF8Offset: offset) else { return Point(line: 1, column: 1) }
      let start = index.position(ofUTF8: paragraph.utf8Range.lowerBound, in: source).scalars
      let clamped = min(max(offset, paragraph.utf8Range.lowerBound), paragraph.utf8Range.upperBound)
      let at = clamped == offset ? scalars : index.position(ofUTF8: clamped, in: source).scalars
      return Point(line: paragraph.index, column: at - start + 1)
    }
    start = point(range.lowerBound, scalars.start)
    end = point(range.upperBound, scalars.end)
    unit = "paragraph"
  }
}
