import KlarsvarFormats
import KlarsvarText

/// A finding's range in every unit a consumer may want: 1-based line and column (column counted
/// in Unicode scalars), and 0-based offsets in UTF-8, UTF-16 and scalars.
///
/// For .docx/.odt `unit` is `"paragraph"`: `line` is then the paragraph number and `column` the
/// scalar within the paragraph, and the offsets point into the extracted text.
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
  /// `"paragraph"` when lines are a document's paragraphs; absent for text files.
  public var unit: String?

  public init(_ range: TextRange, in source: SourceText) {
    let startPosition = source.position(ofUTF8: range.lowerBound, in: .utf32)
    let endPosition = source.position(ofUTF8: range.upperBound, in: .utf32)
    start = Point(line: startPosition.line + 1, column: startPosition.column + 1)
    end = Point(line: endPosition.line + 1, column: endPosition.column + 1)
    utf8 = Offsets(start: range.lowerBound, end: range.upperBound)
    utf16 = Offsets(
      start: source.utf16Offset(ofUTF8: range.lowerBound), end: source.utf16Offset(ofUTF8: range.upperBound))
    scalars = Offsets(
      start: source.scalarOffset(ofUTF8: range.lowerBound), end: source.scalarOffset(ofUTF8: range.upperBound))
  }

  /// A range of a document's extracted text, by paragraph and scalar within the paragraph.
  public init(_ range: TextRange, in source: SourceText, paragraphsOf document: ExtractedDocument) {
    self.init(range, in: source)
    func point(_ offset: Int) -> Point {
      guard let paragraph = document.paragraph(containingUTF8Offset: offset) else { return Point(line: 1, column: 1) }
      let clamped = min(max(offset, paragraph.utf8Range.lowerBound), paragraph.utf8Range.upperBound)
      let column = source.scalarOffset(ofUTF8: clamped) - source.scalarOffset(ofUTF8: paragraph.utf8Range.lowerBound)
      return Point(line: paragraph.index, column: column + 1)
    }
    start = point(range.lowerBound)
    end = point(range.upperBound)
    unit = "paragraph"
  }
}
