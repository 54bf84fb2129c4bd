import Foundation
import KlarsvarJSON
import KlarsvarLanguage
import KlarsvarPhrases

/// Compiles one rule's phrases and references. Phrases are collected here and only added to the
/// shared automaton when the whole rule compiled, so a broken rule leaves nothing behind.
struct RuleBuilder {
  private(set) var ruleIndex: Int32
  let lexicons: [String: [PhraseEntry]]
  let contacts: [String: Contact]
  /// Word forms for the lemma syntax (`[erhålla]`) and inflected suggestions.
  let language: SwedishLanguage
  private(set) var pending: [(ExpandedPhrase, PhraseOutput)] = []
  /// Shared by all rules of one load, so each distinct phrase and word is parsed once.
  var parseCache: PhraseParser.Cache

  init(
    ruleIndex: Int32, lexicons: [String: [PhraseEntry]], contacts: [String: Contact],
    language: SwedishLanguage = .empty, parseCache: PhraseParser.Cache = .init()
  ) {
    self.ruleIndex = ruleIndex
    self.lexicons = lexicons
    self.contacts = contacts
    self.language = language
    self.parseCache = parseCache
  }

  /// Starts compiling the next rule with the same lexicons, contacts and parse cache.
  mutating func begin(ruleIndex: Int32) {
    self.ruleIndex = ruleIndex
    pending = []
  }

  /// Reads a phrase list (strings, `@lexicon` references, or `{phrase, suggestions, message}` objects).
  func phraseEntries(_ raw: [JSONValue], path: String) throws -> [PhraseEntry] {
    var entries: [PhraseEntry] = []
    for (index, item) in raw.enumerated() {
      // Most items are plain phrases, which need no path (building one per item was a visible cost).
      if let text = item.stringValue, !text.hasPrefix("@") {
        entries.append(PhraseEntry(text: text))
        continue
      }
      let itemPath = "\(path)/\(index)"
      if let text = item.stringValue {
        if !text.hasPrefix("@contact:") {
          let name = String(text.dropFirst())
          guard let lexicon = lexicons[name] else {
            throw JSONObjectReader.Failure(path: itemPath, message: "okänt lexikon \"\(name)\"")
          }
          entries += lexicon
        } else {
          let (contact, field) = try contactReference(text, path: itemPath)
          guard field == "name" else {
            throw JSONObjectReader.Failure(
              path: itemPath, message: "i en fraslista går bara \"@contact:ID.name\" att använda")
          }
          entries += ([contact.name] + contact.aliases).map { PhraseEntry(text: $0) }
        }
      } else {
        var reader = try JSONObjectReader(item, path: itemPath)
        let phrase = try reader.string("phrase")
        let suggestions = try reader.optionalStringArray("suggestions")
        let message = try reader.optionalString("message")
        try reader.finish()
        entries.append(PhraseEntry(text: phrase, suggestions: suggestions, message: message))
      }
    }
    guard !entries.isEmpty else { throw JSONObjectReader.Failure(path: path, message: "listan är tom") }
    return entries
  }

  /// Parses and queues phrases for the automaton under one of the rule type's roles.
  /// Returns, per entry, the number of alternatives in its first `{…}` group.
  @discardableResult
  mutating func register(
    _ entries: [PhraseEntry], role: some RuleRole, path: String, item: (Int) -> Int32 = { Int32($0) },
    subitem: (Int) -> Int32 = { _ in 0 }
  ) throws -> [Int] {
    var choiceCounts: [Int] = []
    for (index, entry) in entries.enumerated() {
      let expansions: [ExpandedPhrase]
      do {
        expansions = try PhraseParser.parse(LemmaExpansion.expand(entry.text, language: language), cache: &parseCache)
      } catch let failure as PhraseParser.Failure {
        throw JSONObjectReader.Failure(path: "\(path)/\(index)", message: failure.description)
      } catch let failure as LemmaExpansion.Failure {
        throw JSONObjectReader.Failure(path: "\(path)/\(index)", message: failure.description)
      }
      choiceCounts.append(expansions.reduce(0) { max($0, $1.choice) } + 1)
      let output = PhraseOutput(
        owner: ruleIndex, role: role.phraseRole, item: item(index), subitem: subitem(index), choice: 0)
      for expansion in expansions { pending.append((expansion, output)) }
    }
    return choiceCounts
  }

