extension ClauseContext {
  /// The end of the noun phrase starting at `start` (pronoun, determiner + adjectives + noun, names, a unit
  /// with its place: *hemtjänsten i Centrum*, *vi på enheten*), or nil when none starts there.
  func nounPhraseEnd(from start: Int, limit: Int) -> Int? {
    guard start < limit, !tags[start].isPunctuation else { return nil }
    if let pronoun = tags[start].pronoun, pronoun.grammaticalCase == .possessive, tags[start].determiner != nil,
      !determinesAny(from: start + 1, limit: limit)
    {
      return nil
    }
    if tags[start].isCapitalized && tokens[start].kind == .word && !tags[start].isFunctionWord
      && (isUnknownWord(start) || tags[start].isNoun) && start + 1 < limit && tags[start + 1].isCapitalized
      && tokens[start + 1].kind == .word
    {
      let end = names(from: start, limit: limit) ?? start + 1
      return attachedPlace(after: end, limit: limit) ?? end
    }
    // *de* before an adjective or a noun is the article of a longer phrase (*de nya husen*).
    let determinesPhrase =
      tags[start].determiner != nil && start + 1 < limit
      && (determinesAny(from: start + 1, limit: limit) || isParticipleBeforeNoun(start + 1, limit: limit))
    if !determinesPhrase && (isSubjectPronoun(start) || (tags[start].pronoun != nil && tags[start].determiner == nil)) {
      var end = start + 1
      if folded(start) == "vi" || folded(start) == "jag", let place = attachedPlace(after: end, limit: limit) {
        end = place
      }
      return end
    }
    var index = start
    if tags[index].determiner != nil || tags[index].isNumber { index += 1 }
    let determined = index > start
    while index < limit && !tags[index].isNoun
      && ((tags[index].isAdjective && !isFinite(index)) || (determined && isParticipleBeforeNoun(index, limit: limit)))
    {
      index += 1
    }
    if index < limit && (tags[index].isNoun || isUnknownWord(index)) && !tags[index].isFunctionWord {
      index += 1
      // A genitive before the head: *kommunens handläggare*.
      if tokens[index - 1].folded.hasSuffix("s"), index < limit, tags[index].isNoun, !isFinite(index) { index += 1 }
      return names(from: index, limit: limit).map { attachedPlace(after: $0, limit: limit) ?? $0 }
    }
    if index == start && tags[start].isCapitalized && tokens[start].kind == .word && !tags[start].isFunctionWord {
      return attachedPlace(after: names(from: start, limit: limit) ?? start + 1, limit: limit)
        ?? names(from: start, limit: limit)
    }
    return index > start && index < limit && tags[index - 1].determiner == nil ? index : nil
  }

  /// *de planerade husen*: after a determiner, a past form in -de/-te (the same spelling as the
  /// participle's plural and definite form) before a noun is the participle, not a finite verb.
  private func isParticipleBeforeNoun(_ index: Int, limit: Int) -> Bool {
    let next = index + 1
    guard next < limit, isVerb(index, .past), !tags[next].isFunctionWord,
      tags[next].isNoun || isUnknownWord(next)
    else { return false }
    let word = tokens[index].folded
    return word.hasSuffix("de") || word.hasSuffix("te")
  }

  /// Capitalised words following `index` (a name: *Anna Berg*, *Socialförvaltningen Ekeby*), and a
  /// lower-case *kommun*, *stad* after them.
  private func names(from index: Int, limit: Int) -> Int? {
    var end = index
    while end < limit && tags[end].isCapitalized && tokens[end].kind == .word && !tags[end].isFunctionWord
      && !isFinite(end)
    {
      end += 1
    }
    if end > 0, end < limit, tags[end - 1].isCapitalized, ["kommun", "stad", "region", "kommuns"].contains(folded(end))
    {
      end += 1
    }
    return end
  }

  /// Whether a noun follows (after adjectives) before `limit`.
  private func determinesAny(from start: Int, limit: Int) -> Bool {
    var index = start
    while index < limit && tags[index].isAdjective && !tags[index].isNoun { index += 1 }
    return index < limit && (tags[index].isNoun || isUnknownWord(index))
  }

  /// `i Centrum`, `på enheten`, `för äldreomsorg` after a unit or *vi*: the end of the attached place.
  private func attachedPlace(after index: Int, limit: Int) -> Int? {
    guard index + 1 < limit, ["i", "på", "för", "inom"].contains(folded(index)) else { return nil }
    let next = index + 1
    if tags[next].isCapitalized && tokens[next].kind == .word { return names(from: next, limit: limit) }
    if tags[next].isNoun && !isFinite(next) { return next + 1 }
    return nil
  }

  /// Start of the noun phrase that ends right before `end` (the antecedent of *som*), at most four words.
  func nounPhraseStart(endingAt end: Int, from lowerBound: Int) -> Int? {
    var start = end
    while start > lowerBound && end - start < 4 {
      let tag = tags[start - 1]
      guard
        tag.isNoun || tag.isAdjective || tag.determiner != nil || tag.pronoun != nil || tag.isCapitalized
          || isUnknownWord(start - 1)
      else { break }
      if tag.isPunctuation || (isFinite(start - 1) && !tag.isNoun) { break }
      start -= 1
      if tag.determiner != nil || tag.pronoun != nil { break }
    }
    return start < end ? start : nil
  }

  /// Who a noun phrase is: the writer's side, the reader, *man*, or anyone else.
  func person(of range: Range<Int>) -> SubjectPerson {
    guard let first = range.first else { return .third }
    if let pronoun = tags[first].pronoun, isSubjectPronoun(first) || tags[first].determiner == nil {
      return pronoun.person
    }
    for index in range {
      if ["i", "på", "för", "inom"].contains(folded(index)) { break }
      guard let noun = nounReading(index) else { continue }
      let isUnit = functionWords.isSpeakerNoun(lemma: noun.lemma)
      let named = index > range.lowerBound && tags[index - 1].isCapitalized
      if isUnit && (noun.inflection == .singularDefinite || named || tags[index].isCapitalized) { return .speaker }
    }
    return .third
  }
}
