import Foundation
import TestSupport
import XCTest

/// The JSON Schemas in `rules/schema/` and every shipped pack against them.
final class RulePackSchemaTests: XCTestCase {
  typealias Validator = JSONSchemaValidator

  // MARK: - Helpers

  struct RootNotFound: Error, CustomStringConvertible {
    let description: String
  }

  /// The repository root: the nearest folder above this file holding `Package.swift` and `rules/`.
  static func repositoryRoot(file: StaticString = #filePath) throws -> URL {
    var directory = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    let manager = FileManager.default
    while directory.path != "/" {
      if manager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
        manager.fileExists(atPath: directory.appendingPathComponent("rules").path)
      {
        return directory
      }
      directory.deleteLastPathComponent()
    }
    throw RootNotFound(description: "no folder with Package.swift and rules/ above \(file)")
  }

  static func schemaURL(_ name: String) throws -> URL {
    try repositoryRoot().appendingPathComponent("rules/schema/\(name).schema.json")
  }

  static func loadSchema(_ name: String) throws -> Validator {
    try Validator(contentsOf: schemaURL(name))
  }

  func errors(_ document: String, against validator: Validator) throws -> [String] {
    try validator.validate(data: Data(document.utf8)).map(\.description)
  }

  // MARK: - (b) Shipped packs

