extension Lexicon {
  /// `replacement` inflected like a matched word: *få* like *erhöll* (past) gives *fick*, *se till* like
  /// *tillsåg* gives *såg till*, *beslut* like *avgörandet* gives *beslutet*.
  ///
  /// The first word of the replacement that is a lemma of the matched word's class is inflected; the
  /// others are kept. Returns nil when no word could be inflected (the caller keeps the replacement as is).
  public func inflect(_ replacement: String, like match: WordAnalysis) -> String? {
    var cell = match.inflection
    if match.isDeponent, let active = cell.otherVoice { cell = active }
    var words = replacement.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    for (index, word) in words.enumerated() {
      let folded = CaseFolding.fold(word)
      var target = cell
      // An s-infinitive that is no lemma (*behövas*) is the s-form of its verb.
      var id = record(folded, match.partOfSpeech)
      if id == nil, match.partOfSpeech == .verb, let formID = formID(of: folded),
        let passive = readings(of: formID).first(where: { $0.inflection == .passiveInfinitive })
      {
        id = passive.record
        if !target.isSForm, let sForm = target.otherVoice { target = sForm }
      }
      guard let id else { continue }
      let record = records[Int(id)]
      // A deponent replacement (*hoppas*) only has s-forms.
      if record.isDeponent, !target.isSForm, let sForm = target.otherVoice { target = sForm }
      guard let form = record.forms[target]?.first else { return nil }
      words[index] = form
      return words.joined(separator: " ")
    }
    return nil
  }
}
