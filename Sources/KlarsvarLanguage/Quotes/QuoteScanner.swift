extension SwedishLanguage {
  /// Quotations, block quotes and reported paraphrase of a document, in document order.
  public func quotedSpans(in document: LanguageDocument) -> [QuotedSpan] {
    quotedSpans(in: document, clauses: nil)
  }

  /// As `quotedSpans(in:)`, reusing clauses already computed per sentence.
  func quotedSpans(in document: LanguageDocument, clauses known: [[Clause]]?) -> [QuotedSpan] {
    var spans = QuoteScanner(document: document, language: self).quotations()
    spans += QuoteScanner(document: document, language: self).blockQuotes()
    // Paraphrase inside a quotation or block quote, or overlapping an attributed quotation, is already
    // covered by it.
    let quoted = spans
    func covered(_ span: QuotedSpan) -> Bool {
      quoted.contains { quote in
        let wide = (quote.utf8Range.lowerBound - 4)..<(quote.utf8Range.upperBound + 4)
        let inside = wide.lowerBound <= span.utf8Range.lowerBound && span.utf8Range.upperBound <= wide.upperBound
        return inside || (quote.isAttributed && wide.overlaps(span.utf8Range))
      }
    }
    for (index, sentence) in document.sentences.enumerated() {
      spans += reportedSpans(in: sentence, clauses: known?[index]).filter { !covered($0) }
    }
    return spans.sorted { ($0.utf8Range.lowerBound, $0.kind.rawValue) < ($1.utf8Range.lowerBound, $1.kind.rawValue) }
  }

  /// The reported clauses of a sentence, contiguous ones merged.
  func reportedSpans(in sentence: LanguageSentence, clauses known: [Clause]? = nil) -> [QuotedSpan] {
    guard sentence.tokens.contains(where: isReporting) else { return [] }
    var spans: [QuotedSpan] = []
    for clause in known ?? clauses(in: sentence) where clause.speech == .reported {
      let range = clause.tokenRange
      var lower = range.lowerBound
      while lower < range.upperBound && sentence.tokens[lower].kind == .punctuation { lower += 1 }
      // The content of *du skriver att …* starts after *att*.
      if clause.kind == .att, lower < range.upperBound, sentence.tokens[lower].folded == "att" { lower += 1 }
      var upper = range.upperBound
      while upper > lower && sentence.tokens[upper - 1].kind == .punctuation { upper -= 1 }
      guard lower < upper else { continue }
      let bytes = sentence.tokens[lower].utf8Range.lowerBound..<sentence.tokens[upper - 1].utf8Range.upperBound
      let source = clause.reporter.flatMap { reporter -> Range<Int>? in
        guard let first = reporter.first else { return nil }
        return sentence.tokens[first].utf8Range
          .lowerBound..<sentence.tokens[reporter.upperBound - 1].utf8Range.upperBound
      }
      let words = sentence.tokens[lower..<upper].filter(\.isWord).count
      if let last = spans.last, last.sourceRange == source,
        sentence.tokens[lower].utf8Range.lowerBound - last.utf8Range.upperBound <= 2
      {
        spans[spans.count - 1].utf8Range = last.utf8Range.lowerBound..<bytes.upperBound
        spans[spans.count - 1].wordCount += words
      } else {
        spans.append(
          QuotedSpan(
            kind: .reported, utf8Range: bytes, mark: nil, isAttributed: true, wordCount: words, sourceRange: source))
      }
    }
    return spans
  }
}

/// Every mark that opens or closes a quotation, for rules that read past quotation marks.
public let quotationMarkScalars: Set<Unicode.Scalar> = Set(
  QuoteScanner.pairs.flatMap { opening, closings in (closings.union([opening])).flatMap(\.unicodeScalars) })

/// Finds quotation marks and `>` lines in a document's tokens.
struct QuoteScanner {
  let document: LanguageDocument
  let language: SwedishLanguage

  /// Closing marks for each opening mark.
  static let pairs: [String: Set<String>] = [
    "”": ["”"], "\"": ["\""], "«": ["»"], "»": ["»", "«"], "“": ["”", "“"], "„": ["“", "”"], "’": ["’"], "‘": ["’"],
    "'": ["'"],
  ]

