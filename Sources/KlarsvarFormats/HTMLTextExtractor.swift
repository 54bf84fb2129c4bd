import Foundation

/// Reduces an HTML template to its text content, remembering where every byte came from.
///
/// Tags, attributes, comments and the content of `script`, `style`, `title` and `template`
/// are skipped; character references are decoded; whitespace collapses as a browser shows it
/// (kept inside `pre`); block elements (`p`, `div`, `br`, `li`, `h1`–`h6`, `tr`, `td`, …) end
/// paragraphs. The result's `sourceMap` maps offsets in the text back to the original bytes, so
/// findings are reported at the HTML file's real line and column.
///
/// This is a forgiving scanner, not an HTML5 tree builder: templates are written by people and
/// mail-merge tools, and the linter needs their words, not their DOM.
public enum HTMLTextExtractor {
  /// Extracts the text of an HTML document, which must be UTF-8 (with or without a BOM).
  /// - Parameter keepingDirectives: keep comments that hold a `klarsvar-` directive
  ///   (`<!-- klarsvar-disable-next-line RULE -->`) verbatim in the text, where the linter reads them
  ///   as it reads them in Markdown (`DocumentFormat.html`); all other comments are dropped.
  public static func extract(data: Data, keepingDirectives: Bool = false) throws(TemplateFormat.ReadError)
    -> ExtractedDocument
  {
    guard String(data: data, encoding: .utf8) != nil else { throw .notUTF8 }
    var scanner = Scanner(bytes: [UInt8](data), keepsDirectives: keepingDirectives)
    scanner.run()
    return scanner.builder.build()
  }

  /// Extracts the text of an HTML string (see `extract(data:keepingDirectives:)`).
  public static func extract(html: String, keepingDirectives: Bool = false) -> ExtractedDocument {
    var scanner = Scanner(bytes: Array(html.utf8), keepsDirectives: keepingDirectives)
    scanner.run()
    return scanner.builder.build()
  }

