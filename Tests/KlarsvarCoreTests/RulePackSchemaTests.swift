import Foundation
import TestSupport
import XCTest

/// The JSON Schemas in `rules/schema/`, the validator that checks them, and every shipped pack against them.
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

  /// Validates inline JSON text against an inline schema; returns the errors as `path: message` strings.
  func errors(_ document: String, _ schema: String) throws -> [String] {
    let validator = try Validator(schemaData: Data(schema.utf8))
    return try validator.validate(data: Data(document.utf8)).map(\.description)
  }

  func errors(_ document: String, against validator: Validator) throws -> [String] {
    try validator.validate(data: Data(document.utf8)).map(\.description)
  }

  // MARK: - (a) Validator

  func testWrongType() throws {
    let schema = #"{"type": "object", "properties": {"name": {"type": "string"}, "n": {"type": "integer"}}}"#
    XCTAssertEqual(try errors(#"{"name": 3}"#, schema), ["/name: expected string, got number 3"])
    XCTAssertEqual(try errors(#"{"n": 1.5}"#, schema), ["/n: expected integer, got number 1.5"])
    XCTAssertEqual(try errors(#"{"n": 2.0}"#, schema), [])
    XCTAssertEqual(try errors(#"[1]"#, schema), ["(root): expected object, got array"])
    XCTAssertEqual(try errors(#"{"name": null}"#, schema), ["/name: expected string, got null"])
    XCTAssertEqual(
      try errors(#""x""#, #"{"type": ["object", "null"]}"#), [#"(root): expected object or null, got string "x""#])
  }

  func testMissingRequired() throws {
    let schema = #"{"type": "object", "required": ["id", "name"], "properties": {"id": {}, "name": {}}}"#
    XCTAssertEqual(try errors(#"{"id": "a"}"#, schema), [#"(root): missing required property "name""#])
    XCTAssertEqual(
      try errors(#"{}"#, schema),
      [#"(root): missing required property "id""#, #"(root): missing required property "name""#])
  }

  func testUnknownKey() throws {
    let schema = #"""
      {"type": "object", "additionalProperties": false,
       "properties": {"a": {"type": "object", "additionalProperties": false, "properties": {"b": {}}}}}
      """#
    XCTAssertEqual(
      try errors(#"{"a": {"b": 1, "colour": 2}, "zzz": 3}"#, schema),
      [#"/a/colour: unknown property "colour" (allowed: b)"#, #"/zzz: unknown property "zzz" (allowed: a)"#])
    // additionalProperties as a schema, propertyNames.
    let map = #"""
      {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}, "additionalProperties": {"type": "string"}}
      """#
    XCTAssertEqual(
      try errors(#"{"ok": "x", "bad": 1, "Bad": "y"}"#, map),
      [#"/Bad: property name: "Bad" does not match pattern ^[a-z]+$"#, "/bad: expected string, got number 1"])
  }

  func testEnumAndPaths() throws {
    let schema = #"""
      {"type": "object", "properties": {"rules": {"type": "array", "items": {"type": "object", "properties": {
        "severity": {"type": "string", "enum": ["error", "warning", "info", "hint"]}}}}}}
      """#
    let document = #"{"rules": [{}, {}, {"severity": "hint"}, {"severity": "fatal"}]}"#
    XCTAssertEqual(
      try errors(document, schema), [#"/rules/3/severity: "fatal" is not one of ["error", "warning", "info", "hint"]"#])
    let validator = try Validator(schemaData: Data(schema.utf8))
    let error = try XCTUnwrap(try validator.validate(data: Data(document.utf8)).first)
    XCTAssertEqual(error.path, "/rules/3/severity")
    // JSON pointer escaping (RFC 6901) and the root pointer.
    let escaped = #"{"additionalProperties": false}"#
    let result = try Validator(schemaData: Data(escaped.utf8)).validate(data: Data(#"{"a/b~c": 1}"#.utf8))
    XCTAssertEqual(result.map(\.path), ["/a~1b~0c"])
    XCTAssertEqual(
      try Validator(schemaData: Data(#"{"const": 1}"#.utf8)).validate(data: Data("2".utf8)).first?.path, "")
  }

  func testConstPatternAndMinimums() throws {
    let schema = #"""
      {"type": "object", "properties": {
        "v": {"const": 1}, "id": {"type": "string", "pattern": "^[a-z]+(-[a-z]+)*$"}, "s": {"minLength": 2},
        "list": {"type": "array", "minItems": 1}, "n": {"type": "number", "minimum": 0}}}
      """#
    XCTAssertEqual(
      try errors(#"{"v": 2, "id": "Not-Kebab", "s": "å", "list": [], "n": -0.5}"#, schema),
      [
        #"/id: "Not-Kebab" does not match pattern ^[a-z]+(-[a-z]+)*$"#, "/list: expected at least 1 item, got 0",
        "/n: -0.5 is less than the minimum 0", "/s: expected at least 2 characters, got 1", "/v: expected 1, got 2",
      ])
    XCTAssertEqual(try errors(#"{"v": 1, "id": "a-b", "s": "åä", "list": [0], "n": 0}"#, schema), [])
  }

  func testNestedRef() throws {
    let schema = #"""
      {"$ref": "#/$defs/outer",
       "$defs": {"outer": {"type": "object", "properties": {"inner": {"$ref": "#/$defs/inner"},
                                                              "old": {"$ref": "#/definitions/legacy"}}},
                 "inner": {"type": "array", "items": {"$ref": "#/$defs/leaf"}},
                 "leaf": {"type": "string", "enum": ["a", "b"]}},
       "definitions": {"legacy": {"type": "boolean"}}}
      """#
    XCTAssertEqual(
      try errors(#"{"inner": ["a", "c", 1], "old": 0}"#, schema),
      [
        #"/inner/1: "c" is not one of ["a", "b"]"#, "/inner/2: expected string, got number 1",
        "/old: expected boolean, got number 0",
      ])
    // A recursive schema.
    let tree = #"""
      {"$defs": {"node": {"type": "object", "additionalProperties": false,
                          "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
       "$ref": "#/$defs/node"}
      """#
    XCTAssertEqual(try errors(#"{"children": [{"children": [{"x": 1}]}]}"#, tree).count, 1)
    XCTAssertEqual(
      try errors(#"{"children": [{"children": [{"x": 1}]}]}"#, tree).first?.hasPrefix("/children/0/children/0/x: "),
      true)
  }

  func testBooleansAreNotNumbers() throws {
    // JSONSerialization returns NSNumber for both; `NSNumber(1) as? Bool` succeeds on Linux.
    let parsed = try XCTUnwrap(
      JSONSerialization.jsonObject(with: Data("[true, false, 1, 0, 1.0, 2.5]".utf8)) as? [Any])
    let numbers = try parsed.map { try XCTUnwrap($0 as? NSNumber) }
    XCTAssertEqual(numbers.map(Validator.Value.isBoolean), [true, true, false, false, false, false])
    XCTAssertEqual(
      try parsed.map { try Validator.Value(jsonObject: $0) },
      [.bool(true), .bool(false), .number(1), .number(0), .number(1), .number(2.5)])
    // Native Swift values are told apart too.
    XCTAssertEqual(try Validator.Value(jsonObject: true), .bool(true))
    XCTAssertEqual(try Validator.Value(jsonObject: 1), .number(1))
    XCTAssertEqual(
      try Validator.Value(jsonObject: ["a": [false, 0, "x"]] as [String: Any]),
      .object(["a": .array([.bool(false), .number(0), .string("x")])]))

    let schema = #"""
      {"type": "object", "properties": {"flag": {"type": "boolean"}, "count": {"type": "integer"},
        "ratio": {"type": "number"}, "one": {"const": 1}, "yes": {"enum": [true]}}}
      """#
    XCTAssertEqual(
      try errors(#"{"flag": 1, "count": true, "ratio": false, "one": true, "yes": 1}"#, schema),
      [
        "/count: expected integer, got boolean true", "/flag: expected boolean, got number 1",
        "/one: expected 1, got true", "/ratio: expected number, got boolean false", "/yes: 1 is not one of [true]",
      ])
    XCTAssertEqual(try errors(#"{"flag": false, "count": 0, "ratio": 0, "one": 1, "yes": true}"#, schema), [])
    // Also through validate(jsonObject:) with native Swift values.
    let validator = try Validator(schemaData: Data(schema.utf8))
    XCTAssertEqual(
      try validator.validate(jsonObject: ["flag": 0, "count": false] as [String: Any]).map(\.path), ["/count", "/flag"])
  }

  func testOneOfAndAnyOf() throws {
    let schema = #"""
      {"type": "array", "items": {"oneOf": [
        {"type": "string"},
        {"type": "object", "required": ["phrase", "suggestions"], "additionalProperties": false,
         "properties": {"phrase": {"type": "string"}, "suggestions": {"type": "array"}}}]}}
      """#
    XCTAssertEqual(
      try errors(
        #"["a", {"phrase": "b", "suggestions": []}, {"phrase": "c"}, 4, {"phrase": "d", "suggestions": [], "x": 1}]"#,
        schema),
      [
        #"/2: missing required property "suggestions""#, "/3: expected string or object, got number 4",
        #"/4/x: unknown property "x" (allowed: phrase, suggestions)"#,
      ])
    // Discriminated by a const member: errors come from the branch the value was meant for.
    let rules = #"""
      {"oneOf": [
        {"type": "object", "required": ["type", "phrases"], "additionalProperties": false,
         "properties": {"type": {"const": "phrase"}, "phrases": {"type": "array"}, "severity": {"enum": ["error"]}}},
        {"type": "object", "required": ["type", "pattern"], "additionalProperties": false,
         "properties": {"type": {"const": "pattern"}, "pattern": {"type": "string"}, "severity": {"enum": ["error"]}}}]}
      """#
    XCTAssertEqual(
      try errors(#"{"type": "pattern", "pattern": "x", "severity": "fatal"}"#, rules),
      [#"/severity: "fatal" is not one of ["error"]"#])
    XCTAssertEqual(try errors(#"{"type": "phrase"}"#, rules), [#"(root): missing required property "phrases""#])
    XCTAssertEqual(
      try errors(#"{"type": "regex", "pattern": "x"}"#, rules), [#"/type: "regex" is not one of ["phrase", "pattern"]"#]
    )
    XCTAssertEqual(
      try errors(#"{"pattern": "x"}"#, rules),
      [#"(root): missing required property "type" (one of ["phrase", "pattern"])"#])
    // oneOf with more than one match; anyOf with several.
    XCTAssertEqual(
      try errors("3", #"{"oneOf": [{"type": "number"}, {"minimum": 0}]}"#),
      ["(root): matches more than one alternative of oneOf (0, 1)"])
    XCTAssertEqual(try errors("3", #"{"anyOf": [{"type": "number"}, {"minimum": 0}]}"#), [])
    XCTAssertEqual(
      try errors("-3", #"{"anyOf": [{"type": "string"}, {"minimum": 0}]}"#), ["(root): -3 is less than the minimum 0"])
  }

  func testBadSchemasAreRejected() throws {
    func schemaError(_ schema: String) -> Validator.SchemaError? {
      do {
        _ = try Validator(schemaData: Data(schema.utf8))
        return nil
      } catch {
        return error as? Validator.SchemaError
      }
    }
    XCTAssertEqual(
      schemaError(#"{"properties": {"a": {"maxLength": 3}}}"#),
      .unsupportedKeyword(path: "/properties/a", keyword: "maxLength"))
    XCTAssertEqual(
      schemaError(##"{"items": {"$ref": "#/$defs/missing"}}"##),
      .unresolvedReference(path: "/items", reference: "#/$defs/missing"))
    XCTAssertEqual(schemaError(#"{"pattern": "(["}"#), .invalidPattern(path: "/pattern", pattern: "(["))
    XCTAssertNotNil(schemaError(#"{"type": "text"}"#))
    XCTAssertNotNil(schemaError(#"{"required": "id"}"#))
    XCTAssertNotNil(schemaError(#"{"items": [{}]}"#))
    XCTAssertNil(schemaError(#"{"title": "t", "description": "d", "examples": [1], "$comment": "c", "default": 0}"#))
    XCTAssertThrowsError(try Validator(schemaData: Data("{".utf8)))
    XCTAssertThrowsError(try Validator(schemaData: Data("{}".utf8)).validate(data: Data("{\"a\": }".utf8)))
  }

  // MARK: - (b) Shipped packs

  func testShippedPacksConformToSchemas() throws {
    let root = try Self.repositoryRoot()
    let rulesDirectory = root.appendingPathComponent("rules")
    let packSchema = try Self.loadSchema("pack")
    let dataSchema = try Self.loadSchema("rules")
    let languageSchema = try Self.loadSchema("language")
    let languageKeys: Set<String> = ["paradigms", "words", "functionWords", "expressions"]
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
        #"/x: unknown property "x" (allowed: description, id, language, name, schemaVersion, version)"#,
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
          + #""agreement", "verb-form", "split-compound", "capitalization"]"#
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
        #"/rules/0/examples/flag/0: missing required property "kind""#,
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
        #"/color: unknown property "color" (allowed: extensions, failOn, ignore, kind, languages, overrides, packs, placeholders, rulePaths, rules)"#,
        #"/extensions/0: "md" does not match pattern ^\.[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*$"#,
        #"/failOn: "hint" is not one of ["error", "warning", "info", "never"]"#,
        #"/overrides/0: missing required property "rules""#, "/overrides/0/files: expected at least 1 item, got 0",
        #"/overrides/0/kind: "memo" is not one of ["reply", "newspaper-reply", "decision", "summary", "opinion", "information", "news", "citizen-letter"]"#,
        #"/rules/x: "fatal" is not one of ["off", "error", "warning", "info", "hint"]"#,
      ])
  }
}
