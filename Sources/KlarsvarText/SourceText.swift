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

  /// For each line start: its UTF-8, UTF-16 and scalar offsets. Reads eight bytes at a time; only words
  /// holding a control byte leave the loop, and their line ends are found with bit tricks.
  static func lineIndex(_ bytes: [UInt8]) -> (utf8: [Int], utf16: [Int], scalars: [Int]) {
    bytes.withUnsafeBufferPointer { buffer in
      let count = buffer.count
      var builder = LineIndexBuilder(expectedLines: count / 32 + 16)
      var index = 0
      let ones: UInt64 = 0x0101_0101_0101_0101
      let high: UInt64 = 0x8080_8080_8080_8080
      // Per-lane flags summed lane-wise, added to the builder before a line end or every 255 words
      // (so that no lane overflows).
      var continuationLanes: UInt64 = 0
      var fourByteLanes: UInt64 = 0
      var pendingWords = 0
      if let raw = UnsafeRawPointer(buffer.baseAddress) {
        while index &+ 8 <= count {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          // High bit of each lane: continuation bytes (10xxxxxx) and four-byte leads (11110xxx).
          let continuations = word & ~(word << 1) & high
          let fourByteLeads = word & (word << 1) & (word << 2) & (word << 3) & high
          // Bytes 0x08...0x0F (LF and CR among them) are those with b | 7 == 0x0F: one test for both.
          let controls = (word | (ones &* 0x07)) ^ (ones &* 0x0F)
          if (controls &- ones) & ~controls & high != 0 {
            builder.add(continuationLanes: continuationLanes, fourByteLanes: fourByteLanes)
            continuationLanes = 0
            fourByteLanes = 0
            pendingWords = 0
            builder.recordLineEnds(
              in: word, at: index, beforeLineFeed: index &+ 8 < count && buffer[index &+ 8] == 0x0A,
              wordContinuations: continuations, wordFourByteLeads: fourByteLeads)
          }
          continuationLanes &+= continuations >> 7
          fourByteLanes &+= fourByteLeads >> 7
          pendingWords &+= 1
          if pendingWords == 255 {
            builder.add(continuationLanes: continuationLanes, fourByteLanes: fourByteLanes)
            continuationLanes = 0
            fourByteLanes = 0
            pendingWords = 0
          }
          index &+= 8
        }
      }
      builder.add(continuationLanes: continuationLanes, fourByteLanes: fourByteLanes)
      while index < count {
        let byte = buffer[index]
        if byte & 0xC0 == 0x80 { builder.continuations += 1 }
        if byte >= 0xF0 { builder.fourByteLeads += 1 }
        index += 1
        if byte == 0x0A || (byte == 0x0D && (index >= count || buffer[index] != 0x0A)) { builder.recordLine(at: index) }
      }
      return (builder.starts, builder.utf16Starts, builder.scalarStarts)
    }
  }

  /// The line index under construction, and the continuation bytes and four-byte leads counted so far.
  private struct LineIndexBuilder {
    var starts: [Int] = []
    var utf16Starts: [Int] = []
    var scalarStarts: [Int] = []
    var continuations = 0
    var fourByteLeads = 0

    init(expectedLines: Int) {
      // Most lines are longer than 32 bytes, so the arrays rarely grow more than once.
      starts.reserveCapacity(expectedLines)
      utf16Starts.reserveCapacity(expectedLines)
      scalarStarts.reserveCapacity(expectedLines)
      recordLine(at: 0)
    }

    mutating func add(continuationLanes: UInt64, fourByteLanes: UInt64) {
      continuations += SourceText.laneSum(continuationLanes)
      fourByteLeads += SourceText.laneSum(fourByteLanes)
    }

    /// A line starting at `offset`, with every byte before it counted.
    mutating func recordLine(at offset: Int) {
      starts.append(offset)
      scalarStarts.append(offset - continuations)
      utf16Starts.append(offset - continuations + fourByteLeads)
    }

    /// Records the lines starting after line ends in the word at `index` (bytes before it counted;
    /// the `word…` masks flag its own lanes). Kept out of the caller's loop, which then needs fewer registers.
    @inline(never)
    mutating func recordLineEnds(
      in word: UInt64, at index: Int, beforeLineFeed: Bool, wordContinuations: UInt64, wordFourByteLeads: UInt64
    ) {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let lineFeeds = SourceText.zeroLanes(word ^ (ones &* 0x0A))
      let returns = SourceText.zeroLanes(word ^ (ones &* 0x0D))
      // A line starts after every LF, and after every CR not followed by an LF (the LF ends that line).
      var ends = lineFeeds | (returns & ~(lineFeeds >> 8))
      if returns >> 63 != 0 && beforeLineFeed { ends &= ~(1 << 63) }
      while ends != 0 {
        let lanes = ends.trailingZeroBitCount / 8 + 1
        let before: UInt64 = lanes == 8 ? ~0 : (1 << (8 * UInt64(lanes))) &- 1
        let offset = index + lanes
        let scalars = offset - continuations - SourceText.laneCount(wordContinuations & before)
        starts.append(offset)
        scalarStarts.append(scalars)
        utf16Starts.append(scalars + fourByteLeads + SourceText.laneCount(wordFourByteLeads & before))
        ends &= ends &- 1
      }
    }
  }

  /// The high bit of each byte lane that is zero, exactly (no borrow between lanes).
  @inline(__always)
  static func zeroLanes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word | low)
  }

  /// The sum of the eight byte lanes of `lanes`.
  @inline(__always)
  static func laneSum(_ lanes: UInt64) -> Int {
    let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
    return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
  }

  /// The number of lanes whose high bit is set in `lanes` (only high bits may be set).
  @inline(__always)
  static func laneCount(_ lanes: UInt64) -> Int {
    Int(((lanes >> 7) &* 0x0101_0101_0101_0101) >> 56)
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
