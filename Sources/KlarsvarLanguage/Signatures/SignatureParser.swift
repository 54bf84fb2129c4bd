extension SwedishLanguage {
  /// The signature block at the end of a document, or nil when the text ends without one.
  ///
  /// The block is what follows the last closing phrase (*Med vänlig hälsning*); without one, the trailing
  /// lines that look like a signature (short, no final period, a name, role, body or contact).
  public func signature(of document: LanguageDocument) -> Signature? {
    SignatureParser(document: document, language: self).parse()
  }

  /// The signature block of an outlined text, parsed from the few lines it can start on: the last line
  /// (within 15 of the end) that opens with a closing phrase, or else the run of up to six short lines
  /// at the end (single blank lines between them allowed), as `SignatureParser` reads them.
  public func signature(of outline: TextOutline) -> Signature? {
    let lines = outline.lines
    var last = lines.count - 1
    while last >= 0 && (lines[last].isEmpty || outline.tokens[lines[last].lowerBound].mark == 0x3E) { last -= 1 }
    guard last >= 0 else { return nil }
    var first = last
    let closing = stride(from: last, through: max(0, last - 14), by: -1).first { index in
      !lines[index].isEmpty
        && KindPhrases.longestMatch(
          outline, kindVocabulary, .closings, at: lines[index].lowerBound, limit: lines[index].upperBound) != nil
    }
    if let closing {
      first = closing
    } else {
      // A line that fails this test fails `looksLikeSignature` too, so the parser never reads above it;
      // walking back without its count of lines reaches at least as far as the parser can.
      guard mayBeSignatureLine(outline, lines[last]) else { return nil }
      let reach = last - 2 * SignatureParser.blockLines
      while first > 0 && first > reach {
        var previous = first - 1
        if lines[previous].isEmpty, previous > 0, mayBeSignatureLine(outline, lines[previous - 1]) { previous -= 1 }
        guard mayBeSignatureLine(outline, lines[previous]) else { break }
        first = previous
      }
    }
    let tail = LanguageDocument(piece: outline.bytes, from: outline.byteOffset(ofLine: first))
    guard var signature = SignatureParser(document: tail, language: self).parse() else { return nil }
    signature.lineRange = (signature.lineRange.lowerBound + first)..<(signature.lineRange.upperBound + first)
    return signature
  }

  /// False only for a line `SignatureParser.looksLikeSignature` rejects: no address, contact label or
  /// number (a phone number is numbers), and not a short line without final punctuation.
  private func mayBeSignatureLine(_ outline: TextOutline, _ line: Range<Int>) -> Bool {
    guard !line.isEmpty else { return false }
    let tokens = outline.tokens
    for index in line where tokens[index].kind == .email || tokens[index].kind == .url || tokens[index].kind == .number
    {
      return true
    }
    if kindVocabulary.isContactLabel(tokens[line.lowerBound].id) { return true }
    let words = outline.wordCount(line)
    let mark = tokens[line.upperBound - 1].mark
    return words > 0 && words <= 8 && mark != 0x2E && mark != 0x3F && mark != 0x21 && mark != 0x3A
  }
}

struct SignatureParser {
  let document: LanguageDocument
  let language: SwedishLanguage
  var letter: LetterVocabulary { language.expressionGrammar.letter }
  var vocabulary: SignatureWords { language.signatureWords }

  func parse() -> Signature? {
    let lines = document.lines
    var last = lines.count - 1
    while last >= 0 && (lines[last].isEmpty || isQuoted(lines[last])) { last -= 1 }
    guard last >= 0 else { return nil }
    if let (closingLine, closingEnd) = findClosing(lines, last: last) {
      var signature = Signature(lineRange: closingLine..<(last + 1))
      signature.closing = String(document.text(of: lines[closingLine].lowerBound..<closingEnd))
      var state = LineState()
      let rest = closingEnd..<lines[closingLine].upperBound
      if !rest.isEmpty { parseLine(rest, into: &signature, state: &state) }
      for line in lines[(closingLine + 1)..<(last + 1)] where !line.isEmpty {
        parseLine(line, into: &signature, state: &state)
      }
      return signature
    }
    guard looksLikeSignature(lines[last]) else { return nil }
    let first = Self.blockStart(lines, last: last, looks: looksLikeSignature)
    var signature = Signature(lineRange: first..<(last + 1))
    var state = LineState()
    for line in lines[first...last] where !line.isEmpty { parseLine(line, into: &signature, state: &state) }
    let found =
      signature.isSignedByNamedPerson || !signature.bodies.isEmpty || signature.hasContactRoute
      || !signature.roles.isEmpty
    return found ? signature : nil
  }

  /// Lines a signature block without a closing phrase may have (blank lines not counted).
  static let blockLines = 6

  /// The first line of the trailing block that ends at `last`: up to `blockLines` lines that `looks`
  /// accepts, a single blank line between two of them included (newspapers print *Namn*, a blank line,
  /// *Roll*).
  static func blockStart(_ lines: [Range<Int>], last: Int, looks: (Range<Int>) -> Bool) -> Int {
    var first = last
    var taken = 1
    while first > 0 && taken < blockLines {
      var previous = first - 1
      if lines[previous].isEmpty, previous > 0, looks(lines[previous - 1]) { previous -= 1 }
      guard looks(lines[previous]) else { break }
      first = previous
      taken += 1
    }
    return first
  }

  private func isQuoted(_ line: Range<Int>) -> Bool {
    document.tokens[line.lowerBound].text == ">"
  }

  /// The last line (within the final 15) that starts with a closing phrase, and where the phrase ends.
  private func findClosing(_ lines: [Range<Int>], last: Int) -> (Int, Int)? {
    var index = last
    while index >= 0 && index > last - 15 {
      let line = lines[index]
      if !line.isEmpty, let end = letter.closings.match(in: document.tokens[line], at: line.lowerBound) {
        var stop = end
        while stop < line.upperBound && [",", "!", "."].contains(document.tokens[stop].text) { stop += 1 }
        return (index, stop)
      }
      index -= 1
    }
    return nil
  }

  /// A short line without a final period, or one with a phone number, e-mail or contact label.
  private func looksLikeSignature(_ line: Range<Int>) -> Bool {
    guard !line.isEmpty else { return false }
    let tokens = document.tokens[line]
    if tokens.contains(where: { $0.kind == .email || $0.kind == .url }) { return true }
    if letter.contactLabels.contains(tokens[line.lowerBound].folded) { return true }
    if line.contains(where: { phoneEnd(from: $0, limit: line.upperBound) != nil }) { return true }
    let words = tokens.filter { $0.kind == .word }.count
    return words > 0 && words <= 8 && ![".", "?", "!", ":"].contains(tokens[line.upperBound - 1].text)
  }
}