  /// `@contact:ivo.phone` → the contact and the field.
  func contactReference(_ text: String, path: String) throws -> (Contact, String) {
    let body = text.dropFirst("@contact:".count)
    guard let dot = body.lastIndex(of: ".") else {
      throw JSONObjectReader.Failure(path: path, message: "skriv \"@contact:ID.name\", \".phone\" eller \".website\"")
    }
    let id = String(body[..<dot])
    let field = String(body[body.index(after: dot)...])
    guard let contact = contacts[id] else {
      throw JSONObjectReader.Failure(path: path, message: "okänd kontakt \"\(id)\"")
    }
    guard ["name", "phone", "website"].contains(field) else {
      throw JSONObjectReader.Failure(path: path, message: "okänt kontaktfält \"\(field)\" (name, phone, website)")
    }
    return (contact, field)
  }

  /// Reads evidence groups: `[[item, …], …]`.
  mutating func evidenceGroups(_ raw: [JSONValue], path: String, role: some RuleRole) throws -> [[EvidenceItem]] {
    var groups: [[EvidenceItem]] = []
    for (groupIndex, rawGroup) in raw.enumerated() {
      let groupPath = "\(path)/\(groupIndex)"
      guard let items = rawGroup.arrayValue, !items.isEmpty else {
        throw JSONObjectReader.Failure(path: groupPath, message: "ska vara en icke-tom lista")
      }
      groups.append(try evidenceItems(items, path: groupPath, role: role, group: Int32(groupIndex)))
    }
    return groups
  }

  mutating func evidenceItems(_ items: [JSONValue], path: String, role: some RuleRole, group: Int32) throws
    -> [EvidenceItem]
  {
    var result: [EvidenceItem] = []
    for (index, item) in items.enumerated() {
      let itemPath = "\(path)/\(index)"
      if item.stringValue == "@phone" {
        result.append(.anyPhone)
      } else if let text = item.stringValue, text.hasPrefix("@contact:") {
        let (contact, field) = try contactReference(text, path: itemPath)
        switch field {
        case "phone":
          guard let phone = contact.phone else {
            throw JSONObjectReader.Failure(
              path: itemPath, message: "kontakten \"\(contact.id)\" har inget telefonnummer")
          }
          result.append(.phone(digits: PhoneNumbers.digits(of: phone)))
        case "website":
          guard let website = contact.website else {
            throw JSONObjectReader.Failure(path: itemPath, message: "kontakten \"\(contact.id)\" har ingen webbplats")
          }
          result.append(.website(domain: website))
        default:
          let names = ([contact.name] + contact.aliases).map { PhraseEntry(text: $0) }
          try register(names, role: role, path: itemPath, item: { _ in group }, subitem: { _ in Int32(index) })
          result.append(.phrases)
        }
      } else if item.stringValue != nil {
        let entries = try phraseEntries([item], path: itemPath)
        try register(entries, role: role, path: itemPath, item: { _ in group }, subitem: { _ in Int32(index) })
        result.append(.phrases)
      } else {
        var reader = try JSONObjectReader(item, path: itemPath)
        let pattern = try reader.string("pattern")
        try reader.finish()
        result.append(.pattern(try CompiledRegex(pattern, caseSensitive: false, path: itemPath + "/pattern")))
      }
    }
    return result
  }

  /// Renders `{contact:ID.field}` slots of a template; unknown contacts and fields are load errors,
  /// other slots stay as written.
  func renderTemplate(_ template: String, path: String) throws -> String {
    let prefix = "contact:"
    if let last = template.range(of: "{" + prefix, options: .backwards), !template[last.upperBound...].contains("}") {
      throw JSONObjectReader.Failure(path: path, message: "\"{contact:\" utan \"}\"")
    }
    return try MessageTemplate(template).render { name in
      guard name.hasPrefix(prefix) else { return nil }
      let (contact, field) = try contactReference("@" + name, path: path)
      guard let value = contact.value(of: field) else {
        throw JSONObjectReader.Failure(path: path, message: "kontakten \"\(contact.id)\" saknar \(field)")
      }
      return value
    }
  }
}
