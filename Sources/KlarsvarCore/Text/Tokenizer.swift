import Foundation

/// Splits Swedish text into words, sentences and paragraphs in one pass over its UTF-8 bytes.
///
/// Word identities are resolved against a `WordIndex` while scanning, so the matcher afterwards
/// compares integers only. Placeholders, URLs and e-mail addresses become opaque tokens that never
/// end a sentence; code, comments and front matter are skipped.
struct Tokenizer {
  let index: WordIndex
  private let prefixFilter: HashFilter

  init(index: WordIndex) {
    self.index = index
    prefixFilter = HashFilter(index.prefixes)
  }

  func tokenize(
    _ source: SourceText, format: DocumentFormat, placeholders: [PlaceholderDelimiters]
  ) -> TokenizedText {
    let markup = MarkupScanner(source: source, format: format, placeholders: placeholders).scan()
    var output = TokenizedText(source: source, format: format)
    output.masked = markup.regions
    output.directives = markup.directives
    output.frontMatter = markup.frontMatter
    output.quoted = markup.quotedLines
    source.utf8.withUnsafeBufferPointer { bytes in
      withProbes { probes in
        // Tokens are written straight into the array's storage (about one per six bytes of text);
        // a document that needs more moves them to a larger buffer once.
        var outgrown: [Token]?
        let tokens = [Token](unsafeUninitializedCapacity: max(16, bytes.count / 6)) { storage, initializedCount in
          var state = State(
            bytes: bytes, index: index, probes: probes, folder: WordFolder(prefixFilter: prefixFilter), markup: markup,
            tokens: TokenBuffer(storage: storage))
          state.run(into: &output)
          state.folder.deallocate()
          initializedCount = state.tokens.finish(outgrown: &outgrown)
        }
        output.tokens = outgrown ?? tokens
      }
    }
    output.quoted.sort()
    return output
  }
}

extension Tokenizer {
  /// Unchecked views of the vocabularies and their filters for the word scanner, valid for one document.
  fileprivate struct Probes {
    let words: Vocabulary.Probe
    let prefixes: Vocabulary.Probe
    let prefixFilter: HashFilter.Probe
    let prefixLengthMask: UInt64
  }

  private func withProbes(_ body: (Probes) -> Void) {
    index.words.withProbe { words in
      index.prefixes.withProbe { prefixes in
        prefixFilter.withProbe { prefixFilter in
          body(
            Probes(
              words: words, prefixes: prefixes, prefixFilter: prefixFilter, prefixLengthMask: index.prefixes.lengthMask)
          )
        }
      }
    }
  }

