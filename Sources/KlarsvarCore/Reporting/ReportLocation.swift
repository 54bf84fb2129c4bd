/// A finding's range in every unit a consumer may want: 1-based line and column (column counted
/// in Unicode scalars), and 0-based offsets in UTF-8, UTF-16 and scalars.
public struct ReportLocation: Codable, Hashable, Sendable {
  public struct Point: Codable, Hashable, Sendable {
    public var line: Int
    public var column: Int
  }

  public struct Offsets: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
  }

  public var start: Point
  public var end: Point
  public var utf8: Offsets
  public var utf16: Offsets
  public var scalars: Offsets

  public init(_ range: TextRange, in source: SourceText) {
    let startPosition = source.position(ofUTF8: range.lowerBound, in: .utf32)
    let endPosition = source.position(ofUTF8: range.upperBound, in: .utf32)
    start = Point(line: startPosition.line + 1, column: startPosition.column + 1)
    end = Point(line: endPosition.line + 1, column: endPosition.column + 1)
    utf8 = Offsets(start: range.lowerBound, end: range.upperBound)
    utf16 = Offsets(start: source.utf16Offset(ofUTF8: range.lowerBound), end: source.utf16Offset(ofUTF8: range.upperBound))
    scalars = Offsets(
      start: source.scalarOffset(ofUTF8: range.lowerBound), end: source.scalarOffset(ofUTF8: range.upperBound))
  }
}
