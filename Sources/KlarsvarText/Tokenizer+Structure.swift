extension Tokenizer.State {
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
      // A full stop, question or exclamation mark ends the sentence even before a small letter (a
      // slip a reader still reads as a new sentence, and reviewers count sentences that way); an
      // ellipsis alone before a small letter, or an abbreviation, does not.
      let hasStop = bytes[start..<end].contains {
        $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?")
      }
      if ScalarClass.isLowercase(value) && (!hasStop || finalAbbreviation) { return }
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
}
