import Foundation

/// Finds the parts of a text that are not prose: front matter, code, comments, URLs, e-mail
/// addresses, placeholders and suppression directives, plus lines quoted with `>`.
///
/// Works on UTF-8 bytes in one pass; block constructs are recognised per line, inline ones by a
/// first-byte test so that ordinary prose costs one table lookup per byte.
struct MarkupScanner {
  struct Result {
    var regions: [MaskedRegion] = []
    var quotedLines: [TextRange] = []
    var directives: [SuppressionDirective] = []
    var directiveProblems: [SuppressionDirective.Problem] = []
    var frontMatter: [String: String] = [:]
  }

  let bytes: [UInt8]
  let source: SourceText
  let format: DocumentFormat
  let placeholders: [PlaceholderDelimiters]
  private let placeholderOpens: [[UInt8]]
  private let placeholderCloses: [[UInt8]]
  private let interesting: ByteSet
  private let placeholderStart: ByteSet

  init(source: SourceText, format: DocumentFormat, placeholders: [PlaceholderDelimiters]) {
    self.init(source: source, setup: Setup(format: format, placeholders: placeholders))
  }

  /// A scanner whose tables come from `setup` (shared, so that scanning a document allocates none).
  init(source: SourceText, setup: Setup) {
    self.source = source
    self.bytes = source.utf8
    format = setup.format
    placeholders = setup.usable
    placeholderOpens = setup.opens
    placeholderCloses = setup.closes
    interesting = setup.interesting
    placeholderStart = setup.placeholderStart
  }

  func scan() -> Result {
    var result = Result()
    var lineStart = scanFrontMatter(into: &result)
    var fence: (byte: UInt8, count: Int, start: Int)?
    var previousBlank = true
    var inIndentedCode = false
    let count = bytes.count
    while lineStart < count {
      let (contentEnd, nextLine) = lineBounds(from: lineStart)
      let indent = leadingSpaces(lineStart, contentEnd)
      let firstContent = lineStart + indent.bytes
      let blank = firstContent >= contentEnd
      if format == .markdown {
        if let open = fence {
          if indent.columns < 4,
            fenceRun(at: firstContent, contentEnd).map({ $0.byte == open.byte && $0.count >= open.count })
              == true
          {
            result.regions.append(MaskedRegion(range: TextRange(open.start, contentEnd), kind: .code))
            fence = nil
          }
          lineStart = nextLine
          continue
        }
        if indent.columns < 4, let run = fenceRun(at: firstContent, contentEnd), run.count >= 3 {
          fence = (run.byte, run.count, lineStart)
          lineStart = nextLine
          continue
        }
        if !blank && indent.columns >= 4 && (previousBlank || inIndentedCode) {
          result.regions.append(MaskedRegion(range: TextRange(lineStart, contentEnd), kind: .code))
          inIndentedCode = true
          previousBlank = false
          lineStart = nextLine
          continue
        }
        if !blank { inIndentedCode = false }
      }
      if !blank && bytes[firstContent] == UInt8(ascii: ">") {
        result.quotedLines.append(TextRange(lineStart, contentEnd))
      }
      if format == .plain && !blank && startsWith("klarsvar-", at: firstContent) {
        let reading = SuppressionDirective.read(
          source.text(in: TextRange(firstContent, contentEnd))[...], inComment: false, terminated: true,
          range: TextRange(lineStart, contentEnd), line: source.line(containing: lineStart))
        if case .directive(let directive) = reading {
          result.directives.append(directive)
          result.regions.append(MaskedRegion(range: TextRange(lineStart, contentEnd), kind: .directive))
          previousBlank = false
          lineStart = nextLine
          continue
        }
        // A mistyped directive stays text (it is a line of the letter) and is reported.
        if case .problem(let problem) = reading { result.directiveProblems.append(problem) }
      }
      previousBlank = blank
      let resume = scanInline(from: firstContent, to: contentEnd, into: &result)
      // A comment that ran over several lines: go on right after it.
      lineStart = resume > contentEnd ? resume : nextLine
    }
    if let open = fence {
      result.regions.append(MaskedRegion(range: TextRange(open.start, count), kind: .code))
    }
    result.regions.sort { $0.range.lowerBound < $1.range.lowerBound }
    result.regions = Self.merged(result.regions)
    return result
  }

  /// Drops regions that lie inside an earlier one (e.g. a URL inside code).
  private static func merged(_ regions: [MaskedRegion]) -> [MaskedRegion] {
    var output: [MaskedRegion] = []
    output.reserveCapacity(regions.count)
    for region in regions {
      if let last = output.last, region.range.lowerBound < last.range.upperBound {
        if region.range.upperBound > last.range.upperBound {
          output[output.count - 1].range.upperBound = region.range.upperBound
        }
        continue
      }
      output.append(region)
    }
    return output
  }