  fileprivate struct State {
    let bytes: UnsafeBufferPointer<UInt8>
    let index: WordIndex
    let probes: Probes
    let markup: MarkupScanner.Result
    var folder: WordFolder
    /// The document's tokens, handed to the output at the end: appends skip Array's uniqueness checks.
    var tokens: TokenBuffer
    /// `output.prefixIDs.count`, kept here so that a word without prefix hits does not touch the array.
    var prefixIDCount: Int32 = 0
    var position = 0
    var regionCursor = 0
    /// The next region's start (`Int.max` after the last), so the per-byte test is a single comparison.
    var regionStart = Int.max
    var quotedLineCursor = 0
    var atLineStart = true
    var lineIsHeading = false
    var lineIsQuoted = false
    var sentenceTokenStart = 0
    var sentenceByteStart = -1
    var sentenceByteEnd = 0
    var paragraphSentenceStart = 0
    var paragraphByteStart = -1
    var paragraphIsHeading = false
    var quoteOpen: (token: Int, byte: Int)?

    /// After a byte order mark, if the text has one.
    let textStart: Int

    init(
      bytes: UnsafeBufferPointer<UInt8>, index: WordIndex, probes: Probes, folder: WordFolder,
      markup: MarkupScanner.Result, tokens: TokenBuffer
    ) {
      self.bytes = bytes
      self.index = index
      self.probes = probes
      self.folder = folder
      self.markup = markup
      self.tokens = tokens
      textStart = MarkupScanner.byteOrderMarkLength(bytes)
    }

    mutating func run(into output: inout TokenizedText) {
      // Capacity for a typical letter's sentences and paragraphs, so that few appends reallocate.
      output.sentences.reserveCapacity(bytes.count / 64)
      output.paragraphs.reserveCapacity(bytes.count / 256)
      output.prefixIDs.reserveCapacity(bytes.count / 64)
      position = textStart
      startLine(at: textStart)
      let count = bytes.count
      regionStart = markup.regions.first?.range.lowerBound ?? Int.max
      while position < count {
        if regionStart <= position {
          handleRegion(markup.regions[regionCursor], into: &output)
          regionCursor += 1
          regionStart = regionCursor < markup.regions.count ? markup.regions[regionCursor].range.lowerBound : Int.max
          continue
        }
        let byte = bytes[position]
        if byte < 0x80 {
          if !Self.isASCIILetterOrDigit(byte) {
            switch byte {
            case 0x0A, 0x0D:
              handleNewline(into: &output)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
              handleTerminal(into: &output)
            case UInt8(ascii: "\""):
              handleQuote(length: 1, opening: nil, into: &output)
            case 0x20, 0x09:
              position += 1
            case UInt8(ascii: "#") where atLineStart && output.format == .markdown:
              lineIsHeading = true
              closeSentence(into: &output)
              position += 1
            case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
              if atLineStart && position + 1 < count && (bytes[position + 1] == 0x20 || bytes[position + 1] == 0x09) {
                closeSentence(into: &output)
              }
              atLineStart = false
              position += 1
            default:
              atLineStart = false
              position += 1
            }
            continue
          }
        } else {
          let (value, length) = ScalarClass.decode(bytes, at: position)
          if !ScalarClass.isLetter(value) {
            if value == 0x201D || value == 0x201C || value == 0x201E {
              handleQuote(length: length, opening: value == 0x201D ? nil : true, into: &output)
            } else if value == 0x2026 {
              handleTerminal(into: &output)
            } else if value == 0x2022 && atLineStart {  // • bullet
              closeSentence(into: &output)
              position += length
            } else {
              if !ScalarClass.isCombiningMark(value) && value != 0xA0 { atLineStart = false }
              position += length
            }
            continue
          }
        }
        scanWord(into: &output)
        // The space after a word, the commonest byte of all, is skipped here rather than by the
        // dispatch above (which would do just that, outside regions).
        if position < regionStart && position < count && bytes[position] == 0x20 { position += 1 }
      }
      closeParagraph(into: &output)
    }

    // MARK: Lines, sentences, paragraphs

    mutating func startLine(at offset: Int) {
      atLineStart = true
      lineIsHeading = false
      while quotedLineCursor < markup.quotedLines.count && markup.quotedLines[quotedLineCursor].upperBound < offset {
        quotedLineCursor += 1
      }
      lineIsQuoted =
        quotedLineCursor < markup.quotedLines.count && markup.quotedLines[quotedLineCursor].lowerBound == offset
    }

    mutating func closeSentence(into output: inout TokenizedText) {
      if tokens.count > sentenceTokenStart {
        output.sentences.append(
          Sentence(
            tokenRange: sentenceTokenStart..<tokens.count,
            range: TextRange(
              sentenceByteStart, max(sentenceByteEnd, tokens[tokens.count - 1].range.upperBound)),
            paragraph: output.paragraphs.count))
      }
      sentenceTokenStart = tokens.count
      sentenceByteStart = -1
    }

    mutating func closeParagraph(into output: inout TokenizedText) {
      closeSentence(into: &output)
      if output.sentences.count > paragraphSentenceStart {
        let first = output.sentences[paragraphSentenceStart].range.lowerBound
        let last = output.sentences[output.sentences.count - 1].range.upperBound
        output.paragraphs.append(
          Paragraph(
            sentenceRange: paragraphSentenceStart..<output.sentences.count, range: TextRange(first, last),
            isHeading: paragraphIsHeading))
      }
      paragraphSentenceStart = output.sentences.count
      paragraphIsHeading = false
      quoteOpen = nil
    }

    mutating func handleNewline(into output: inout TokenizedText) {
      let wasHeading = lineIsHeading
      let wasQuoted = lineIsQuoted
      if bytes[position] == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A { position += 1 }
      position += 1
      startLine(at: position)
      var peek = position
      while peek < bytes.count && (bytes[peek] == 0x20 || bytes[peek] == 0x09) { peek += 1 }
      let blank = peek >= bytes.count || bytes[peek] == 0x0A || bytes[peek] == 0x0D
      if blank {
        if wasHeading { paragraphIsHeading = output.sentences.count >= paragraphSentenceStart }
        closeParagraph(into: &output)
      } else if wasHeading {
        closeSentence(into: &output)
        paragraphIsHeading = true
        closeParagraph(into: &output)
      } else if wasQuoted != lineIsQuoted
        || Self.startsListItemOrHeading(bytes, at: peek, markdown: output.format == .markdown)
      {
        closeSentence(into: &output)
      }
    }

    static func startsListItemOrHeading(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, markdown: Bool) -> Bool {
      let byte = bytes[offset]
      let next: UInt8 = offset + 1 < bytes.count ? bytes[offset + 1] : 0
      if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"))
        && (next == 0x20 || next == 0x09)
      {
        return true
      }
      if markdown && byte == UInt8(ascii: "#") { return true }
      if byte == 0xE2 && next == 0x80 && offset + 2 < bytes.count && bytes[offset + 2] == 0xA2 { return true }  // •
      var cursor = offset
      while cursor < bytes.count && ScalarClass.isDigit(UInt32(bytes[cursor])) { cursor += 1 }
      if cursor > offset && cursor - offset <= 3 && cursor + 1 < bytes.count
        && (bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")"))
        && (bytes[cursor + 1] == 0x20 || bytes[cursor + 1] == 0x09)
      {
        return true
      }
      return false
    }

