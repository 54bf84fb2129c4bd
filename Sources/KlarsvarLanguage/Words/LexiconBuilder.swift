/// Resolves word entries into forms: paradigms, `like` chains, deponents and genitives.
struct LexiconBuilder {
  let paradigms: [String: Paradigm]
  let entries: [WordEntry]
  var resolved: [Int: [Inflection: [String]]] = [:]
  private var inProgress: Set<Int> = []
  private var byLemma: [String: [Int]] = [:]

  init(paradigms: [String: Paradigm], entries: [WordEntry]) {
    self.paradigms = paradigms
    self.entries = entries
    for (index, entry) in entries.enumerated() { byLemma[entry.lemma, default: []].append(index) }
  }

  func gender(_ index: Int) -> Gender? {
    entries[index].gender ?? likeTarget(index).flatMap { gender($0) }
  }

  func isDeponent(_ index: Int) -> Bool {
    entries[index].isDeponent || (likeTarget(index).map { isDeponent($0) } ?? false)
  }

  private func likeTarget(_ index: Int) -> Int? {
    guard let like = entries[index].like else { return nil }
    return byLemma[like]?.first { entries[$0].partOfSpeech == entries[index].partOfSpeech && $0 != index }
  }

  /// The forms of entry `index` (memoised).
  mutating func resolve(_ index: Int) throws(LanguageDataError) -> [Inflection: [String]] {
    if let done = resolved[index] { return done }
    let entry = entries[index]
    guard !inProgress.contains(index) else {
      throw LanguageDataError(path: entry.path + "/like", message: "ringhänvisning via \"like\" (\"\(entry.lemma)\")")
    }
    inProgress.insert(index)
    defer { inProgress.remove(index) }
    var forms: [Inflection: [String]]
    if let like = entry.like {
      forms = try formsLike(like, entry: entry, index: index)
    } else if let name = entry.paradigm {
      forms = try formsFromParadigm(name, entry: entry)
    } else {
      forms = entry.forms
      if forms.isEmpty { forms[.base] = [entry.lemma] }
    }
    if entry.partOfSpeech == .noun { addGenitives(&forms) }
    resolved[index] = forms
    return forms
  }

  private mutating func formsLike(
    _ like: String, entry: WordEntry, index: Int
  ) throws(LanguageDataError) -> [Inflection: [String]] {
    guard let target = likeTarget(index) else {
      throw LanguageDataError(
        path: entry.path + "/like",
        message: "okänt ord \"\(like)\" (ingen \(entry.partOfSpeech.rawValue) med det lemmat)")
    }
    let base = try resolve(target)
    var forms: [Inflection: [String]] = [:]
    if entry.lemma.hasPrefix(like + " ") {
      forms = base
    } else if entry.lemma.hasSuffix(like) {
      let prefix = String(entry.lemma.dropLast(like.count))
      forms = base.mapValues { $0.map { prefix + $0 } }
    } else {
      throw LanguageDataError(
        path: entry.path + "/like",
        message: "\"\(entry.lemma)\" slutar inte på \"\(like)\" och är inte \"\(like)\" + partikel")
    }
    forms.merge(entry.forms) { _, explicit in explicit }
    return forms
  }

  private func formsFromParadigm(
    _ name: String, entry: WordEntry
  ) throws(LanguageDataError) -> [Inflection: [String]] {
    guard let paradigm = paradigms[name] else {
      throw LanguageDataError(path: entry.path + "/paradigm", message: "okänt böjningsmönster \"\(name)\"")
    }
    guard paradigm.partOfSpeech == entry.partOfSpeech else {
      throw LanguageDataError(
        path: entry.path + "/paradigm",
        message:
          "böjningsmönstret \"\(name)\" gäller \(paradigm.partOfSpeech.rawValue), inte \(entry.partOfSpeech.rawValue)")
    }
    let head = entry.lemma.split(separator: " ").first.map(String.init) ?? entry.lemma
    let stem = entry.isDeponent ? String(head.dropLast()) : head
    guard stem.hasSuffix(paradigm.lemmaEnding) else {
      throw LanguageDataError(
        path: entry.path + "/lemma",
        message: "\"\(stem)\" slutar inte på \"\(paradigm.lemmaEnding)\" som böjningsmönstret \"\(name)\" kräver")
    }
    for required in paradigm.requiredForms where entry.forms[required] == nil {
      throw LanguageDataError(
        path: entry.path + "/forms", message: "böjningsmönstret \"\(name)\" kräver formen \"\(required.rawValue)\"")
    }
    var forms = paradigm.forms(of: stem, explicit: entry.forms)
    if entry.isDeponent { forms = forms.filter { $0.key.isSForm } }
    return forms
  }

  /// Noun genitives: the form plus `s`, unless it already ends in s, x or z (*huset – husets*, *hus – hus*).
  private func addGenitives(_ forms: inout [Inflection: [String]]) {
    for (cell, alternatives) in forms {
      guard let genitive = cell.genitive, forms[genitive] == nil else { continue }
      let built = alternatives.map { $0.last.map { "sxz".contains($0) } == true ? $0 : $0 + "s" }
      forms[genitive] = built
    }
  }
}
