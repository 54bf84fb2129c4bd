extension TextKindSignals {
  /// The first non-empty lines: greeting, title (a headline or a question), reply marker; and mentions of
  /// the letter answered anywhere.
  func opening() -> [TextKindSignal] {
    guard let first = openingLines.first else { return [] }
    var signals: [TextKindSignal] = []
    if hasGreeting {
      signals.append(signal("greeting", first, [.reply: 3, .citizenLetter: 2, .decision: 0.5]))
    } else if outline.tokens[first.upperBound - 1].mark == 0x3F, openingLines.count > 1 {
      // A page titled with the question it answers (*Varför stängs inte skolan?*).
      signals.append(signal("question-title", first, [.information: 2, .newspaperReply: 0.5]))
    } else if isHeading(first) {
      signals.append(
        signal(
          "headline", first,
          [.opinion: 1, .news: 1, .newspaperReply: 0.5, .information: 0.5, .summary: 0.5, .citizenLetter: 0.5]))
    }
    // *Svar på dina synpunkter* answers one reader, not a published letter.
    let markers = (phrases[.replyMarkers] + phrases[.letterMentions]).filter { !addressesReader(after: $0) }
    for line in openingLines where markers.contains(where: { line.contains($0.lowerBound) }) {
      signals.append(signal("reply-marker", line, [.newspaperReply: 5]))
      break
    }
    // Mentions of the letter answered (*insändaren*, *skribenten*) further down; a verb such as *svarar på*
    // there is as likely to be about telephone hours.
    let mentions = phrases[.letterMentions].filter { range in !openingLines.contains { $0.contains(range.lowerBound) } }
    if !mentions.isEmpty {
      let evidence = mentions.prefix(3).map { outline.text(of: $0) }.joined(separator: ", ")
      // Talking to the letter's writer as well (*Du har rätt i …*) makes it a reply to a published letter.
      let talksToWriter = readerAnswers.isEmpty ? 0 : 1.5
      signals.append(
        TextKindSignal(
          name: "answers-letter", evidence: evidence,
          weights: [.newspaperReply: min(1.5 * Double(mentions.count), 3) + talksToWriter]))
    }
    return signals
  }

  private func addressesReader(after marker: Range<Int>) -> Bool {
    guard marker.upperBound < outline.tokens.count else { return false }
    let address = vocabulary.address(outline.tokens[marker.upperBound].id)
    return address == .second || address == .plural
  }

  /// A last line set apart that reads as a pen name (*Besviken skattebetalare*, *Orolig anhörig*) under a
  /// text in the first person: a citizen publishing under a signature, never an official answering in
  /// office. (A page's *Senast uppdaterad* has no *jag* above it.)
  func penName() -> [TextKindSignal] {
    guard signature?.isSignedByNamedPerson != true,
      outline.tokens.contains(where: { vocabulary.address($0.id) == .first }),
      let last = outline.lines.lastIndex(where: { !$0.isEmpty }), last >= 2, outline.lines[last - 1].isEmpty
    else { return [] }
    let line = outline.lines[last]
    let tokens = outline.tokens[line]
    let words = tokens.filter(\.isWord)
    guard (2...4).contains(words.count), words.count == tokens.count, words[0].isCapitalized,
      words.dropFirst().contains(where: { !$0.isCapitalized })
    else { return [] }
    let letter = language.expressionGrammar.letter
    let texts = words.map { String(decoding: outline.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self).lowercased() }
    guard !texts.contains(where: { letter.isRoleWord($0) || letter.isBodyWord($0) }),
      phrases.longestMatch(.closings, at: line.lowerBound, limit: line.upperBound) == nil
    else { return [] }
    return [
      signal("pen-name", line, [.opinion: 3, .citizenLetter: 2, .newspaperReply: -3, .reply: -2, .decision: -2])
    ]
  }

  /// A text neither greeting nor signed: most often a page that informs.
  func frame() -> [TextKindSignal] {
    guard !isLetter, signature == nil else { return [] }
    return [
      TextKindSignal(
        name: "unframed", evidence: "ingen hälsning eller underskrift",
        weights: [.information: 1.5, .news: 0.5, .opinion: 0.5])
    ]
  }

  func closingAndSignature() -> [TextKindSignal] {
    guard let signature else { return [] }
    var signals: [TextKindSignal] = []
    if let closing = signature.closing {
      signals.append(
        TextKindSignal(name: "closing", evidence: closing, weights: [.reply: 1.5, .citizenLetter: 1, .decision: 0.5]))
    }
    if signature.hasPartyTag {
      let names = signature.people.map(\.name).joined(separator: ", ")
      signals.append(
        TextKindSignal(name: "party-signature", evidence: names, weights: [.opinion: 2.5, .newspaperReply: 2]))
    } else if signature.isSignedByNamedPerson, !signature.roles.isEmpty {
      signals.append(
        TextKindSignal(
          name: "official-signature", evidence: signature.roles[0],
          weights: [.reply: 1, .decision: 1, .newspaperReply: 0.5]))
    } else if signature.isSignedByNamedPerson {
      signals.append(
        TextKindSignal(
          name: "personal-signature", evidence: signature.people[0].name, weights: [.citizenLetter: 1.5, .reply: 0.5]))
    }
    return signals
  }

  /// Second person (*du*, *dig*), plural address (*ni*) and first person singular (*jag*) per hundred
  /// words.
  func address() -> [TextKindSignal] {
    var words = 0
    var counts = [0, 0, 0, 0]
    for token in outline.tokens where token.isWord {
      words += 1
      counts[Int(vocabulary.address(token.id).rawValue)] += 1
    }
    let second = counts[Int(KindVocabulary.Address.second.rawValue)]
    let plural = counts[Int(KindVocabulary.Address.plural.rawValue)]
    let first = counts[Int(KindVocabulary.Address.first.rawValue)]
    guard words > 0 else { return [] }
    var signals: [TextKindSignal] = []
    let perHundred = { (count: Int) in Double(count) * 100 / Double(words) }
    let evidence = { (count: Int) in "\(count) av \(words) ord" }
    if perHundred(second) >= 2 {
      // In a letter *du* is its reader; on a page that greets no one it is whoever reads it.
      signals.append(
        isLetter
          ? TextKindSignal(name: "second-person", evidence: evidence(second), weights: [.reply: 2, .decision: 1.5])
          : TextKindSignal(
            name: "second-person-unframed", evidence: evidence(second),
            weights: [.information: 2.5, .decision: 0.5, .reply: 0.5]))
    } else if second == 0 && plural == 0 {
      signals.append(
        TextKindSignal(
          name: "no-address", evidence: "inget du/ni", weights: [.news: 1, .opinion: 1, .newspaperReply: 0.5]))
    }
    if perHundred(plural) >= 2 {
      signals.append(
        TextKindSignal(
          name: "plural-address", evidence: evidence(plural), weights: [.summary: 1.5, .citizenLetter: 0.5]))
    }
    if first >= 3 && perHundred(first) >= 3 {
      signals.append(TextKindSignal(name: "first-person", evidence: evidence(first), weights: [.citizenLetter: 3]))
    }
    return signals
  }

  /// Questions in the running text (not headings): a writer who asks (*Varför ska det ta så lång tid?*).
  func questions() -> [TextKindSignal] {
    var count = 0
    for line in outline.lines where outline.wordCount(line) > 12 {
      for index in line where outline.tokens[index].mark == 0x3F { count += 1 }
    }
    guard count >= 2 else { return [] }
    return [
      TextKindSignal(
        name: "questions", evidence: "\(count) frågor i löptexten", weights: [.citizenLetter: 1.5, .opinion: 0.5])
    ]
  }
}
