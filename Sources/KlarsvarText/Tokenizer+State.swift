extension Tokenizer {
  /// The scanner's state for one document: where it is, and the sentence and paragraph it is building.
  struct State {
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

    /// Tokenizes the whole document: dispatches on each byte outside words and regions; words go to
    /// `scanWord`, line ends, sentence ends and quotation marks to their handlers.
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
          if !ASCIISet.lettersAndDigits.contains(byte) {
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
  }
}
