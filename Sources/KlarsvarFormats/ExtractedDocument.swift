import KlarsvarText

/// The lintable text of a template read from HTML, .docx or .odt, split into paragraphs.
///
/// Paragraphs are joined in `text` with a blank line ("\n\n") so the linter treats them as separate
/// paragraphs. Findings are located with `position(ofUTF8Offset:)` ("paragraph 4, character 17"),
/// and for HTML — which is itself text — mapped back to the original file with `sourceMap`.
public struct ExtractedDocument: Sendable {
  /// One paragraph of the document, in reading order.
  public struct Paragraph: Hashable, Sendable {
    /// 1-based position in `paragraphs`; the readers drop empty paragraphs, so this counts the
    /// blocks of text a reader sees, not the blank lines used for spacing.
    public let index: Int
    /// UTF-8 byte range of the paragraph in `ExtractedDocument.text`.
    public let utf8Range: Range<Int>
    /// The paragraph's own text (for context in reports).
    public let text: String
  }

  /// A place in the document as a person would find it: 1-based paragraph and character numbers.
  public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// 1-based paragraph number (`Paragraph.index`).
    public let paragraph: Int
    /// 1-based character (grapheme cluster) within the paragraph.
    public let character: Int

    public var description: String { "paragraph \(paragraph), character \(character)" }
  }

  /// The paragraphs joined with "\n\n".
  public let text: String
  /// The paragraphs, in order; `paragraphs[i].index == i + 1`.
  public let paragraphs: [Paragraph]
  /// For formats that are text themselves (HTML; an identity map for plain text and Markdown):
  /// where each byte of `text` came from in the original file. `nil` for .docx/.odt, whose
  /// positions are reported by paragraph instead.
  public let sourceMap: SourceMap?

  /// Creates a document from its paragraphs (empty paragraphs are kept as given).
  public init(paragraphs texts: [String]) {
    var builder = Builder(tracksSource: false)
    for paragraph in texts { builder.appendParagraph(paragraph) }
    self = builder.build()
  }

  init(text: String, paragraphs: [Paragraph], sourceMap: SourceMap?) {
    self.text = text
    self.paragraphs = paragraphs
    self.sourceMap = sourceMap
  }

  /// The paragraph containing a UTF-8 offset of `text`; an offset in the blank line between two
  /// paragraphs belongs to the one before it.
  public func paragraph(containingUTF8Offset offset: Int) -> Paragraph? {
    var low = 0
    var high = paragraphs.count - 1
    guard high >= 0, offset >= paragraphs[0].utf8Range.lowerBound else { return paragraphs.first }
    while low < high {
      let mid = (low + high + 1) / 2
      if paragraphs[mid].utf8Range.lowerBound <= offset { low = mid } else { high = mid - 1 }
    }
    return paragraphs[low]
  }

  /// The paragraph and character of a UTF-8 offset of `text`, for reporting findings in binary formats.
  public func position(ofUTF8Offset offset: Int) -> Position? {
    guard let paragraph = paragraph(containingUTF8Offset: offset) else { return nil }
    let length = min(max(offset - paragraph.utf8Range.lowerBound, 0), paragraph.utf8Range.count)
    let prefix = String(decoding: paragraph.text.utf8.prefix(length), as: UTF8.self)
    return Position(paragraph: paragraph.index, character: prefix.count + 1)
  }
}

extension ExtractedDocument {
  /// Maps UTF-8 offsets of an extracted text back to UTF-8 offsets of the original file.
  ///
  /// Text copied unchanged maps byte for byte; text that was rewritten (an entity such as `&auml;`,
  /// collapsed whitespace, a paragraph break standing for a tag) maps as a whole to the original
  /// bytes it came from, so a finding covering it covers the whole entity or tag.
  public struct SourceMap: Hashable, Sendable {
    struct Segment: Hashable, Sendable {
      var textStart: Int
      var textLength: Int
      var originalStart: Int
      var originalLength: Int
      /// Copied verbatim, so offsets inside map one to one.
      var isExact: Bool

