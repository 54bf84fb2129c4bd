/// What the lines before have said, for attaching roles on later lines to the person above.
struct LineState {
  var lastPerson: Int?
}

extension SignatureParser {
  /// Reads one line of the block: a contact label, phone numbers, addresses, then comma-separated parts
  /// that are names (with party tags), roles or bodies.
  func parseLine(_ line: Range<Int>, into signature: inout Signature, state: inout LineState) {
    let tokens = document.tokens
    var start = line.lowerBound
    var labelRole: String?
    if start + 1 < line.upperBound, letter.contactLabels.contains(tokens[start].folded), tokens[start + 1].text == ":" {
      signature.contactLabels.append(tokens[start].folded)
      if vocabulary.isRole(tokens[start].folded) { labelRole = String(tokens[start].text) }
      start += 2
    }
    var segments: [Range<Int>] = []
    var segmentStart = start
    var index = start
    while index < line.upperBound {
      let token = tokens[index]
      if let end = phoneEnd(from: index, limit: line.upperBound) {
        signature.phones.append(String(document.text(of: index..<end)))
        segments.append(segmentStart..<index)
        index = end
        segmentStart = end
        continue
      }
      if token.kind == .email { signature.emails.append(String(token.text)) }
      if token.kind == .url { signature.websites.append(String(token.text)) }
      // *och* joins two names or a name and a body, but not the parts of *Teknik- och fastighetsnämnden*.
      let suspended = index > start && tokens[index - 1].text == "-"
      let separator =
        token.text == "," || token.text == "|" || token.text == "–" || token.text == "&"
        || (token.folded == "och" && !suspended) || token.folded == "på" || token.folded == "från"
      if separator || token.kind == .email || token.kind == .url {
        segments.append(segmentStart..<index)
        segmentStart = index + 1
      } else if token.text == ")", index >= segmentStart + 2, tokens[index - 2].text == "(",
        isPartyTag(tokens[index - 1]), index + 1 < line.upperBound
      {
        // *Markus Evensson (S) kommunstyrelsens ordförande*: the party tag ends the name, a role follows.
        segments.append(segmentStart..<(index + 1))
        segmentStart = index + 1
      }
      index += 1
    }
    segments.append(segmentStart..<line.upperBound)
    for segment in segments where !segment.isEmpty {
      parseSegment(segment, labelRole: &labelRole, into: &signature, state: &state)
    }
  }

  private func parseSegment(
    _ segment: Range<Int>, labelRole: inout String?, into signature: inout Signature, state: inout LineState
  ) {
    let tokens = document.tokens
    var words = segment.filter { tokens[$0].kind == .word }
    var party: String?
    // `(S)`, `(KD)`: a party tag in parentheses.
    if let open = segment.first(where: { tokens[$0].text == "(" }), open + 2 < segment.upperBound,
      tokens[open + 2].text == ")", isPartyTag(tokens[open + 1])
    {
      party = String(tokens[open + 1].text)
      words.removeAll { $0 == open + 1 }
    }
    guard !words.isEmpty else { return }
    if isName(words, withPartyTag: party != nil) {
      let name = words.map { String(tokens[$0].text) }.joined(separator: " ")
      signature.people.append(Signature.Person(name: name, party: party, role: labelRole, body: nil))
      if let labelRole { signature.roles.append(labelRole) }
      labelRole = nil
      state.lastPerson = signature.people.count - 1
      return
    }
    // A party tag on a line of its own or after a role (*Borgarrådssekreterare (FP)*) is the party of
    // the person above.
    if let party, let person = state.lastPerson, signature.people[person].party == nil {
      signature.people[person].party = party
    }
    let roleIndex = words.firstIndex { vocabulary.isRole(tokens[$0].folded) }
    let bodyIndex = words.firstIndex { vocabulary.isBody(tokens[$0].folded) } ?? bodyByName(words)
    var role: String?
    var body: String?
    if let roleIndex {
      // The role runs from the segment's start through the role word and what qualifies it (*Enhetschef
      // LSS*), up to a preposition or the body (*chef för hemtjänsten*, *Kommunalråd med ansvar för …*).
      var end = roleIndex + 1
      while end < words.count && end != bodyIndex && !Self.roleStops.contains(tokens[words[end]].folded) { end += 1 }
      role = text(words[0..<end], trimmingPrepositions: true)
    }
    if let bodyIndex, bodyIndex >= (roleIndex ?? -1) {
      let from = roleIndex == nil ? 0 : bodyIndex
      body = text(words[from...], trimmingPrepositions: false)
    }
    if let role { signature.roles.append(role) }
    if let body { signature.bodies.append(body) }
    if let person = state.lastPerson {
      if signature.people[person].role == nil { signature.people[person].role = role }
      if signature.people[person].body == nil { signature.people[person].body = body }
    }
  }

