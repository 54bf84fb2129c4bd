import KlarsvarJSON

extension FunctionWords {
  static let keys: Set<String> = [
    "pronouns", "determiners", "prepositions", "subordinators", "coordinators", "auxiliaries", "reportingVerbs",
    "speakerNouns", "interrogatives", "sentenceAdverbs", "fronting", "particles", "reportingPrepositions", "timeNouns",
    "trendVerbs", "quantityComparatives", "verbPrefixes",
  ]

  /// Decodes and merges the given `"functionWords"` files (a municipality's pack adds to the built-in one).
  ///
  /// - Throws: `LanguageDataError` naming the JSON path of an unknown key, value or wrong type.
  public init(json files: [JSONValue]) throws(LanguageDataError) {
    self.init()
    for file in files { try add(JSONReader.topLevel(file, key: "functionWords")) }
    buildTable()
  }

  private mutating func add(_ root: JSONReader) throws(LanguageDataError) {
    let members = try root.object(allowed: Self.keys)
    func words(_ key: String) throws(LanguageDataError) -> [String] {
      try root.optional(key, in: members)?.stringList().map { CaseFolding.fold($0) } ?? []
    }
    prepositions.formUnion(try words("prepositions"))
    coordinators.formUnion(try words("coordinators"))
    reportingVerbs.formUnion(try words("reportingVerbs"))
    speakerNouns.formUnion(try words("speakerNouns"))
    interrogatives.formUnion(try words("interrogatives"))
    sentenceAdverbs.formUnion(try words("sentenceAdverbs"))
    particles.formUnion(try words("particles"))
    reportingPrepositions.formUnion(try words("reportingPrepositions"))
    timeNouns.formUnion(try words("timeNouns"))
    trendVerbs.formUnion(try words("trendVerbs"))
    quantityComparatives.formUnion(try words("quantityComparatives"))
    verbPrefixes.formUnion(try words("verbPrefixes"))
    for phrase in try words("fronting") {
      let parts = phrase.split(separator: " ").map(String.init)
      fronting[parts[0], default: []].append(Array(parts.dropFirst()))
    }
    try forEachItem(root, members, "pronouns", ["form", "person", "number", "case"]) {
      item, reader throws(LanguageDataError) in
      pronouns[try item.word("form")] = Pronoun(
        person: try item.value("person", SubjectPerson.self), number: try item.value("number", Number.self),
        grammaticalCase: try item.value("case", GrammaticalCase.self))
    }
    try forEachItem(root, members, "determiners", ["form", "gender", "number", "definite"]) {
      item, _ throws(LanguageDataError) in
      determiners[try item.word("form")] = Determiner(
        gender: try item.optionalValue("gender", Gender.self), number: try item.value("number", Number.self),
        isDefinite: try item.reader("definite").bool())
    }
    try addSubordinators(root, members)
    try addAuxiliaries(root, members)
  }

  private mutating func addSubordinators(_ root: JSONReader, _ members: [String: JSONValue]) throws(LanguageDataError) {
    try forEachItem(root, members, "subordinators", ["phrase", "kind"]) { item, _ throws(LanguageDataError) in
      let parts = try item.word("phrase").split(separator: " ").map(String.init)
      let kind = try item.value("kind", ClauseKind.self)
      subordinators[parts[0], default: []].append((Array(parts.dropFirst()), kind))
      subordinators[parts[0]]!.sort { $0.rest.count > $1.rest.count }
    }
  }

  private mutating func addAuxiliaries(_ root: JSONReader, _ members: [String: JSONValue]) throws(LanguageDataError) {
    try forEachItem(root, members, "auxiliaries", ["lemma", "class", "then", "followedBy"]) {
      item, _ throws(LanguageDataError) in
      let lemma = try item.word("lemma")
      let then = try item.optionalWord("then")?.split(separator: " ").map(String.init) ?? []
      let auxiliary = Auxiliary(
        lemma: lemma, auxiliaryClass: try item.value("class", AuxiliaryClass.self), then: then,
        complement: try item.value("followedBy", Auxiliary.Complement.self))
      auxiliaries[lemma, default: []].append(auxiliary)
      // Longer `then` first, so *kommer att* wins over bare *kommer*.
      auxiliaries[lemma]!.sort { $0.then.count > $1.then.count }
    }
  }

  private func forEachItem(
    _ root: JSONReader, _ members: [String: JSONValue], _ key: String, _ allowed: Set<String>,
    _ body: (DataItem, JSONReader) throws(LanguageDataError) -> Void
  ) throws(LanguageDataError) {
    guard let list = root.optional(key, in: members) else { return }
    for index in try list.array().indices {
      let reader = list.child(index)
      try body(DataItem(reader: reader, members: try reader.object(allowed: allowed)), reader)
    }
  }
}

/// One object of a data list, read member by member with paths in errors.
struct DataItem {
  let reader: JSONReader
  let members: [String: JSONValue]

  func reader(_ key: String) throws(LanguageDataError) -> JSONReader { try reader.required(key, in: members) }

  func word(_ key: String) throws(LanguageDataError) -> String { CaseFolding.fold(try self.reader(key).word()) }

  func optionalWord(_ key: String) throws(LanguageDataError) -> String? {
    try reader.optional(key, in: members).map { (child) throws(LanguageDataError) in CaseFolding.fold(try child.word())
    }
  }

  func value<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(LanguageDataError) -> T
  where T.RawValue == String {
    let child = try self.reader(key)
    let raw = try child.string()
    guard let value = T(rawValue: raw) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw child.error("okänt värde \"\(raw)\" (tillåtna: \(allowed))")
    }
    return value
  }

  func optionalValue<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(LanguageDataError) -> T?
  where T.RawValue == String {
    members[key] == nil ? nil : try value(key, type)
  }
}