  /// Where the content of the line holding `start` ends (from `start` on) and where the next line starts.
  func lineBounds(from start: Int) -> (contentEnd: Int, next: Int) {
    let line = source.line(containing: start)
    let next = line + 1 < source.lineCount ? source.lineStarts[line + 1] : bytes.count
    return (max(source.lineRange(line).upperBound, start), next)
  }

  private func leadingSpaces(_ start: Int, _ end: Int) -> (bytes: Int, columns: Int) {
    var index = start
    var columns = 0
    while index < end && (bytes[index] == 0x20 || bytes[index] == 0x09) {
      columns += bytes[index] == 0x09 ? 4 : 1
      index += 1
    }
    return (index - start, columns)
  }

  private func fenceRun(at start: Int, _ end: Int) -> (byte: UInt8, count: Int)? {
    guard start < end, bytes[start] == UInt8(ascii: "`") || bytes[start] == UInt8(ascii: "~") else { return nil }
    var index = start
    while index < end && bytes[index] == bytes[start] { index += 1 }
    return index - start >= 3 ? (bytes[start], index - start) : nil
  }

  /// Whether a literal's bytes are at `index`: read in place (this runs for every line of plain text).
  private func startsWith(_ literal: StaticString, at index: Int) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    let start = literal.utf8Start
    for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
    return true
  }

  private func startsWith(_ literal: [UInt8], at index: Int) -> Bool {
    guard index + literal.count <= bytes.count else { return false }
    for offset in 0..<literal.count where bytes[index + offset] != literal[offset] { return false }
    return true
  }

  private func find(_ literal: [UInt8], from start: Int, limit: Int) -> Int? {
    guard !literal.isEmpty else { return nil }
    var index = start
    let last = min(limit, bytes.count) - literal.count
    while index <= last {
      if bytes[index] == literal[0] && startsWith(literal, at: index) { return index }
      index += 1
    }
    return nil
  }

  /// Length of a UTF-8 byte order mark at the start of the text (editors on Windows write one).
  static func byteOrderMarkLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Int
  where Bytes.Index == Int {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// Front matter: `---` on the first line up to the next `---` or `...` line; reads `key: value` pairs.
  /// Returns where the text after it (and after a byte order mark) starts.
  private func scanFrontMatter(into result: inout Result) -> Int {
    let start = Self.byteOrderMarkLength(bytes)
    let isDelimiter = { (line: String, marks: [String]) -> Bool in
      marks.contains(String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()))
    }
    guard startsWith("---", at: start) else { return start }
    let first = lineBounds(from: start)
    guard isDelimiter(source.text(in: TextRange(start, first.contentEnd)), ["---"]) else { return start }
    var lineStart = first.next
    while lineStart < bytes.count {
      let (contentEnd, next) = lineBounds(from: lineStart)
      let line = source.text(in: TextRange(lineStart, contentEnd))
      if isDelimiter(line, ["---", "..."]) {
        result.regions.append(MaskedRegion(range: TextRange(0, contentEnd), kind: .frontMatter))
        return next
      }
      if let colon = line.firstIndex(of: ":") {
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
          value = String(value.dropFirst().dropLast())
        }
        if !key.isEmpty { result.frontMatter[key] = value }
      }
      lineStart = next
    }
    result.frontMatter = [:]
    return start
  }

  private func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
  }

  /// Scans one line's content for inline constructs; returns where scanning stopped (beyond `end`
  /// when a comment continued onto later lines).
  private func scanInline(from start: Int, to end: Int, into result: inout Result) -> Int {
    var index = start
    var memory = LineMemory(placeholders: placeholderOpens.count)
    while index < end {
      index = skipOrdinary(from: index, to: end)
      guard index < end else { break }
      let byte = bytes[index]
      if placeholderStart.contains(byte), let placeholderEnd = placeholder(at: index, lineEnd: end, &memory) {
        result.regions.append(MaskedRegion(range: TextRange(index, placeholderEnd), kind: .placeholder))
        index = placeholderEnd
        continue
      }
      switch byte {
      case UInt8(ascii: "`"):
        var run = index
        while run < end && bytes[run] == byte { run += 1 }
        if memory.backticks == nil { memory.backticks = BacktickRuns(bytes, from: start, to: end) }
        if let spanEnd = memory.backticks!.codeSpanEnd(openingAt: index, length: run - index) {
          result.regions.append(MaskedRegion(range: TextRange(index, spanEnd), kind: .code))
          index = spanEnd
        } else {
          index = run
        }
      case UInt8(ascii: "<") where startsWith("<!--", at: index):
        let close = find(Array("-->".utf8), from: index + 4, limit: bytes.count)
        let regionEnd = close.map { $0 + 3 } ?? bytes.count
        let inner = source.text(in: TextRange(index + 4, close ?? bytes.count))
        let reading = SuppressionDirective.read(
          inner[...], inComment: true, terminated: close != nil, range: TextRange(index, regionEnd),
          line: source.line(containing: index))
        switch reading {
        case .directive(let directive):
          result.directives.append(directive)
          result.regions.append(MaskedRegion(range: TextRange(index, regionEnd), kind: .directive))
        case .problem(let problem):
          result.directiveProblems.append(problem)
          result.regions.append(MaskedRegion(range: TextRange(index, regionEnd), kind: .comment))
        case .none where format == .html:
          // The HTML extractor keeps only directive comments: any other "<!--" is text (`&lt;!--`).
          index += 4
          continue
        case .none:
          result.regions.append(MaskedRegion(range: TextRange(index, regionEnd), kind: .comment))
        }
        if regionEnd > end { return regionEnd }
        index = regionEnd
      case UInt8(ascii: "@"):
        if let email = emailAddress(around: index, lineStart: start, lineEnd: end) {
          result.regions.append(MaskedRegion(range: email, kind: .email))
          index = email.upperBound
        } else {
          index += 1
        }
      default:
        if (index == start || !isWordByte(bytes[index - 1])), let urlEnd = url(at: index, lineEnd: end) {
          result.regions.append(MaskedRegion(range: TextRange(index, urlEnd), kind: .url))
          index = urlEnd
        } else {
          index += 1
        }
      }
    }
    return end
  }

  /// The first byte in `start..<end` that may start an inline construct, or `end`.
  func skipOrdinary(from start: Int, to end: Int) -> Int {
    ByteScan.firstIndex(in: interesting, of: bytes, from: start, to: end)
  }

  private func placeholder(at index: Int, lineEnd: Int, _ memory: inout LineMemory) -> Int? {
    for (number, open) in placeholderOpens.enumerated() where bytes[index] == open[0] && startsWith(open, at: index) {
      // A search that failed from an earlier offset fails from any later one on the same line.
      let from = index + open.count
      guard from < memory.placeholderMissFrom[number] else { continue }
      // Placeholders stay within a line so that a stray delimiter never swallows a paragraph.
      if let close = find(placeholderCloses[number], from: from, limit: lineEnd) {
        return close + placeholderCloses[number].count
      }
      memory.placeholderMissFrom[number] = from
    }
    return nil
  }

  private static let urlStarts: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

  private func url(at index: Int, lineEnd: Int) -> Int? {
    // Most words starting with h or w are not URLs: the second byte settles it without allocating.
    guard index + 4 <= lineEnd else { return nil }
    let second = bytes[index + 1] | 0x20
    guard second == UInt8(ascii: "t") || second == UInt8(ascii: "w") else { return nil }
    func has(_ literal: [UInt8]) -> Bool {
      guard index + literal.count <= lineEnd else { return false }
      for offset in 0..<literal.count where bytes[index + offset] | 0x20 != literal[offset] { return false }
      return true
    }
    guard Self.urlStarts.contains(where: has) else { return nil }
    var cursor = index
    var parens = 0
    while cursor < lineEnd {
      let byte = bytes[cursor]
      if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"")
      {
        break
      }
      if byte == 0xE2 && cursor + 2 < lineEnd && bytes[cursor + 1] == 0x80 && bytes[cursor + 2] == 0x9D { break }  // ”
      if byte == UInt8(ascii: "(") { parens += 1 }
      if byte == UInt8(ascii: ")") {
        if parens == 0 { break }
        parens -= 1
      }
      cursor += 1
    }
    while cursor > index, let last = Optional(bytes[cursor - 1]), Array(".,;:!?'".utf8).contains(last) { cursor -= 1 }
    return cursor - index > 4 ? cursor : nil
  }

  private func emailAddress(around at: Int, lineStart: Int, lineEnd: Int) -> TextRange? {
    func isLocal(_ byte: UInt8) -> Bool {
      isWordByte(byte) && byte < 0x80 || Array("._%+-".utf8).contains(byte)
    }
    var start = at
    while start > lineStart && isLocal(bytes[start - 1]) { start -= 1 }
    var end = at + 1
    var sawDot = false
    while end < lineEnd {
      let byte = bytes[end]
      if byte == UInt8(ascii: ".") {
        if end + 1 < lineEnd && isWordByte(bytes[end + 1]) { sawDot = true } else { break }
      } else if !(isWordByte(byte) && byte < 0x80) && byte != UInt8(ascii: "-") {
        break
      }
      end += 1
    }
    guard start < at, end > at + 1, sawDot else { return nil }
    return TextRange(start, end)
  }
}