    mutating func handleRegion(_ region: MaskedRegion, into output: inout TokenizedText) {
      let end = max(region.range.upperBound, position)
      if region.isInline {
        let kind: Token.Kind = region.kind == .url ? .url : region.kind == .email ? .email : .placeholder
        appendToken(
          Token(
            range: region.range, kind: kind, hash: 0, wordID: -1, prefixStart: 0, prefixCount: 0, letterCount: 0,
            isQuoted: lineIsQuoted), into: &output)
      } else if region.kind == .code && Self.isAtLineStart(bytes, region.range.lowerBound, textStart: textStart) {
        closeParagraph(into: &output)
      } else if region.kind != .code && Self.isAtLineStart(bytes, region.range.lowerBound, textStart: textStart)
        && region.kind != .frontMatter
      {
        closeSentence(into: &output)
      }
      position = end
    }

    static func isAtLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, textStart: Int) -> Bool {
      var cursor = offset
      while cursor > textStart && (bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x09) { cursor -= 1 }
      return cursor <= textStart || bytes[cursor - 1] == 0x0A || bytes[cursor - 1] == 0x0D
    }

    mutating func appendToken(_ token: Token, into output: inout TokenizedText) {
      if sentenceByteStart < 0 { sentenceByteStart = token.range.lowerBound }
      sentenceByteEnd = token.range.upperBound
      tokens.append(token)
      atLineStart = false
    }

    // MARK: Punctuation

    mutating func handleTerminal(into output: inout TokenizedText) {
      let start = position
      var end = position
      while end < bytes.count {
        let byte = bytes[end]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
          end += 1
        } else if byte == 0xE2 && end + 2 < bytes.count && bytes[end + 1] == 0x80 && bytes[end + 2] == 0xA6 {
          end += 3
        } else {
          break
        }
      }
      position = end
      atLineStart = false
      guard tokens.count > sentenceTokenStart else { return }
      let last = tokens[tokens.count - 1]
      var finalAbbreviation = false
      if end == start + 1 && bytes[start] == UInt8(ascii: ".") && last.range.upperBound == start && last.kind == .word {
        if SwedishAbbreviations.innerHashes.contains(last.hash) { return }
        finalAbbreviation = SwedishAbbreviations.sentenceFinalHashes.contains(last.hash)
      }
      if end == start + 1 && bytes[start] == UInt8(ascii: ".") && last.isNumeric && last.range.upperBound == start
        && isListMarker(last)
      {
        return
      }
      // Look past closing quotes and brackets for the next word.
      var cursor = end
      while cursor < bytes.count {
        let byte = bytes[cursor]
        if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"")
          || byte == UInt8(ascii: "'")
        {
          cursor += 1
        } else if byte == 0xE2 && cursor + 2 < bytes.count && bytes[cursor + 1] == 0x80 && bytes[cursor + 2] == 0x9D {
          cursor += 3
        } else if byte == 0xC2 && cursor + 1 < bytes.count && bytes[cursor + 1] == 0xBB {
          cursor += 2
        } else {
          break
        }
      }
      let sentenceEnd = cursor
      if cursor < bytes.count && bytes[cursor] != 0x20 && bytes[cursor] != 0x09 && bytes[cursor] != 0x0A
        && bytes[cursor] != 0x0D
      {
        return
      }
      while cursor < bytes.count && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
      if cursor < bytes.count && bytes[cursor] != 0x0A && bytes[cursor] != 0x0D {
        let (value, _) = ScalarClass.decode(bytes, at: cursor)
        if ScalarClass.isLowercase(value) { return }
        if finalAbbreviation && !ScalarClass.isUppercase(value) { return }
      }
      sentenceByteEnd = sentenceEnd
      closeSentence(into: &output)
    }

    /// `1.` or `12.` standing first on its line.
    func isListMarker(_ token: Token) -> Bool {
      token.range.length <= 3 && Self.isAtLineStart(bytes, token.range.lowerBound, textStart: textStart)
    }

    mutating func handleQuote(length: Int, opening: Bool?, into output: inout TokenizedText) {
      let start = position
      position += length
      atLineStart = false
      if let open = quoteOpen, opening != true {
        // Three words or more in quotation marks are taken as the reader's own words; shorter ones
        // are scare quotes, which tone rules must still see.
        if tokens.count - open.token >= 3 {
          for tokenIndex in open.token..<tokens.count { tokens[tokenIndex].isQuoted = true }
          output.quoted.append(TextRange(open.byte, position))
        }
        quoteOpen = nil
      } else {
        quoteOpen = (tokens.count, start)
      }
    }

    // MARK: Words

    /// Scans one word. ASCII and Latin-1 letters (all of Swedish) are classified and folded straight
    /// from their bytes; only other scalars are decoded and looked up in the Unicode tables.
    /// Scans one word, and the words after it that follow a single space (most words of any text):
    /// those are scanned here without a return to the dispatch loop, which would skip the space
    /// and call here again. ASCII and Latin-1 letters (all of Swedish) are classified and folded
    /// straight from their bytes; only other scalars are decoded and looked up in the Unicode tables.
    mutating func scanWord(into output: inout TokenizedText) {
      let count = bytes.count
      let base = bytes.baseAddress.unsafelyUnwrapped
      // The folded bytes go straight into the folder's buffer; length and hash stay in registers
      // and are handed back to the folder only around the rare calls that need them.
      let buffer = folder.buffer.baseAddress.unsafelyUnwrapped
      let lengthMask = probes.prefixLengthMask
      while true {
        let start = position
        folder.clearPrefixHits()
        var letters = 0
        var needsComposition = false
        var cursor = position
        var previous: UInt32 = 0
        let firstIsDigit = base[start] &- 0x30 < 10
        var length = 0
        var hash = Vocabulary.offsetBasis
        var overflow = false
        scan: while cursor < count {
          // Runs of ASCII letters, most of any text, take a tighter loop: below the prefix limit the
          // buffer cannot overflow, and one bound covers both the text's end and that limit.
          if length < WordFolder.prefixLimit - 1 {
            let runStart = cursor
            let limit = min(count, cursor &+ (WordFolder.prefixLimit &- 1 &- length))
            while cursor < limit {
              let lower = base[cursor] | 0x20
              guard lower &- 0x61 < 26 else { break }
              buffer[length] = lower
              length &+= 1
              hash = (hash ^ UInt64(lower)) &* Vocabulary.prime
              cursor &+= 1
              if (lengthMask &>> UInt64(truncatingIfNeeded: length)) & 1 != 0 && probes.prefixFilter.mayContain(hash) {
                recordPrefix(length: length, hash: hash)
              }
            }
            if cursor > runStart {
              letters &+= cursor &- runStart
              previous = UInt32(base[cursor &- 1])
              guard cursor < count else { break scan }
            }
          }
          let byte = base[cursor]
          if byte < 0x80 {
            // Most words end here, at a space or a punctuation mark: one bit test sends those away.
            guard Self.mayContinueWord(byte) else { break scan }
            var folded = byte
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
              letters &+= 1
              folded = lower
            } else if byte &- 0x30 < 10 {
            } else if !Self.joins(
              bytes, UInt32(byte), length: 1, at: cursor, previous: previous, firstIsDigit: firstIsDigit)
            {
              break scan
            }
            if length < WordFolder.capacity {
              buffer[length] = folded
              length &+= 1
            } else {
              overflow = true
            }
            hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
            previous = UInt32(byte)
            cursor &+= 1
          } else if byte == 0xC3 && cursor &+ 1 < count && base[cursor &+ 1] | 0x20 != 0xB7 {
            // U+00C0–U+00FF but × and ÷: a letter; U+00C0–U+00DE lower-case by adding 0x20.
            let second = base[cursor &+ 1]
            let folded = second < 0x9F ? second | 0x20 : second
            letters &+= 1
            if length &+ 1 < WordFolder.capacity {
              buffer[length] = 0xC3
              buffer[length &+ 1] = folded
              length &+= 2
            } else {
              if length < WordFolder.capacity {
                buffer[length] = 0xC3
                length &+= 1
              }
              overflow = true
            }
            hash = (hash ^ 0xC3) &* Vocabulary.prime
            hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
            previous = 0xC0 | UInt32(second & 0x3F)
            cursor &+= 2
          } else {
            folder.length = length
            folder.hash = hash
            folder.overflow = overflow
            let scalar = appendOtherScalar(at: cursor, previous: previous, firstIsDigit: firstIsDigit)
            guard scalar.length > 0 else { break scan }
            length = folder.length
            hash = folder.hash
            overflow = folder.overflow
            if scalar.role == .letter { letters &+= 1 }
            if scalar.role == .mark { needsComposition = true }
            previous = scalar.value
            cursor &+= scalar.length
            continue
          }
          if !overflow && length < WordFolder.prefixLimit
            && (lengthMask &>> UInt64(truncatingIfNeeded: length)) & 1 != 0
            && probes.prefixFilter.mayContain(hash)
          {
            recordPrefix(length: length, hash: hash)
          }
        }
        if cursor == start { cursor &+= 1 }
        position = cursor
        var kind = Token.Kind.word
        if firstIsDigit {
          if atLineStart && Self.isNumberedListMarker(bytes, start, cursor) {
            position = cursor &+ 1
            closeSentence(into: &output)
            return
          }
          kind = Self.numberKind(bytes, start, cursor)
        }
        if needsComposition {
          refoldComposed(start, cursor)
          length = folder.length
          hash = folder.hash
          overflow = folder.overflow
        }
        // The buffer holds `WordFolder.capacity` ≥ 8 bytes and `length` is at most that, as the probe needs.
        // Most words are in some phrase, so a Bloom filter would cost more than the misses it saves; an
        // empty vocabulary's probe misses at once.
        var wordID: Int32 = -1
        if !overflow {
          wordID = probes.words.id(hash: hash, bytes: buffer, length: length)
        }
        let prefixStart = prefixIDCount
        let hitCount = folder.prefixHitCount  // at most one per length below `WordFolder.prefixLimit`
        if hitCount > 0 { appendPrefixHits(into: &output) }
        appendToken(
          Token(
            range: TextRange(start, cursor), kind: kind, hash: hash, wordID: wordID,
            prefixStart: prefixStart, prefixCount: UInt16(truncatingIfNeeded: hitCount),
            letterCount: UInt16(truncatingIfNeeded: min(letters, 65535)), isQuoted: lineIsQuoted), into: &output)
        // A single space and another word: what the dispatch loop would do, outside regions.
        let next = cursor &+ 1
        guard next < count && next < regionStart && base[cursor] == 0x20 && Self.isASCIILetterOrDigit(base[next])
        else { return }
        position = next
      }
    }

    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
      let low: UInt64 = 0x03FF_0000_0000_0000
      let high: UInt64 = 0x07FF_FFFE_07FF_FFFE
      return byte < 0x80 && ((byte < 64 ? low : high) &>> UInt64(byte & 63)) & 1 != 0
    }

    /// ASCII bytes that may continue a word: letters, digits and the joiners `, - . / :`.
    @inline(__always)
    static func mayContinueWord(_ byte: UInt8) -> Bool {
      let low: UInt64 = 0x07FF_F000_0000_0000
      let high: UInt64 = 0x07FF_FFFE_07FF_FFFE
      return byte < 0x80 && ((byte < 64 ? low : high) &>> UInt64(byte & 63)) & 1 != 0
    }

    /// Records a prefix hit if the folder's first `length` bytes, hashing to `hash`, are a prefix word.
    /// `length` is below `WordFolder.prefixLimit`, so the probe's 8-byte loads stay in the buffer.
    @inline(never)
    mutating func recordPrefix(length: Int, hash: UInt64) {
      let id = probes.prefixes.id(hash: hash, bytes: folder.buffer.baseAddress!, length: length)
      if id >= 0 { folder.addPrefixHit(id) }
    }

    /// One append per hit: cheaper than `append(contentsOf:)` for the one or two hits a word has.
    @inline(never)
    mutating func appendPrefixHits(into output: inout TokenizedText) {
      for id in folder.prefixHits { output.prefixIDs.append(id) }
      prefixIDCount = Int32(output.prefixIDs.count)
    }

    /// Classifies the scalar beyond Latin-1 at `cursor` and, if it continues the word, folds it into
    /// the folder; a length of 0 means the word ends before it. Kept out of line (with its Unicode
    /// look-ups) so the scanner's frame stays small.
    @inline(never)
    mutating func appendOtherScalar(
      at cursor: Int, previous: UInt32, firstIsDigit: Bool
    ) -> (value: UInt32, length: Int, role: ScalarClass.WordRole) {
      let (value, scalarLength) = ScalarClass.decode(bytes, at: cursor)
      let role = ScalarClass.wordRole(value)
      if role == .other
        && !Self.joins(bytes, value, length: scalarLength, at: cursor, previous: previous, firstIsDigit: firstIsDigit)
      {
        return (value, 0, role)
      }
      folder.append(value, index: index)
      return (value, scalarLength, role)
    }

    /// Folds the word again from its NFC form, for words with combining marks.
    @inline(never)
    mutating func refoldComposed(_ start: Int, _ end: Int) {
      folder.reset()
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
        folder.append(scalar.value, index: index)
      }
    }

    /// Whether a non-alphanumeric scalar continues the word: inner hyphens (e-post), dots of
    /// abbreviations and domains (t.ex, ivo.se), genitive colons (IVO:s), number punctuation (1,5 30/6 9–15).
    ///
    /// Static so that calls from the mutating scanner never copy the scanner's state.
    static func joins(
      _ bytes: UnsafeBufferPointer<UInt8>, _ value: UInt32, length: Int, at cursor: Int, previous: UInt32,
      firstIsDigit: Bool
    ) -> Bool {
      switch value {
      case 0x2D, 0x2011, 0x2E, 0x3A, 0x2F, 0x2C, 0x2013: break
      default: return false
      }
      let nextOffset = cursor + length
      guard nextOffset < bytes.count else { return false }
      let (next, _) = ScalarClass.decode(bytes, at: nextOffset)
      let previousIsDigit = ScalarClass.isDigit(previous)
      switch value {
      case 0x2D, 0x2011:  // hyphen, non-breaking hyphen
        return (ScalarClass.isLetter(next) || ScalarClass.isDigit(next))
          && (ScalarClass.isLetter(previous) || previousIsDigit)
      case 0x2E:  // .
        if previousIsDigit && ScalarClass.isDigit(next) { return true }
        guard ScalarClass.isLetter(previous) && ScalarClass.isLetter(next) else { return false }
        // Only short segments: "t.ex", "ivo.se"; "slut.Nästa" is a missing space, not a word.
        var segment = 0
        var offset = nextOffset
        while offset < bytes.count && segment <= 4 {
          let (scalar, scalarLength) = ScalarClass.decode(bytes, at: offset)
          guard ScalarClass.isLetter(scalar) else { break }
          segment += 1
          offset += scalarLength
        }
        return segment <= 3
      case 0x3A:  // :
        return (ScalarClass.isUppercase(previous) || previousIsDigit)
          && (ScalarClass.isLetter(next) || ScalarClass.isDigit(next))
      default:  // / , –
        return firstIsDigit && previousIsDigit && ScalarClass.isDigit(next)
      }
    }

    @inline(never)
    static func isNumberedListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
      guard end - start <= 3, end + 1 < bytes.count else { return false }
      for offset in start..<end where !ScalarClass.isDigit(UInt32(bytes[offset])) { return false }
      return (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"))
        && (bytes[end + 1] == 0x20 || bytes[end + 1] == 0x09)
    }

    /// `2027-06-30`, `30/6`, `30.6.2027` are dates; `1900`–`2099` are years; other digit words are numbers.
    @inline(never)
    static func numberKind(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Token.Kind {
      var digits = 0
      var dashes = 0
      var slashes = 0
      var dots = 0
      var other = 0
      for offset in start..<end {
        let byte = bytes[offset]
        if byte >= 0x30 && byte <= 0x39 {
          digits += 1
        } else if byte == UInt8(ascii: "-") {
          dashes += 1
        } else if byte == UInt8(ascii: "/") {
          slashes += 1
        } else if byte == UInt8(ascii: ".") {
          dots += 1
        } else {
          other += 1
        }
      }
      let length = end - start
      if other == 0 && dashes == 2 && length == 10 && digits == 8 { return .date }
      if other == 0 && slashes == 1 && dashes == 0 && dots == 0 && digits <= 4 { return .date }
      if other == 0 && dots == 2 && dashes == 0 && slashes == 0 && digits >= 4 { return .date }
      if digits == 4 && length == 4 {
        let first = bytes[start]
        let second = bytes[start + 1]
        if (first == UInt8(ascii: "1") && second == UInt8(ascii: "9"))
          || (first == UInt8(ascii: "2") && second == UInt8(ascii: "0"))
        {
          return .year
        }
      }
      return .number
    }
  }
}