  func testShippedPacksConformToSchemas() throws {
    let root = try Self.repositoryRoot()
    let rulesDirectory = root.appendingPathComponent("rules")
    let packSchema = try Self.loadSchema("pack")
    let dataSchema = try Self.loadSchema("rules")
    let languageSchema = try Self.loadSchema("language")
    // The language schema's top-level keys tell a language data file from a rule data file.
    let languageSchemaJSON = try JSONSerialization.jsonObject(
      with: Data(contentsOf: rulesDirectory.appendingPathComponent("schema/language.schema.json")))
    let languageProperties = (languageSchemaJSON as? [String: Any])?["properties"] as? [String: Any] ?? [:]
    let languageKeys = Set(languageProperties.keys)
    XCTAssertTrue(languageKeys.contains("words") && languageKeys.contains("wordGuesses"))
    let manager = FileManager.default

    let folders = try manager.contentsOfDirectory(atPath: rulesDirectory.path).sorted().filter { name in
      var isDirectory: ObjCBool = false
      let path = rulesDirectory.appendingPathComponent(name).path
      return name != "schema" && !name.hasPrefix(".") && manager.fileExists(atPath: path, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }
    var packCount = 0
    var checkedFiles = 0
    for folder in folders {
      let packDirectory = rulesDirectory.appendingPathComponent(folder)
      let files = try manager.contentsOfDirectory(atPath: packDirectory.path).filter { $0.hasSuffix(".json") }.sorted()
      guard files.contains("pack.json") else {
        XCTFail("rules/\(folder) is not a pack: it has no pack.json")
        continue
      }
      packCount += 1
      if files.count < 2 { XCTFail("rules/\(folder) has no data file besides pack.json") }
      for file in files {
        let relative = "rules/\(folder)/\(file)"
        let data = try Data(contentsOf: packDirectory.appendingPathComponent(file))
        let topKey = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?.keys.first ?? ""
        let (schema, schemaName) =
          file == "pack.json"
          ? (packSchema, "pack") : languageKeys.contains(topKey) ? (languageSchema, "language") : (dataSchema, "rules")
        checkedFiles += 1
        do {
          let errors = try schema.validate(data: data)
          if !errors.isEmpty {
            let list = errors.map { "  \($0)" }.joined(separator: "\n")
            XCTFail(
              "\(relative) does not conform to rules/schema/\(schemaName).schema.json:\n\(list)"
            )
          }
        } catch {
          XCTFail("\(relative): \(error)")
        }
      }
    }
    XCTAssertGreaterThanOrEqual(packCount, 1, "no rule pack found in \(rulesDirectory.path)")
    XCTAssertGreaterThan(checkedFiles, packCount)
  }

  // MARK: - (c) The schemas themselves

  func testSchemasAreValidJSONAndUseOnlySupportedKeywords() throws {
    for name in ["pack", "rules", "config"] {
      let data = try Data(contentsOf: Self.schemaURL(name))
      let object = try JSONSerialization.jsonObject(with: data)
      let dictionary = try XCTUnwrap(object as? [String: Any], "\(name).schema.json is not an object")
      XCTAssertEqual(dictionary["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema", name)
      XCTAssertNotNil(dictionary["title"] as? String, name)
      XCTAssertNotNil(dictionary["description"] as? String, name)
      XCTAssertNoThrow(try Validator(schema: object), "\(name).schema.json")
    }
  }

  func testPackSchema() throws {
    let schema = try Self.loadSchema("pack")
    let readmeExample = #"""
      { "schemaVersion": 1, "id": "sv-klarsprak", "name": "Klarspråk", "language": "sv",
        "version": "1.0.0", "description": "Klarspråk för svar till medborgare." }
      """#
    XCTAssertEqual(try errors(readmeExample, against: schema), [])
    XCTAssertEqual(
      try errors(
        #"{"schemaVersion": 2, "id": "Sv_Pack", "name": "", "language": "sv", "version": "1.0", "x": 1}"#,
        against: schema),
      [
        #"(root): missing required property "description""#,
        #"/id: "Sv_Pack" does not match pattern ^[a-z0-9]+([-./][a-z0-9]+)*$"#,
        "/name: expected at least 1 character, got 0", "/schemaVersion: expected 1, got 2",
        #"/version: "1.0" does not match pattern ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"#,
        #"/x: unknown property "x" (allowed: $schema, description, id, language, name, schemaVersion, version)"#,
      ])
  }

  /// A data file using every rule type and every optional field.
  static let everyRuleType = #"""
    {"rules": [
      {"id": "erhalla", "type": "phrase", "category": "plain-language", "severity": "hint",
       "message": "Skriv hellre ett enklare ord än {match}.", "explanation": "Vardagliga ord är lättare att läsa.",
       "reference": "Språklagen (2009:600) 11 §", "kinds": ["reply", "decision"], "suggestions": ["få"],
       "phrases": ["i syfte att", {"phrase": "erhåll{a|er}", "suggestions": ["få", "får"], "message": "Skriv få."}],
       "unless": ["erhålla bidrag"],
       "examples": {"flag": ["Du kan erhålla stöd."],
                    "pass": ["Du kan få stöd.", {"text": "Beslut.", "kind": "decision"}]}},
      {"id": "versaler", "type": "pattern", "category": "tone", "severity": "info", "message": "Undvik versaler.",
       "explanation": "Versaler uppfattas som skrik.", "pattern": "\\b[A-ZÅÄÖ]{5,}\\b", "caseSensitive": true,
       "prefilter": ["@versalord"], "suggestions": ["$1"], "examples": {"flag": ["VIKTIGT"], "pass": []}},
      {"id": "ivo-hanvisning", "type": "requires", "category": "referral", "severity": "warning",
       "message": "Ange hur man når IVO.", "explanation": "Läsaren ska kunna ta nästa steg.",
       "triggers": ["@contact:ivo.name", "anmäl{a|an}? till ivo"],
       "evidence": [["@contact:ivo.name"], ["@contact:ivo.website", "@contact:ivo.phone", {"pattern": "ivo\\.se"}]],
       "template": "Du når IVO på {contact:ivo.phone} eller {contact:ivo.website}.",
       "examples": {"flag": ["Du kan anmäla till IVO."], "pass": ["Anmäl till IVO på ivo.se."]}},
      {"id": "vag-utfastelse", "type": "commitment", "category": "commitment", "severity": "warning",
       "message": "Ange när.", "explanation": "Ett löfte utan tid går inte att följa upp.",
       "cues": ["vi {ska|kommer att}", "målet är att"], "anchors": ["senast <date>", "vecka <number>", "@månader"],
       "examples": {"flag": ["Vi ska se över rutinerna."], "pass": ["Vi ska se över rutinerna senast 2027-06-30."]}},
      {"id": "lix-dokument", "type": "metric", "category": "readability", "severity": "info",
       "message": "LIX är {value}, högst {max}.", "explanation": "Långa ord och meningar.", "metric": "lix",
       "scope": "document", "max": 45, "minWords": 50, "examples": {"flag": [], "pass": ["Kort text."]}},
      {"id": "langa-meningar", "type": "metric", "category": "readability", "severity": "hint",
       "message": "Meningen har {value} ord.", "explanation": "Dela upp.", "metric": "sentence-words",
       "scope": "sentence", "max": 25.5, "examples": {"flag": [], "pass": []}},
      {"id": "halsningsfras", "type": "structure", "category": "structure", "severity": "hint",
       "message": "Inled med en hälsning.", "explanation": "En hälsning gör svaret personligt.",
       "anyOf": ["{hej|hejsan}", "@halsningar", {"pattern": "^bästa "}], "within": {"from": "start", "paragraphs": 1},
       "template": "Hej!", "examples": {"flag": ["Vi har fått ditt brev."], "pass": ["Hej! Tack för ditt brev."]}},
      {"id": "fel-telefon", "type": "contact", "category": "referral", "severity": "error",
       "message": "Fel nummer till {match}.", "explanation": "Numret har ändrats.", "contacts": ["ivo", "jo"],
       "window": 12, "examples": {"flag": ["IVO, 075-247 30 00"], "pass": ["IVO, 010-788 50 00"]}}
    ]}
    """#

  func testRulesSchemaAcceptsEveryRuleTypeLexiconAndContacts() throws {
    let schema = try Self.loadSchema("rules")
    XCTAssertEqual(try errors(Self.everyRuleType, against: schema), [])
    XCTAssertEqual(try errors(#"{"rules": []}"#, against: schema), [])
    XCTAssertEqual(
      try errors(
        #"{"lexicon": {"månader": ["januari", "februari"], "halsningar": ["hej", "bästa <name>?"]}}"#, against: schema),
      [])
    let contacts = #"""
      {"contacts": [{"id": "ivo", "name": "Inspektionen för vård och omsorg", "aliases": ["ivo"], "website": "ivo.se",
        "phone": "010-788 50 00", "outdatedPhones": ["075-247 30 00"], "outdatedWebsites": [], "confirmed": true,
        "note": "Kontrollerat 2025."}, {"id": "jo", "name": "Riksdagens ombudsmän"}]}
      """#
    XCTAssertEqual(try errors(contacts, against: schema), [])
  }

  func testRulesSchemaRejectsMistakes() throws {
    let schema = try Self.loadSchema("rules")
    let base =
      #""id": "r", "category": "tone", "severity": "info", "message": "m", "explanation": "e", "examples": {"flag": [], "pass": []}"#
    func rule(_ fields: String) -> String { "{\"rules\": [{\(base), \(fields)}]}" }

    let unknown = try errors(rule(#""type": "phrase", "phrases": ["a"], "severity2": 1"#), against: schema)
    XCTAssertEqual(unknown.count, 1)
    XCTAssertTrue(
      unknown.first?.hasPrefix(#"/rules/0/severity2: unknown property "severity2" (allowed: category, "#) ?? false,
      "\(unknown)")
    XCTAssertEqual(
      try errors(rule(#""type": "regex", "pattern": "a""#), against: schema),
      [
        #"/rules/0/type: "regex" is not one of ["phrase", "pattern", "requires", "commitment", "metric", "structure", "contact", "#
          + #""voiced", "agreement", "verb-form", "split-compound", "capitalization"]"#
      ])
    XCTAssertEqual(
      try errors(rule(#""phrases": ["a"]"#), against: schema).first?.hasPrefix(
        #"/rules/0: missing required property "type""#), true)
    XCTAssertEqual(
      try errors(rule(#""type": "phrase", "phrases": [{"phrase": "a", "sugestions": []}, 3, ""]"#), against: schema),
      [
        #"/rules/0/phrases/0/sugestions: unknown property "sugestions" (allowed: message, phrase, suggestions)"#,
        "/rules/0/phrases/1: expected string or object, got number 3",
        "/rules/0/phrases/2: expected at least 1 character, got 0",
      ])
    XCTAssertEqual(
      try errors(
        rule(#""type": "metric", "metric": "flesch", "scope": "page", "max": -1, "minWords": 2.5"#), against: schema),
      [
        "/rules/0/max: -1 is less than the minimum 0",
        #"/rules/0/metric: "flesch" is not one of ["lix", "sentence-words"]"#,
        "/rules/0/minWords: expected integer, got number 2.5",
        #"/rules/0/scope: "page" is not one of ["document", "paragraph", "sentence"]"#,
      ])
    XCTAssertEqual(
      try errors(rule(#""type": "pattern", "pattern": "a", "caseSensitive": 1, "kinds": ["letter"]"#), against: schema),
      [
        "/rules/0/caseSensitive: expected boolean, got number 1",
        #"/rules/0/kinds/0: "letter" is not one of ["reply", "newspaper-reply", "decision", "summary", "opinion", "information", "news", "citizen-letter"]"#,
      ])
    XCTAssertEqual(
      try errors(
        rule(#""type": "requires", "triggers": ["a"], "evidence": [["@contact:ivo.fax"], [{"regex": "x"}], []]"#),
        against: schema),
      [
        #"/rules/0/evidence/0/0: "@contact:ivo.fax" does not match pattern ^(?!@contact:)|^@contact:[a-z0-9]+([-./][a-z0-9]+)*\.(name|phone|website)$"#,
        #"/rules/0/evidence/1/0: missing required property "pattern""#,
        #"/rules/0/evidence/1/0/regex: unknown property "regex" (allowed: pattern)"#,
        "/rules/0/evidence/2: expected at least 1 item, got 0",
      ])
    XCTAssertEqual(
      try errors(
        rule(#""type": "commitment", "cues": ["@contact:ivo.phone"], "anchors": ["@contact:ivo.name"]"#),
        against: schema),
      [
        #"/rules/0/cues/0: "@contact:ivo.phone" does not match pattern ^(?!@contact:)|^@contact:[a-z0-9]+([-./][a-z0-9]+)*\.name$"#
      ])
    XCTAssertEqual(
      try errors(
        rule(#""type": "structure", "anyOf": ["hej"], "within": {"from": "top", "paragraphs": 0}"#), against: schema),
      [
        #"/rules/0/within/from: "top" is not one of ["start", "end"]"#,
        "/rules/0/within/paragraphs: 0 is less than the minimum 1",
      ])
    XCTAssertEqual(
      try errors(rule(#""type": "contact""#), against: schema), [#"/rules/0: missing required property "window""#])
    XCTAssertEqual(
      try errors(
        #"""
        {"rules": [{"id": "Bad Id", "type": "commitment", "category": "style", "severity": "fatal", "message": "m",
                    "explanation": "e", "cues": ["a"], "anchors": ["b"], "examples": {"flag": [{"text": "t"}]}}]}
        """#,
        against: schema),
      [
        #"/rules/0/category: "style" is not one of ["commitment", "referral", "tone", "plain-language", "readability", "structure", "grammar"]"#,
        #"/rules/0/examples: missing required property "pass""#,
        #"/rules/0/id: "Bad Id" does not match pattern ^[a-z0-9]+([-./][a-z0-9]+)*$"#,
        #"/rules/0/severity: "fatal" is not one of ["error", "warning", "info", "hint"]"#,
      ])
    // Exactly one top-level key.
    XCTAssertEqual(try errors(#"{"rules": [], "lexicon": {}}"#, against: schema).count, 1)
    XCTAssertEqual(try errors(#"{}"#, against: schema).count, 1)
    XCTAssertEqual(
      try errors(#"{"lexicon": {"tider": [], "a b": ["x"], "ok": "x"}}"#, against: schema),
      [
        #"/lexicon/a b: property name: "a b" does not match pattern ^[^\s@{}|~*?<>]+$"#,
        "/lexicon/ok: expected array, got string \"x\"", "/lexicon/tider: expected at least 1 item, got 0",
      ])
    XCTAssertEqual(
      try errors(#"{"contacts": [{"id": "ivo", "name": "IVO", "confirmed": "yes", "fax": "1"}]}"#, against: schema),
      [
        #"/contacts/0/confirmed: expected boolean, got string "yes""#,
        #"/contacts/0/fax: unknown property "fax" (allowed: aliases, confirmed, id, name, note, outdatedPhones, outdatedWebsites, phone, website)"#,
      ])
  }

  func testConfigSchema() throws {
    let schema = try Self.loadSchema("config")
    let valid = #"""
      {"packs": ["sv-klarsprak"], "rulePaths": ["regler"], "rules": {"vag-utfastelse": "error", "lix-dokument": "off"},
       "overrides": [{"files": ["beslut/**/*.md"], "rules": {"halsningsfras": "off"}, "kind": "decision"}],
       "placeholders": [{"open": "%", "close": "%"}], "ignore": ["utkast/**"], "failOn": "warning", "kind": "reply",
       "extensions": [".md", ".txt", ".tar.md"], "languages": ["markdown", "plaintext"]}
      """#
    XCTAssertEqual(try errors(valid, against: schema), [])
    XCTAssertEqual(try errors("{}", against: schema), [])
    XCTAssertEqual(
      try errors(
        #"""
        {"rules": {"x": "fatal"}, "overrides": [{"files": [], "kind": "memo"}], "failOn": "hint", "extensions": ["md"],
         "color": true}
        """#,
        against: schema),
      [
        #"/color: unknown property "color" (allowed: $schema, extensions, failOn, ignore, kind, languages, overrides, packs, placeholders, rulePaths, rules)"#,
        #"/extensions/0: "md" does not match pattern ^\.[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*$"#,
        #"/failOn: "hint" is not one of ["error", "warning", "info", "never"]"#,
        #"/overrides/0: missing required property "rules""#, "/overrides/0/files: expected at least 1 item, got 0",
        #"/overrides/0/kind: "memo" is not one of ["reply", "newspaper-reply", "decision", "summary", "opinion", "information", "news", "citizen-letter"]"#,
        #"/rules/x: "fatal" is not one of ["off", "error", "warning", "info", "hint"]"#,
      ])
  }
}
