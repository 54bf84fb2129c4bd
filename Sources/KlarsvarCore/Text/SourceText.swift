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
    var starts = [0]
    var utf16Starts = [0]
    var scalarStarts = [0]
    var utf16Count = 0
    var scalarCount = 0
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var index = 0
      // Eight bytes at a time while no line ends among them: count scalar starts (bytes that are
      // not 10xxxxxx) and four-byte leads (11110xxx, two UTF-16 units) with bit tricks.
      let raw = UnsafeRawPointer(buffer.baseAddress)
      let high: UInt64 = 0x8080_8080_8080_8080
      // Per-byte flags summed lane-wise (no popcount instruction in the baseline x86-64 target),
      // added up at most every 255 words so that no lane overflows.
      var continuationLanes: UInt64 = 0
      var fourByteLanes: UInt64 = 0
      var pendingWords = 0
      /// One byte the slow way: counts it and records a line start after a line end.
      func countByte() {
        let byte = buffer[index]
        if byte & 0xC0 != 0x80 {
          scalarCount += 1
          utf16Count += byte >= 0xF0 ? 2 : 1
        }
        index += 1
        if byte == 0x0A || (byte == 0x0D && (index >= count || buffer[index] != 0x0A)) {
          starts.append(index)
          utf16Starts.append(utf16Count)
          scalarStarts.append(scalarCount)
        }
      }
      func flush() {
        let continuations = Self.laneSum(continuationLanes)
        scalarCount += 8 * pendingWords - continuations
        utf16Count += 8 * pendingWords - continuations + Self.laneSum(fourByteLanes)
        continuationLanes = 0
        fourByteLanes = 0
        pendingWords = 0
      }
      while index + 8 <= count, let raw {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if Self.hasLineBreak(word) {
          flush()
          for _ in 0..<8 { countByte() }
          continue
        }
        continuationLanes &+= (word & ~(word << 1) & high) >> 7
        fourByteLanes &+= (word & (word << 1) & (word << 2) & (word << 3) & high) >> 7
        pendingWords += 1
        if pendingWords == 255 { flush() }
        index += 8
      }
      flush()
      while index < count { countByte() }
    }
    self.lineStarts = starts
    self.lineUTF16Starts = utf16Starts
    self.lineScalarStarts = scalarStarts
  }

  /// The sum of the eight byte lanes of `lanes`.
  @inline(__always)
  static func laneSum(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  /// Whether any byte of `word` is `\n` or `\r` (the classic has-zero-byte test, which is exact).
  @inline(__always)
  static func hasLineBreak(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    let lf = word ^ (ones &* 0x0A)
    let cr = word ^ (ones &* 0x0D)
    return ((lf &- ones) & ~lf & high) | ((cr &- ones) & ~cr & high) != 0
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
    return utf8.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[low..<high]), as: UTF8.self)
    }
  }

  /// Moves an offset back to the start of the scalar it points into.
  public func scalarAligned(_ utf8Offset: Int) -> Int {
    var offset = min(max(utf8Offset, 0), utf8.count)
    while offset > 0 && offset < utf8.count && utf8[offset] & 0xC0 == 0x80 { offset -= 1 }
    return offset
  }
}
