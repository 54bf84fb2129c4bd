extension SwedishLanguage {
  /// The signature block at the end of a document, or nil when the text ends without one.
  ///
  /// The block is what follows the last closing phrase (*Med vänlig hälsning*); without one, the trailing
  /// lines that look like a signature (short, no final period, a name, role, body or contact).
  public func signature(of document: LanguageDocument) -> Signature? {
    SignatureParser(document: document, language: self).parse()
  }
}

struct SignatureParser {
  let document: LanguageDocument
  let language: SwedishLanguage
  var letter: LetterVocabulary { language.expressionGrammar.letter }

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
    var first = last
    while first > 0 && first > last - 6 && looksLikeSignature(lines[first - 1]) { first -= 1 }
    guard looksLikeSignature(lines[last]), looksLikeSignature(lines[first]) else { return nil }
    var signature = Signature(lineRange: first..<(last + 1))
    var state = LineState()
    for line in lines[first...last] where !line.isEmpty { parseLine(line, into: &signature, state: &state) }
    let found =
      signature.isSignedByNamedPerson || !signature.bodies.isEmpty || signature.hasContactRoute
      || !signature.roles.isEmpty
    return found ? signature : nil
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
