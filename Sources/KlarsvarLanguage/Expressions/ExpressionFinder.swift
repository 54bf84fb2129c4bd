extension SwedishLanguage {
  /// The time, owner and measure spans of a sentence, left to right, longest first, not overlapping.
  ///
  /// Each token is classified once (word classes, lemma classes, shapes); then one trie walk per start.
  public func expressions(in sentence: LanguageSentence) -> [ExpressionSpan] {
    let tokens = sentence.tokens
    let lemmaClasses = expressionGrammar.hasLemmaClasses
    var literalIDs = [Int32](repeating: -1, count: tokens.count)
    var classBits = [UInt64](repeating: 0, count: tokens.count)
    for (index, token) in tokens.enumerated() {
      literalIDs[index] = expressionGrammar.literals.id(of: token.folded) ?? -1
      var bits = expressionGrammar.wordBits(token.folded) | TokenShape.classBits(of: token, isSentenceStart: index == 0)
      if lemmaClasses && token.kind == .word { bits |= lemmaBits(token) }
      classBits[index] = bits
    }
    var spans: [ExpressionSpan] = []
    var index = 0
    while index < tokens.count {
      if let match = expressionGrammar.trie.longestMatch(
        from: index, count: tokens.count, wordID: { literalIDs[$0] }, classes: { classBits[$0] })
      {
        let range = index..<match.end
        spans.append(
          ExpressionSpan(
            kind: expressionGrammar.groups[match.group], tokenRange: range,
            utf8Range: tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound
          ))
        index = match.end
      } else {
        index += 1
      }
    }
    return spans
  }

  /// The spans of every sentence of a document, with token ranges relative to each sentence.
  public func expressions(in document: LanguageDocument) -> [(sentence: Int, span: ExpressionSpan)] {
    document.sentences.enumerated().flatMap { index, sentence in expressions(in: sentence).map { (index, $0) } }
  }

  /// Lemma-class bits of a word through its readings or its compound head's.
  private func lemmaBits(_ token: LanguageToken) -> UInt64 {
    guard let formID = lexicon.formID(of: token.folded) ?? lexicon.compoundHeadFormID(of: token.folded) else {
      return 0
    }
    var bits: UInt64 = 0
    for reading in lexicon.readings(of: formID) {
      let classes = recordClassBits[Int(reading.record)]
      // A capitalised unit is a name (*Biståndsenheten*) and counts as definite.
      bits |= reading.inflection.isDefinite || token.isCapitalized ? classes.definite : classes.any
    }
    return bits
  }
}
