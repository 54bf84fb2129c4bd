import Foundation
import TestSupport
import XCTest

/// The validator the schema tests rely on: every keyword it supports, and that it refuses the rest.
final class JSONSchemaValidatorTests: XCTestCase {
  typealias Validator = JSONSchemaValidator

  /// Validates inline JSON text against an inline schema; returns the errors as `path: message` strings.
  func errors(_ document: String, _ schema: String) throws -> [String] {
    let validator = try Validator(schemaData: Data(schema.utf8))
    return try validator.validate(data: Data(document.utf8)).map(\.description)
  }

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
}
