import Foundation

/// A document's original text with exact conversions between offset units.
///
/// Offsets are UTF-8 bytes internally. Lines end in `\n`, `\r\n` or `\r`. The line index stores,
/// for each line start, its UTF-8, UTF-16 and scalar offsets, so a conversion scans one line at most.
public struct SourceText: Sendable {
  public let string: String
  public let utf8: [UInt8]
  let lineStarts: [Int]
  let lineUTF16Starts: [Int]
  let lineScalarStarts: [Int]

  public init(_ string: String) {
    self.string = string
    let bytes = Array(string.utf8)
    self.utf8 = bytes
    (lineStarts, lineUTF16Starts, lineScalarStarts) = Self.lineIndex(bytes)
  }

  /// For each line start: its UTF-8, UTF-16 and scalar offsets.
  static func lineIndex(_ bytes: [UInt8]) -> (utf8: [Int], utf16: [Int], scalars: [Int]) {
    // Most lines are longer than 32 bytes, so the arrays rarely grow more than once.
    let expectedLines = bytes.count / 32 + 16
    var starts: [Int] = []
    var utf16Starts: [Int] = []
    var scalarStarts: [Int] = []
    starts.reserveCapacity(expectedLines)
    utf16Starts.reserveCapacity(expectedLines)
    scalarStarts.reserveCapacity(expectedLines)
    ByteScan.forEachLineStart(in: bytes) { utf8, utf16, scalars in
      starts.append(utf8)
      utf16Starts.append(utf16)
      scalarStarts.append(scalars)
    }
    return (starts, utf16Starts, scalarStarts)
  }

  public var lineCount: Int { lineStarts.count }
  public var utf8Count: Int { utf8.count }

  /// The zero-based line containing a UTF-8 offset (offsets past the end map to the last line).
  public func line(containing utf8Offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= utf8Offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// UTF-8 range of a line without its terminator.
  public func lineRange(_ line: Int) -> TextRange {
    let clamped = min(max(line, 0), lineStarts.count - 1)
    let start = lineStarts[clamped]
    var end = clamped + 1 < lineStarts.count ? lineStarts[clamped + 1] : utf8.count
    while end > start && (utf8[end - 1] == 0x0A || utf8[end - 1] == 0x0D) { end -= 1 }
    return TextRange(start, end)
  }

  /// Text of a line without its terminator.
  public func lineText(_ line: Int) -> String { text(in: lineRange(line)) }

  public func text(in range: TextRange) -> String {
    let low = min(max(range.lowerBound, 0), utf8.count)
    let high = min(max(range.upperBound, low), utf8.count)
    return String(decoding: utf8[low..<high], as: UTF8.self)
  }

  /// Moves an offset back to the start of the scalar it points into.
  public func scalarAligned(_ utf8Offset: Int) -> Int {
    var offset = min(max(utf8Offset, 0), utf8.count)
    while offset > 0 && offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }
}