  static let roleStops: Set<String> = ["i", "för", "vid", "på", "inom", "med", "och", "hos"]

  /// A body named by capitalised words before *kommun*, *stad*, *region* (*Ekeby kommun*).
  private func bodyByName(_ words: [Int]) -> Int? {
    guard let last = words.last, ["kommun", "stad", "region"].contains(document.tokens[last].folded) else { return nil }
    return words.count > 1 ? 0 : nil
  }

  private func text(_ words: ArraySlice<Int>, trimmingPrepositions: Bool) -> String {
    var words = Array(words)
    while trimmingPrepositions, let last = words.last,
      ["i", "för", "vid", "på", "inom"].contains(document.tokens[last].folded)
    {
      words.removeLast()
    }
    guard let first = words.first, let last = words.last else { return "" }
    // As written between the first and the last word (*Teknik- och fastighetsförvaltningen*), when no
    // word was taken out between them.
    if (first...last).filter({ document.tokens[$0].kind == .word }) == words {
      return String(document.text(of: first..<(last + 1)))
    }
    return words.map { String(document.tokens[$0].text) }.joined(separator: " ")
  }

  private func isPartyTag(_ token: LanguageToken) -> Bool {
    token.kind == .word
      && (letter.partyTags.contains(token.folded)
        || (token.text.count <= 4 && token.text.allSatisfy { $0.isUppercase }))
  }

  /// A person's name: one to four capitalised words, the first a known first name or none of them a word
  /// the lexicon knows, and none a role, body, greeting or closing word.
  func isName(_ words: [Int], withPartyTag: Bool = false) -> Bool {
    let tokens = words.map { document.tokens[$0] }
    guard (1...4).contains(tokens.count), tokens.allSatisfy({ $0.isCapitalized }) else { return false }
    // *Lars Jilmstad (M)*: a first name and a party tag make a name, even when the surname ends like a
    // body (*-stad*) or a role.
    if withPartyTag, tokens.count >= 2, vocabulary.isFirstName(tokens[0].folded, in: language.expressionGrammar) {
      return true
    }
    if tokens.contains(where: { vocabulary.isRole($0.folded) || vocabulary.isBody($0.folded) }) { return false }
    if tokens.contains(where: {
      letter.closings.contains(word: $0.folded) || letter.greetings.contains(word: $0.folded)
    }) {
      return false
    }
    if vocabulary.isFirstName(tokens[0].folded, in: language.expressionGrammar) { return true }
    return tokens.count >= 2 && tokens.allSatisfy { language.lexicon.formID(of: $0.folded) == nil }
  }

  /// The end of a phone number starting at `index`: `08-713 10 00`, `+46 8 763 42 52`, `010-788 50 00`.
  func phoneEnd(from index: Int, limit: Int) -> Int? {
    let tokens = document.tokens
    var position = index
    if tokens[position].text == "+" { position += 1 }
    guard position < limit, tokens[position].kind == .number else { return nil }
    let first = tokens[position].text
    guard first.hasPrefix("0") || position > index else { return nil }
    var digits = 0
    while position < limit && tokens[position].kind == .number {
      digits += tokens[position].text.filter(\.isNumber).count
      position += 1
    }
    return digits >= 7 ? position : nil
  }
}
