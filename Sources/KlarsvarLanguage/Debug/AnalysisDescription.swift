/// Renders a `DocumentAnalysis` as plain text for people (labels in Swedish).
struct AnalysisDescription {
  let analysis: DocumentAnalysis
  let language: SwedishLanguage

  func render() -> String {
    var lines: [String] = []
    lines += kind()
    lines += signature()
    lines += quoted()
    for (index, sentence) in analysis.sentences.enumerated() { lines += describe(sentence, number: index + 1) }
    return lines.joined(separator: "\n") + "\n"
  }

  private func kind() -> [String] {
    let result = analysis.kind
    var lines = [
      "Textsort: \(result.kind.rawValue) (säkerhet \(format(result.confidence))\(result.isDeclared ? ", angiven" : ""))"
    ]
    for signal in result.signals {
      // Equal weights in the kinds' declaration order, so the dump is the same on every run.
      let weights = TextKind.allCases.enumerated().compactMap { order, kind in
        signal.weights[kind].map { (order, kind, $0) }
      }
      .sorted { ($1.2, $0.0) < ($0.2, $1.0) }.map { "\($0.1.rawValue) +\(format($0.2))" }
      lines.append("  signal \(signal.name): \"\(signal.evidence)\" → \(weights.joined(separator: ", "))")
    }
    return lines
  }

  private func signature() -> [String] {
    guard let signature = analysis.signature else { return ["Underskrift: ingen"] }
    var lines = [
      "Underskrift: rad \(signature.lineRange.lowerBound + 1)–\(signature.lineRange.upperBound), "
        + "namngiven person: \(signature.isSignedByNamedPerson ? "ja" : "nej")"
    ]
    if let closing = signature.closing { lines.append("  hälsningsfras: \(closing)") }
    for person in signature.people {
      let details = [
        person.party.map { "parti \($0)" }, person.role.map { "roll \($0)" }, person.body.map { "organ \($0)" },
      ]
      .compactMap { $0 }
      lines.append("  person: \(person.name)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"))
    }
    let lists = [
      ("roller", signature.roles), ("organ", signature.bodies), ("telefon", signature.phones),
      ("e-post", signature.emails), ("webb", signature.websites), ("kontaktrader", signature.contactLabels),
    ]
    for (label, values) in lists where !values.isEmpty { lines.append("  \(label): \(values.joined(separator: "; "))") }
    return lines
  }

  private func quoted() -> [String] {
    guard !analysis.quotedSpans.isEmpty else { return ["Citat och återgiven text: inga"] }
    let utf8 = Array(analysis.document.text.utf8)
    var lines = ["Citat och återgiven text:"]
    for span in analysis.quotedSpans {
      let text = String(decoding: utf8[span.utf8Range], as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
      let attributed = span.kind == .quotation ? (span.isAttributed ? ", attribuerat" : ", oattribuerat") : ""
      let source = span.sourceRange.map { " – källa: " + String(decoding: utf8[$0], as: UTF8.self) } ?? ""
      lines.append(
        "  \(span.kind.rawValue)\(attributed) [\(span.utf8Range.lowerBound)–\(span.utf8Range.upperBound)]: \(text)\(source)"
      )
    }
    return lines
  }

  private func describe(_ item: DocumentAnalysis.SentenceAnalysis, number: Int) -> [String] {
    let tokens = item.sentence.tokens
    func text(_ range: Range<Int>) -> String { range.map { String(tokens[$0].text) }.joined(separator: " ") }
    var lines = ["Mening \(number) (stycke \(item.sentence.paragraph + 1)): \(text(0..<tokens.count))"]
    lines.append("  ord: " + tokens.filter(\.isWord).map(lemma).joined(separator: " "))
    for (index, clause) in item.clauses.enumerated() {
      lines.append("  sats \(index + 1) \(clause.kind.rawValue): \(text(clause.tokenRange))")
      var details: [String] = []
      if let subject = clause.subject {
        details.append(
          "subjekt \(text(subject.tokenRange)) (\(subject.person.rawValue)\(subject.isInherited ? ", ärvt" : ""))")
      }
      if let verb = clause.finiteVerb {
        details.append("verb \(tokens[verb.tokenIndex].text) = \(verb.lemma)/\(verb.tense.rawValue)")
      }
      if !clause.auxiliaries.isEmpty {
        details.append(
          "hjälpverb "
            + clause.auxiliaries.map { "\(text($0.tokenRange)) (\($0.auxiliaryClass.rawValue))" }.joined(
              separator: ", "))
      }
      if let main = clause.mainVerb, main != clause.finiteVerb {
        details.append("huvudverb \(main.lemma)/\(main.tense.rawValue)")
      }
      let flags = [
        clause.isQuestion ? "fråga" : nil, clause.isImperative ? "imperativ" : nil, clause.isPassive ? "passiv" : nil,
        clause.isForecast ? "prognos" : nil,
        clause.hasInvertedSubject ? "omvänd ordföljd" : nil,
        clause.speech == .reported ? "återgiven" : clause.speech == .reportingTag ? "anföring" : nil,
      ].compactMap { $0 }
      if !flags.isEmpty { details.append("flaggor " + flags.joined(separator: ", ")) }
      if !details.isEmpty { lines.append("    " + details.joined(separator: "; ")) }
    }
    for span in item.expressions {
      lines.append(
        "  uttryck \(span.kind.name)\(span.isTime ? (span.isConcrete ? " (konkret)" : " (vagt)") : ""): \(text(span.tokenRange))"
      )
    }
    return lines
  }

  /// `form=lemma/inflection`, `form=modifier+head/inflection` for a compound, `form=lemma/inflection|…?` for
  /// a guess from the ending, `form` when unknown.
  private func lemma(_ token: LanguageToken) -> String {
    if let first = language.lexicon.analyses(of: token.folded).first {
      return "\(token.text)=\(first.lemma)/\(first.inflection.rawValue)"
    }
    let guessed =
      language.functionWords.entry(token.folded) == nil ? language.lexicon.guessedAnalyses(of: token.folded) : []
    // As the grammar rules read it: a verb's ending before a compound's last part.
    if !guessed.contains(where: { $0.partOfSpeech == .verb }), let compound = language.lexicon.compound(token.folded),
      let head = compound.analyses.first
    {
      return "\(token.text)=\(compound.modifier)+\(head.lemma)/\(head.inflection.rawValue)"
    }
    if !guessed.isEmpty {
      return "\(token.text)=" + guessed.map { "\($0.lemma)/\($0.inflection.rawValue)" }.joined(separator: "|") + "?"
    }
    return String(token.text)
  }

  private func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