  /// Elements that start and end paragraphs.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
  ]

  /// Elements whose content is never shown as text.
  static let skippedElements: Set<String> = ["script", "style", "title", "template"]

  /// The named references templates use: HTML's markup characters, spaces and dashes, quotes and
  /// Latin-1 letters (Swedish, Nordic and the common accented ones).
  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "shy": "",
    "aring": "å", "auml": "ä", "ouml": "ö", "Aring": "Å", "Auml": "Ä", "Ouml": "Ö",
    "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "euml": "ë",
    "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "atilde": "ã",
    "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "oacute": "ó", "ograve": "ò", "ocirc": "ô",
    "otilde": "õ", "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "yacute": "ý",
    "yuml": "ÿ", "ntilde": "ñ", "Ntilde": "Ñ", "ccedil": "ç", "Ccedil": "Ç", "oslash": "ø", "Oslash": "Ø",
    "aelig": "æ", "AElig": "Æ", "szlig": "ß", "eth": "ð", "ETH": "Ð", "thorn": "þ", "THORN": "Þ",
    "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
    "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
    "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "copy": "©", "reg": "®",
    "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "middot": "·", "bull": "•",
    "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "iexcl": "¡",
    "iquest": "¿", "minus": "−", "permil": "‰", "dagger": "†", "Dagger": "‡", "larr": "←", "rarr": "→",
  ]

  /// Windows-1252 meanings of references in 128–159, which browsers apply (`&#150;` is "–").
  static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
    0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
    0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]

  private struct Scanner {
    typealias Segment = ExtractedDocument.SourceMap.Segment

    let bytes: [UInt8]
    let keepsDirectives: Bool
    var position = 0
    var builder = ExtractedDocument.Builder(tracksSource: true)
    /// The paragraph being built and its segments (relative to the paragraph).
    var paragraph: [UInt8] = []
    var segments: [Segment] = []
    /// Whitespace seen but not yet written: it becomes one space only if text follows in the
    /// same paragraph, which trims paragraphs as a browser does.
    var pendingSpace: Range<Int>?
    /// The tag that ended the last written paragraph; the "\n\n" before the next one maps to it.
    var separatorOrigin = 0..<0
    var preDepth = 0

    init(bytes: [UInt8], keepsDirectives: Bool) {
      self.bytes = bytes
      self.keepsDirectives = keepsDirectives
    }

    mutating func run() {
      while position < bytes.count {
        let byte = bytes[position]
        if byte == UInt8(ascii: "<") {
          markup()
        } else if byte == UInt8(ascii: "&") {
          reference()
        } else if preDepth == 0 && Scanner.isSpace(byte) {
          let start = position
          while position < bytes.count, Scanner.isSpace(bytes[position]) { position += 1 }
          if pendingSpace == nil { pendingSpace = start..<position }
        } else {
          let start = position
          while position < bytes.count {
            let next = bytes[position]
            if next == UInt8(ascii: "<") || next == UInt8(ascii: "&") || (preDepth == 0 && Scanner.isSpace(next)) {
              break
            }
            position += 1
          }
          append(bytes[start..<position], origin: start..<position, exact: true)
        }
      }
      endParagraph(at: bytes.count..<bytes.count)
    }

    // MARK: Text

    static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    mutating func append(_ text: some Collection<UInt8>, origin: Range<Int>, exact: Bool) {
      if let space = pendingSpace {
        pendingSpace = nil
        if !paragraph.isEmpty {
          segments.append(
            Segment(
              textStart: paragraph.count, textLength: 1, originalStart: space.lowerBound,
              originalLength: space.count, isExact: space.count == 1))
          paragraph.append(0x20)
        }
      }
      guard !text.isEmpty else { return }
      segments.append(
        Segment(
          textStart: paragraph.count, textLength: text.count, originalStart: origin.lowerBound,
          originalLength: origin.count, isExact: exact))
      paragraph.append(contentsOf: text)
    }

    mutating func endParagraph(at tag: Range<Int>) {
      pendingSpace = nil
      defer {
        paragraph.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
      }
      guard paragraph.contains(where: { !Scanner.isSpace($0) }) else { return }
      builder.appendParagraph(
        String(decoding: paragraph, as: UTF8.self), segments: segments, separatorOrigin: separatorOrigin)
      separatorOrigin = tag
    }

    /// Decodes `&name;`, `&#NNN;` or `&#xHH;`; anything else is a literal ampersand.
    mutating func reference() {
      let start = position
      var cursor = position + 1
      var decoded: String?
      if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") {
        cursor += 1
        var radix: UInt32 = 10
        if cursor < bytes.count, bytes[cursor] | 0x20 == UInt8(ascii: "x") {
          radix = 16
          cursor += 1
        }
        var value: UInt32 = 0
        let digitsStart = cursor
        while cursor < bytes.count, let digit = Scanner.digit(bytes[cursor], radix: radix) {
          value = min(value &* radix &+ digit, 0x11_0000)
          cursor += 1
        }
        if cursor > digitsStart {
          // The semicolon is optional for numeric references, as in browsers.
          if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
          let mapped = HTMLTextExtractor.windows1252[value] ?? value
          let scalar = mapped == 0 ? nil : Unicode.Scalar(mapped)
          decoded = String(Character(scalar ?? "\u{FFFD}"))
        }
      } else {
        let nameStart = cursor
        while cursor < bytes.count, cursor - nameStart < 32,
          (bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39)
            || (bytes[cursor] | 0x20 >= 0x61 && bytes[cursor] | 0x20 <= 0x7A)
        {
          cursor += 1
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") {
          let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
          if let value = HTMLTextExtractor.namedEntities[name] {
            decoded = value
            cursor += 1
          }
        }
      }
      guard let decoded else {
        position = start + 1
        append(bytes[start..<position], origin: start..<position, exact: true)
        return
      }
      position = cursor
      append(Array(decoded.utf8), origin: start..<cursor, exact: false)
    }

    static func digit(_ byte: UInt8, radix: UInt32) -> UInt32? {
      switch byte {
      case 0x30...0x39: return UInt32(byte - 0x30)
      case 0x41...0x46 where radix == 16: return UInt32(byte - 0x41 + 10)
      case 0x61...0x66 where radix == 16: return UInt32(byte - 0x61 + 10)
      default: return nil
      }
    }

    // MARK: Markup

    mutating func markup() {
      let start = position
      if hasPrefix("<!--", at: start) {
        position = find("-->", from: start + 4).map { $0 + 3 } ?? bytes.count
        if keepsDirectives && isDirectiveComment(contentStart: start + 4) {
          // Verbatim, so a notice about the directive points at the comment itself.
          append(bytes[start..<position], origin: start..<position, exact: true)
        }
        return
      }
      let next = start + 1 < bytes.count ? bytes[start + 1] : 0
      if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
        position = find(">", from: start + 2).map { $0 + 1 } ?? bytes.count
        return
      }
      let isEnd = next == UInt8(ascii: "/")
      let nameStart = isEnd ? start + 2 : start + 1
      guard nameStart < bytes.count, Scanner.isLetter(bytes[nameStart]) else {
        // A "<" that starts no tag ("a < b") is text, as in browsers.
        position = start + 1
        append(bytes[start..<position], origin: start..<position, exact: true)
        return
      }
      var cursor = nameStart
      while cursor < bytes.count, Scanner.isNameByte(bytes[cursor]) { cursor += 1 }
      let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
      // Skip attributes; a ">" inside a quoted value does not end the tag.
      var quote: UInt8?
      while cursor < bytes.count {
        let byte = bytes[cursor]
        cursor += 1
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: ">") {
          break
        }
      }
      position = cursor
      let tag = start..<cursor
      if HTMLTextExtractor.blockElements.contains(name) { endParagraph(at: tag) }
      if name == "pre" { preDepth = max(0, preDepth + (isEnd ? -1 : 1)) }
      if !isEnd, HTMLTextExtractor.skippedElements.contains(name) { skipContent(of: name) }
    }

    /// Whether a comment's content starts (after white space) with `klarsvar-`: meant as a directive,
    /// well-formed or not (the linter reports a broken one).
    func isDirectiveComment(contentStart: Int) -> Bool {
      var cursor = contentStart
      while cursor < bytes.count, Scanner.isSpace(bytes[cursor]) { cursor += 1 }
      return hasPrefix("klarsvar-", at: cursor)
    }

    /// Moves past the end tag of a skipped element (or to the end of the file when it has none).
    mutating func skipContent(of name: String) {
      let closing = Array("</\(name)".utf8)
      var cursor = position
      while let found = find(closing, from: cursor, caseInsensitive: true) {
        let after = found + closing.count
        if after >= bytes.count || !Scanner.isNameByte(bytes[after]) {
          position = find(">", from: after).map { $0 + 1 } ?? bytes.count
          return
        }
        cursor = after
      }
      position = bytes.count
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    static func isNameByte(_ byte: UInt8) -> Bool {
      isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
      let pattern = Array(prefix.utf8)
      return offset + pattern.count <= bytes.count && Array(bytes[offset..<(offset + pattern.count)]) == pattern
    }

    func find(_ pattern: String, from offset: Int) -> Int? {
      find(Array(pattern.utf8), from: offset, caseInsensitive: false)
    }

    func find(_ pattern: [UInt8], from offset: Int, caseInsensitive: Bool) -> Int? {
      guard !pattern.isEmpty, offset >= 0 else { return nil }
      var index = offset
      let last = bytes.count - pattern.count
      while index <= last {
        var matched = true
        for (step, expected) in pattern.enumerated() {
          let actual = bytes[index + step]
          if actual != expected && !(caseInsensitive && Scanner.isLetter(actual) && actual | 0x20 == expected | 0x20) {
            matched = false
            break
          }
        }
        if matched { return index }
        index += 1
      }
      return nil
    }
  }
}
