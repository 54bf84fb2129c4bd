extension SwedishLanguage {
  /// The spoken quotations of an outlined text (what the kind detector counts), read paragraph by
  /// paragraph and only where a quotation mark stands.
  ///
  /// A quotation never runs past a blank line (`QuoteScanner` gives up at two line breaks), so scanning
  /// each blank-line separated block on its own finds what a scan of the whole text finds.
  func spokenQuotationCount(in outline: TextOutline) -> Int {
    let tokens = outline.tokens
    var count = 0
    var blockStart = 0
    var hasMark = false
    func scanBlock(to end: Int) {
      guard hasMark, blockStart < end else { return }
      let piece = LanguageDocument(
        piece: outline.bytes, from: Int(tokens[blockStart].start), to: Int(tokens[end - 1].end))
      count += QuoteScanner(document: piece, language: self).quotations().filter(\.isSpoken).count
    }
    var index = 0
    while index < tokens.count {
      if tokens[index].kind == .lineBreak, index + 1 < tokens.count, tokens[index + 1].kind == .lineBreak {
        scanBlock(to: index)
        while index < tokens.count && tokens[index].kind == .lineBreak { index += 1 }
        blockStart = index
        hasMark = false
        continue
      }
      if tokens[index].kind == .punctuation, Self.isOpeningMark(tokens[index].mark) { hasMark = true }
      index += 1
    }
    scanBlock(to: tokens.count)
    return count
  }

  /// The opening marks of `QuoteScanner.pairs`: ” " « » “ „ ’ ‘ '.
  static func isOpeningMark(_ value: UInt32) -> Bool {
    switch value {
    case 0x201D, 0x22, 0xAB, 0xBB, 0x201C, 0x201E, 0x2019, 0x2018, 0x27: true
    default: false
    }
  }
}