  func quotations() -> [QuotedSpan] {
    let tokens = document.tokens
    var spans: [QuotedSpan] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind == .punctuation, let closers = Self.pairs[String(tokens[index].text)], opens(at: index),
        let close = closing(after: index, closers: closers)
      else {
        index += 1
        continue
      }
      let content = (index + 1)..<close
      if !content.isEmpty {
        let bytes =
          tokens[content.lowerBound].utf8Range.lowerBound..<tokens[content.upperBound - 1].utf8Range.upperBound
        let (attributed, spoken, source) = attribution(open: index, close: close)
        spans.append(
          QuotedSpan(
            kind: .quotation, utf8Range: bytes, mark: String(tokens[index].text), isAttributed: attributed,
            wordCount: tokens[content].filter(\.isWord).count, sourceRange: source, isSpoken: spoken))
      }
      index = close + 1
    }
    return spans
  }

  /// An opening mark stands after a space, a line start or an opening bracket, and before a word.
  private func opens(at index: Int) -> Bool {
    let tokens = document.tokens
    guard index + 1 < tokens.count, tokens[index + 1].kind != .lineBreak,
      tokens[index + 1].utf8Range.lowerBound == tokens[index].utf8Range.upperBound
    else { return false }
    guard index > 0 else { return true }
    let previous = tokens[index - 1]
    return previous.utf8Range.upperBound < tokens[index].utf8Range.lowerBound || previous.kind == .lineBreak
      || ["(", "[", ":", "–", "—"].contains(previous.text)
  }

  /// The closing mark: directly after a token, not before a letter, within the paragraph.
  private func closing(after open: Int, closers: Set<String>) -> Int? {
    let tokens = document.tokens
    var index = open + 1
    var breaks = 0
    while index < tokens.count && index < open + 400 {
      let token = tokens[index]
      if token.kind == .lineBreak {
        breaks += 1
        if breaks >= 2 { return nil }
      } else {
        breaks = 0
      }
      if token.kind == .punctuation, closers.contains(String(token.text)),
        tokens[index - 1].utf8Range.upperBound == token.utf8Range.lowerBound, tokens[index - 1].kind != .lineBreak
      {
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if next == nil || next!.kind != .word || next!.utf8Range.lowerBound > token.utf8Range.upperBound {
          return index
        }
      }
      index += 1
    }
    return nil
  }

  /// Whether a colon or speech verb introduces the quotation or follows it, and the named source.
  private func attribution(open: Int, close: Int) -> (attributed: Bool, spoken: Bool, source: Range<Int>?) {
    let tokens = document.tokens
    let byColon = open > 0 && tokens[open - 1].text == ":"
    var index = open - 1
    while index >= 0 && index >= open - (byColon ? 6 : 4) && tokens[index].kind != .lineBreak
      && ![".", "!", "?"].contains(tokens[index].text)
    {
      if isSpeech(tokens[index]) { return (true, true, nil) }
      index -= 1
    }
    if byColon { return (true, false, nil) }
    var after = close + 1
    var comma = false
    if after < tokens.count, tokens[after].text == "," {
      after += 1
      comma = true
    }
    // *”…” säger hon* without a comma only when the quotation opens the sentence (not a title mid-sentence).
    let startsSentence =
      open == 0 || tokens[open - 1].kind == .lineBreak || [".", "!", "?"].contains(tokens[open - 1].text)
    if after < tokens.count, comma || startsSentence, isSpeech(tokens[after]) {
      var end = after + 1
      while end < tokens.count && tokens[end].kind == .word && end <= after + 4 { end += 1 }
      let source = end > after + 1 ? tokens[after + 1].utf8Range.lowerBound..<tokens[end - 1].utf8Range.upperBound : nil
      return (true, true, source)
    }
    return (false, false, nil)
  }

  private func isSpeech(_ token: LanguageToken) -> Bool { language.isReporting(token) }

  /// Runs of lines starting with `>`.
  func blockQuotes() -> [QuotedSpan] {
    let tokens = document.tokens
    var spans: [QuotedSpan] = []
    for line in document.lines where !line.isEmpty && tokens[line.lowerBound].text == ">" {
      var start = line.lowerBound
      while start < line.upperBound && tokens[start].text == ">" { start += 1 }
      guard start < line.upperBound else { continue }
      let bytes = tokens[start].utf8Range.lowerBound..<tokens[line.upperBound - 1].utf8Range.upperBound
      let words = tokens[start..<line.upperBound].filter(\.isWord).count
      if let last = spans.last, document.text.utf8.count >= bytes.lowerBound,
        bytes.lowerBound - last.utf8Range.upperBound <= 4
      {
        spans[spans.count - 1].utf8Range = last.utf8Range.lowerBound..<bytes.upperBound
        spans[spans.count - 1].wordCount += words
      } else {
        spans.append(QuotedSpan(kind: .blockQuote, utf8Range: bytes, mark: ">", isAttributed: true, wordCount: words))
      }
    }
    return spans
  }
}