      var textEnd: Int { textStart + textLength }
      var originalEnd: Int { originalStart + originalLength }
    }

    /// Sorted by `textStart`, covering the text without gaps.
    let segments: [Segment]

    /// The original offset of the byte at `offset` in the extracted text (or of its end).
    public func originalOffset(ofUTF8Offset offset: Int) -> Int {
      guard let segment = segment(containing: offset) else { return 0 }
      if offset >= segment.textEnd { return segment.originalEnd }
      return segment.isExact ? segment.originalStart + (offset - segment.textStart) : segment.originalStart
    }

    /// The original range a range of the extracted text came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
      let lower = originalOffset(ofUTF8Offset: range.lowerBound)
      guard !range.isEmpty, let last = segment(containing: range.upperBound - 1) else { return lower..<lower }
      let upper: Int
      if range.upperBound - 1 >= last.textEnd {
        upper = last.originalEnd
      } else if last.isExact {
        upper = last.originalStart + (range.upperBound - last.textStart)
      } else {
        upper = last.originalEnd
      }
      return lower..<max(lower, upper)
    }

    /// The original range a range of the extracted text came from.
    public func originalRange(of range: TextRange) -> TextRange {
      let mapped = originalRange(of: range.lowerBound..<range.upperBound)
      return TextRange(mapped.lowerBound, mapped.upperBound)
    }

    /// The last segment starting at or before `offset`.
    private func segment(containing offset: Int) -> Segment? {
      guard var high = segments.indices.last else { return nil }
      var low = 0
      if offset < segments[0].textStart { return segments[0] }
      while low < high {
        let mid = (low + high + 1) / 2
        if segments[mid].textStart <= offset { low = mid } else { high = mid - 1 }
      }
      return segments[low]
    }
  }

  /// Accumulates paragraphs (and, for text formats, their source segments) into a document.
  struct Builder {
    private var text = ""
    private var utf8Count = 0
    private var paragraphs: [Paragraph] = []
    private let tracksSource: Bool
    private var segments: [SourceMap.Segment] = []

    init(tracksSource: Bool) {
      self.tracksSource = tracksSource
    }

    var isEmpty: Bool { paragraphs.isEmpty }

    /// Appends a paragraph. `segments` are relative to the paragraph's first byte; the "\n\n"
    /// before it is mapped to `separatorOrigin` (the original offset of the tag that broke it).
    mutating func appendParagraph(
      _ paragraph: String, segments local: [SourceMap.Segment] = [], separatorOrigin: Range<Int> = 0..<0
    ) {
      if !paragraphs.isEmpty {
        text += "\n\n"
        addSegment(
          SourceMap.Segment(
            textStart: utf8Count, textLength: 2, originalStart: separatorOrigin.lowerBound,
            originalLength: separatorOrigin.count, isExact: false))
        utf8Count += 2
      }
      let start = utf8Count
      let length = paragraph.utf8.count
      text += paragraph
      utf8Count += length
      for var segment in local {
        segment.textStart += start
        addSegment(segment)
      }
      paragraphs.append(Paragraph(index: paragraphs.count + 1, utf8Range: start..<(start + length), text: paragraph))
    }

    func build() -> ExtractedDocument {
      ExtractedDocument(
        text: text, paragraphs: paragraphs, sourceMap: tracksSource ? SourceMap(segments: segments) : nil)
    }

    /// Appends a segment, merging it into the previous one when both are verbatim and contiguous.
    private mutating func addSegment(_ segment: SourceMap.Segment) {
      guard tracksSource, segment.textLength > 0 else { return }
      if let last = segments.last, last.isExact, segment.isExact, last.textEnd == segment.textStart,
        last.originalEnd == segment.originalStart
      {
        segments[segments.count - 1].textLength += segment.textLength
        segments[segments.count - 1].originalLength += segment.originalLength
      } else {
        segments.append(segment)
      }
    }
  }
}