/// Tokens under construction, appended without Array's uniqueness and capacity checks: first into
/// the uninitialized storage of the array that will hold them, then, if that fills, into a buffer of ours.
private struct TokenBuffer {
  private var base: UnsafeMutablePointer<Token>
  private var capacity: Int
  private(set) var count = 0
  /// Whether `base` was allocated here (the array's storage was outgrown).
  private var ownsStorage = false

  init(storage: UnsafeMutableBufferPointer<Token>) {
    base = storage.baseAddress!
    capacity = storage.count
  }

  subscript(index: Int) -> Token {
    get {
      precondition(index >= 0 && index < count)
      return base[index]
    }
    set {
      precondition(index >= 0 && index < count)
      base[index] = newValue
    }
  }

  @inline(__always)
  mutating func append(_ token: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: token)
    count &+= 1
  }

  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: max(16, capacity * 2))
    larger.moveInitialize(from: base, count: count)
    if ownsStorage { base.deallocate() }
    base = larger
    capacity = max(16, capacity * 2)
    ownsStorage = true
  }

  /// The number of tokens left in the array's storage; if they had to move, 0, and the tokens are
  /// returned in `outgrown` instead. The buffer must not be used afterwards.
  mutating func finish(outgrown: inout [Token]?) -> Int {
    guard ownsStorage else { return count }
    outgrown = Array(UnsafeBufferPointer(start: base, count: count))
    base.deallocate()
    count = 0
    return 0
  }
}
