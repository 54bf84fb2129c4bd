import Foundation

/// Splits Swedish text into words, sentences and paragraphs in one pass over its UTF-8 bytes.
///
/// Word identities are resolved against a `WordIndex` while scanning, so the matcher afterwards
/// compares integers only. Placeholders, URLs and e-mail addresses become opaque tokens that never
/// end a sentence; code, comments and front matter are skipped.
package struct Tokenizer {
  let index: WordIndex
  private let prefixFilter: HashFilter
  /// For each pair of first bytes (see `prefixStartIndex`), bit n is set when some prefix word of
  /// n bytes (1 ≤ n < `WordFolder.prefixLimit`) starts with them: most words start like no prefix
  /// word, and are done with one look-up instead of a probe at every length.
  private let prefixStarts: [UInt64]
  /// Markup scanner tables per format and placeholder delimiters.
  private let markupSetups = MarkupScanner.SetupCache()
  /// Each ASCII letter's lower-case form; 0 for every other byte.
  private static let asciiLetterFolds: [UInt8] = (0..<256).map { byte in
    let lower = UInt8(byte) | 0x20
    return lower >= 0x61 && lower <= 0x7A ? lower : 0
  }

  package init(index: WordIndex) {
    self.index = index
    prefixFilter = HashFilter(index.prefixes)
    prefixStarts = Self.prefixStarts(index.prefixes)
  }

  static func prefixStarts(_ prefixes: Vocabulary) -> [UInt64] {
    var table = [UInt64](repeating: 0, count: 1024)
    prefixes.forEachKey { key in
      guard key.count >= 1 && key.count < WordFolder.prefixLimit else { return }
      let bit: UInt64 = 1 << UInt64(key.count)
      if key.count == 1 {
        // The word's second byte is anything (or stale, for a word of one byte).
        for second in 0..<UInt8(32) { table[prefixStartIndex(key[0], second)] |= bit }
      } else {
        table[prefixStartIndex(key[0], key[1])] |= bit
      }
    }
    return table
  }

  /// Five bits of each of the first two bytes: exact for ASCII letters, a shared slot for others.
  @inline(__always)
  static func prefixStartIndex(_ first: UInt8, _ second: UInt8) -> Int {
    Int(truncatingIfNeeded: first & 31) &<< 5 | Int(truncatingIfNeeded: second & 31)
  }

  package func tokenize(
    _ source: SourceText, format: DocumentFormat, placeholders: [PlaceholderDelimiters]
  ) -> TokenizedText {
    let setup = markupSetups.setup(format: format, placeholders: placeholders)
    let markup = MarkupScanner(source: source, setup: setup).scan()
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
    /// `Tokenizer.prefixStarts`.
    let prefixStarts: UnsafePointer<UInt64>
    /// `Tokenizer.asciiLetterFolds`.
    let letterFolds: UnsafePointer<UInt8>
  }

  private func withProbes(_ body: (Probes) -> Void) {
    index.words.withProbe { words in
      index.prefixes.withProbe { prefixes in
        prefixFilter.withProbe { prefixFilter in
          prefixStarts.withUnsafeBufferPointer { prefixStarts in
            Self.asciiLetterFolds.withUnsafeBufferPointer { letterFolds in
              body(
                Probes(
                  words: words, prefixes: prefixes, prefixFilter: prefixFilter,
                  prefixStarts: prefixStarts.baseAddress.unsafelyUnwrapped,
                  letterFolds: letterFolds.baseAddress.unsafelyUnwrapped))
            }
          }
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
        && Self.isListMarker(last, bytes, textStart: textStart)
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
    /// Static so that the call does not copy the scanner's state.
    static func isListMarker(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, textStart: Int) -> Bool {
      token.range.length <= 3 && isAtLineStart(bytes, token.range.lowerBound, textStart: textStart)
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
      let letterFolds = probes.letterFolds
      // Where the next word may start without a return to the dispatch loop (which handles regions).
      let continuationEnd = min(count, regionStart)
      while true {
        let start = position
        var cursor = position
        let firstIsDigit = base[start] &- 0x30 < 10
        // The folded length is `cursor + delta`: ASCII and Latin-1 letters fold to as many bytes as they have.
        var delta = 0 &- start
        var hash = Vocabulary.offsetBasis
        // The word's rare conditions (`overflowed`, `foldedByFolder`, `needsComposition`), in one byte.
        var rare: UInt8 = 0
        // Bytes of the word that are not a letter's first byte: the word has `cursor - start - this` letters.
        var nonLetterBytes = 0
        // Below `limit`, the folded length is below `WordFolder.capacity - 1` (room for a two-byte letter).
        var limit = min(count, WordFolder.capacity &- 1 &- delta)
        scan: while cursor < count {
          // Runs of letters of ASCII and Latin-1, most of any text, take a tight loop.
          while cursor < limit {
            let byte = base[cursor]
            let lower = letterFolds[Int(truncatingIfNeeded: byte)]
            if lower != 0 {
              buffer[cursor &+ delta] = lower
              hash = (hash ^ UInt64(lower)) &* Vocabulary.prime
              cursor &+= 1
              continue
            }
            // U+00C0–U+00FF but × and ÷: a letter; U+00C0–U+00DE lower-case by adding 0x20.
            guard byte == 0xC3 && cursor &+ 1 < count else { break }
            let second = base[cursor &+ 1]
            guard second | 0x20 != 0xB7 else { break }
            let folded = second < 0x9F ? second | 0x20 : second
            buffer[cursor &+ delta] = 0xC3
            buffer[cursor &+ delta &+ 1] = folded
            hash = (hash ^ 0xC3) &* Vocabulary.prime
            hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
            nonLetterBytes &+= 1
            cursor &+= 2
          }
          guard cursor < count else { break }
          let byte = base[cursor]
          // Most words end at a space.
          if byte == 0x20 { break }
          var length = cursor &+ delta
          if byte < 0x80 {
            // Most words end here, at a space or a punctuation mark: one bit test sends those away.
            guard Self.mayContinueWord(byte) else { break scan }
            var folded = byte
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
              folded = lower
            } else {
              if byte &- 0x30 >= 10 {
                // Joiners only join before a letter or digit: most are punctuation before a space or line end.
                let nextByte = cursor &+ 1 < count ? base[cursor &+ 1] : 0x20
                guard nextByte >= 0x80 || Self.isASCIILetterOrDigit(nextByte),
                  Self.joins(
                    bytes, UInt32(byte), length: 1, at: cursor,
                    previous: Self.scalar(bytes, before: cursor, from: start),
                    firstIsDigit: firstIsDigit)
                else { break scan }
              }
              nonLetterBytes &+= 1
            }
            if length < WordFolder.capacity {
              buffer[length] = folded
            } else {
              rare |= Self.overflowed
              delta &-= 1
            }
            hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
            cursor &+= 1
          } else if byte == 0xC3 && cursor &+ 1 < count && base[cursor &+ 1] | 0x20 != 0xB7 {
            // As in the loop above, at the end of the buffer.
            let second = base[cursor &+ 1]
            let folded = second < 0x9F ? second | 0x20 : second
            nonLetterBytes &+= 1
            if length &+ 1 < WordFolder.capacity {
              buffer[length] = 0xC3
              buffer[length &+ 1] = folded
              length &+= 2
            } else {
              if length < WordFolder.capacity {
                buffer[length] = 0xC3
                length &+= 1
              }
              rare |= Self.overflowed
            }
            hash = (hash ^ 0xC3) &* Vocabulary.prime
            hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
            cursor &+= 2
            delta = length &- cursor
          } else {
            folder.length = length
            folder.hash = hash
            folder.overflow = rare & Self.overflowed != 0
            // The folder may record prefix hits; they are found again when the word is folded anew.
            folder.clearPrefixHits()
            let scalar = appendOtherScalar(
              at: cursor, previous: Self.scalar(bytes, before: cursor, from: start), firstIsDigit: firstIsDigit)
            guard scalar.length > 0 else { break scan }
            rare |= Self.foldedByFolder
            hash = folder.hash
            if folder.overflow { rare |= Self.overflowed }
            nonLetterBytes &+= scalar.role == .letter ? scalar.length &- 1 : scalar.length
            if scalar.role == .mark { rare |= Self.needsComposition }
            cursor &+= scalar.length
            delta = folder.length &- cursor
          }
          limit = min(count, WordFolder.capacity &- 1 &- delta)
        }
        var length = cursor &+ delta
        let letters = cursor &- start &- nonLetterBytes
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
        var hitCount = 0
        if rare & Self.foldedByFolder != 0 {  // also set for every word that needs composition
          // The folder folds such words scalar by scalar and probes their prefixes as it goes.
          refold(start, cursor, composing: rare & Self.needsComposition != 0)
          length = folder.length
          hash = folder.hash
          rare = folder.overflow ? Self.overflowed : 0
          hitCount = folder.prefixHitCount
        } else {
          // Lengths 1 through `length` (below `WordFolder.prefixLimit`) at which a prefix word may end.
          let first = buffer[0]
          let second = buffer[1]
          let candidates =
            probes.prefixStarts[Tokenizer.prefixStartIndex(first, second)] & ((2 &<< min(length, 63)) &- 2)
          if candidates != 0 { hitCount = recordPrefixes(candidates, length: length) }
        }
        // The buffer holds `WordFolder.capacity` ≥ 8 bytes (the first 8 always initialized) and `length` is at
        // most that, as the probe needs.
        // Most words are in some phrase, so a Bloom filter would cost more than the misses it saves; an
        // empty vocabulary's probe misses at once.
        var wordID: Int32 = -1
        if rare & Self.overflowed == 0 {
          wordID = probes.words.id(hash: hash, bytes: buffer, length: length)
        }
        let prefixStart = prefixIDCount
        if hitCount > 0 { appendPrefixHits(into: &output) }
        appendToken(
          Token(
            range: TextRange(ordered: start, cursor), kind: kind, hash: hash, wordID: wordID,
            prefixStart: prefixStart, prefixCount: UInt16(truncatingIfNeeded: hitCount),
            letterCount: UInt16(truncatingIfNeeded: min(letters, 65535)), isQuoted: lineIsQuoted), into: &output)
        // A single space and another word: what the dispatch loop would do, outside regions.
        let next = cursor &+ 1
        guard
          next < continuationEnd && base[cursor] == 0x20
            && (letterFolds[Int(truncatingIfNeeded: base[next])] != 0 || base[next] &- 0x30 < 10)
        else { return }
        position = next
      }
    }

    /// Bits of a word's rare conditions: more bytes than the folder's buffer holds, a scalar beyond
    /// Latin-1 (folded by the folder), a combining mark (the word is folded from its NFC form).
    static let overflowed: UInt8 = 1
    static let foldedByFolder: UInt8 = 2
    static let needsComposition: UInt8 = 4

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

    /// The value of the scalar that ends at `end` (0 if that is the word's `start`), for `joins`.
    @inline(never)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> UInt32 {
      guard end > start else { return 0 }
      var lead = end - 1
      while lead > start && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      return ScalarClass.decode(bytes, at: lead).value
    }

    /// Records the prefix words among the word's first `n` folded bytes for each bit n of `candidates`
    /// (all below `WordFolder.prefixLimit` and at most `length`), shortest first, and returns their number.
    /// Only words of ASCII and Latin-1 letters come here: a scalar boundary is any byte but a continuation.
    @inline(never)
    mutating func recordPrefixes(_ candidates: UInt64, length: Int) -> Int {
      folder.clearPrefixHits()
      let buffer = folder.buffer.baseAddress.unsafelyUnwrapped
      var remaining = candidates
      var hash = Vocabulary.offsetBasis
      var hashed = 0
      while remaining != 0 {
        let prefixLength = remaining.trailingZeroBitCount
        remaining &= remaining &- 1
        while hashed < prefixLength {
          hash = (hash ^ UInt64(buffer[hashed])) &* Vocabulary.prime
          hashed &+= 1
        }
        // The folder only probes where a scalar ends.
        if prefixLength < length && buffer[prefixLength] & 0xC0 == 0x80 { continue }
        // The buffer's `WordFolder.capacity` bytes cover the probe's 8-byte loads.
        if probes.prefixFilter.mayContain(hash) {
          let id = probes.prefixes.id(hash: hash, bytes: buffer, length: prefixLength)
          if id >= 0 { folder.addPrefixHit(id) }
        }
      }
      return folder.prefixHitCount
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
    ) -> (length: Int, role: ScalarClass.WordRole) {
      let (value, scalarLength) = ScalarClass.decode(bytes, at: cursor)
      let role = ScalarClass.wordRole(value)
      if role == .other
        && !Self.joins(bytes, value, length: scalarLength, at: cursor, previous: previous, firstIsDigit: firstIsDigit)
      {
        return (0, role)
      }
      folder.append(value, index: index)
      return (scalarLength, role)
    }

    /// Folds the word again, scalar by scalar (from its NFC form if it has combining marks), probing
    /// its prefixes as it goes.
    @inline(never)
    mutating func refold(_ start: Int, _ end: Int, composing: Bool) {
      folder.reset()
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      for scalar in (composing ? text.precomposedStringWithCanonicalMapping : text).unicodeScalars {
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
