import Foundation

/// A small JSON Schema validator (subset of draft 2020-12 / draft-07) for the schemas in `rules/schema/`.
///
/// Supported keywords: `type`, `properties`, `required`, `additionalProperties` (boolean or schema),
/// `propertyNames`, `items` (a single schema), `enum`, `const`, `pattern`, `minLength`, `minItems`, `minimum`, `minProperties`, `maxProperties`,
/// `oneOf`, `anyOf`, `$ref` (local only: `#`, `#/$defs/…`, `#/definitions/…` or any JSON pointer into the
/// schema document) and boolean schemas. Annotations (`$schema`, `$id`, `$comment`, `$defs`, `definitions`,
/// `title`, `description`, `markdownDescription`, `default`, `examples`, `deprecated`) are accepted and ignored.
/// Any other keyword makes `init` throw, so a schema can never silently rely on something that is not checked.
///
/// Booleans and numbers are kept apart: on Linux `JSONSerialization` returns `NSNumber` for both, and
/// `NSNumber(1) as? Bool` succeeds, so `true` is detected by identity with the boolean singletons.
public final class JSONSchemaValidator: @unchecked Sendable {
  // Immutable after init; NSRegularExpression is safe for concurrent matching.

  /// A JSON value as produced by `JSONSerialization`, with booleans and numbers told apart.
  public indirect enum Value: Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Value])
    case object([String: Value])

    /// Converts `JSONSerialization` output (or Swift values: `Bool`, integers, `Double`, `String`, arrays,
    /// `[String: Any]`, `NSNull`) into a `Value`.
    public init(jsonObject: Any) throws {
      let dynamicType = type(of: jsonObject)
      if dynamicType is NSNumber.Type, let number = jsonObject as? NSNumber {
        // JSONSerialization output: booleans and numbers are both NSNumber.
        self = Self.isBoolean(number) ? .bool(number.boolValue) : .number(number.doubleValue)
        return
      }
      switch jsonObject {
      case let value as Value:
        self = value
      case is NSNull:
        self = .null
      case let string as String:
        self = .string(string)
      case let bool as Bool where dynamicType == Bool.self:
        self = .bool(bool)
      case let integer as any BinaryInteger:
        self = .number(Double(integer))
      case let double as Double:
        self = .number(double)
      case let float as Float:
        self = .number(Double(float))
      case let array as [Any]:
        self = .array(try array.map { try Value(jsonObject: $0) })
      case let dictionary as [String: Any]:
        self = .object(try dictionary.mapValues { try Value(jsonObject: $0) })
      default:
        throw SchemaError.notJSON("value of type \(dynamicType) is not a JSON value")
      }
    }

    /// Parses JSON text (any top-level value).
    public init(data: Data) throws {
      let object: Any
      do {
        object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      } catch {
        throw SchemaError.notJSON("invalid JSON: \(error.localizedDescription)")
      }
      try self.init(jsonObject: object)
    }

    /// `true` for the `NSNumber`s that stand for JSON `true`/`false` (CFBoolean on Darwin, `__NSCFBoolean` in
    /// swift-corelibs-foundation), `false` for every other number, including `1` and `0`.
    public static func isBoolean(_ number: NSNumber) -> Bool {
      if number === kTrue || number === kFalse { return true }
      let className = String(describing: type(of: number))
      return className.contains("Boolean")
    }

    private static let kTrue = NSNumber(value: true)
    private static let kFalse = NSNumber(value: false)

    /// JSON type name as used in error messages ("null", "boolean", "number", "string", "array", "object").
    public var typeName: String {
      switch self {
      case .null: "null"
      case .bool: "boolean"
      case .number: "number"
      case .string: "string"
      case .array: "array"
      case .object: "object"
      }
    }

    /// Compact JSON text; object keys are sorted.
    public var description: String {
      switch self {
      case .null: return "null"
      case .bool(let value): return value ? "true" : "false"
      case .number(let value):
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
      case .string(let value): return Self.quote(value)
      case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
      case .object(let members):
        return "{" + members.keys.sorted().map { "\(Self.quote($0)): \(members[$0]!)" }.joined(separator: ", ") + "}"
      }
    }

    /// `description`, shortened to about `limit` characters.
    func brief(_ limit: Int = 60) -> String {
      let text = description
      return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    static func quote(_ string: String) -> String {
      var result = "\""
      for scalar in string.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
        default: result.unicodeScalars.append(scalar)
        }
      }
      return result + "\""
    }
  }

  /// One validation failure: where (a JSON pointer into the instance, `""` for the root) and what.
  public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public init(path: String, message: String) {
      self.path = path
      self.message = message
    }

    /// `"/rules/3/severity: \"fatal\" is not one of [...]"`; the root is shown as `(root)`.
    public var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
  }

  /// A problem with the schema itself, or input that is not JSON.
  public enum SchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    case notJSON(String)
    case unsupportedKeyword(path: String, keyword: String)
    case unresolvedReference(path: String, reference: String)
    case invalidPattern(path: String, pattern: String)
    case malformed(path: String, message: String)

    public var description: String {
      switch self {
      case .notJSON(let message): "not JSON: \(message)"
      case .unsupportedKeyword(let path, let keyword):
        "schema \(path.isEmpty ? "#" : "#" + path): unsupported keyword \"\(keyword)\""
      case .unresolvedReference(let path, let reference):
        "schema \(path.isEmpty ? "#" : "#" + path): cannot resolve $ref \"\(reference)\""
      case .invalidPattern(let path, let pattern): "schema #\(path): invalid pattern \(Value.quote(pattern))"
      case .malformed(let path, let message): "schema \(path.isEmpty ? "#" : "#" + path): \(message)"
      }
    }
  }

  /// Keywords that are checked.
  public static let assertionKeywords: Set<String> = [
    "type", "properties", "required", "additionalProperties", "propertyNames", "items", "enum", "const", "pattern",
    "minLength", "minItems", "minimum", "minProperties", "maxProperties", "oneOf", "anyOf", "$ref",
  ]

  /// Keywords that are accepted and ignored.
  public static let annotationKeywords: Set<String> = [
    "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "markdownDescription", "default",
    "examples", "deprecated",
  ]

  public let schema: Value
  private let patterns: [String: NSRegularExpression]

  /// - Parameter schema: the schema as a `Value` or as `JSONSerialization` output.
  /// - Throws: `SchemaError` when the schema uses an unsupported keyword, a `$ref` does not resolve, a pattern does
  ///   not compile or a keyword has a value of the wrong shape.
  public init(schema: Any) throws {
    let root = try Value(jsonObject: schema)
    self.schema = root
    var patterns: [String: NSRegularExpression] = [:]
    try Self.check(schema: root, root: root, path: [], patterns: &patterns)
    self.patterns = patterns
  }

  public convenience init(schemaData: Data) throws {
    try self.init(schema: try Value(data: schemaData))
  }

  public convenience init(contentsOf url: URL) throws {
    try self.init(schemaData: try Data(contentsOf: url))
  }

  /// Validates a parsed value; returns every failure, in document order (empty when valid).
  public func validate(_ instance: Value) -> [ValidationError] {
    validate(instance, against: schema, at: []).map {
      ValidationError(path: Self.pointer($0.path), message: $0.message)
    }
  }

  /// Validates `JSONSerialization` output (or equivalent Swift values).
  public func validate(jsonObject: Any) throws -> [ValidationError] {
    validate(try Value(jsonObject: jsonObject))
  }

  /// Parses and validates JSON text. Throws `SchemaError.notJSON` when the data is not JSON.
  public func validate(data: Data) throws -> [ValidationError] {
    validate(try Value(data: data))
  }

  // MARK: - Validation

  private struct Issue {
    enum Kind: Equatable {
      case type([String])  // expected types
      case const(Value)  // expected constant (used as a discriminator in oneOf/anyOf)
      case missing(String, discriminator: Value?)  // missing property; its const, if the property has one
      case other
    }

    var path: [String]
    var message: String
    var kind: Kind = .other
  }

  private func validate(_ value: Value, against schema: Value, at path: [String]) -> [Issue] {
    guard case .object(let keywords) = schema else {
      if case .bool(false) = schema { return [Issue(path: path, message: "no value is allowed here")] }
      return []
    }
    var issues: [Issue] = []

    if let type = keywords["type"] {
      let expected = Self.typeNames(type)
      if !expected.contains(where: { Self.value(value, hasType: $0) }) {
        let got = value.typeName == "number" && expected == ["integer"] ? "number" : value.typeName
        let shown = ["object", "array", "null"].contains(value.typeName) ? got : "\(got) \(value.brief())"
        return [
          Issue(
            path: path, message: "expected \(expected.joined(separator: " or ")), got \(shown)", kind: .type(expected))
        ]
      }
    }
    if case .string(let reference)? = keywords["$ref"], let target = Self.resolve(reference, in: self.schema) {
      issues += validate(value, against: target, at: path)
    }
    if let constant = keywords["const"], constant != value {
      issues.append(
        Issue(path: path, message: "expected \(constant.brief()), got \(value.brief())", kind: .const(constant)))
    }
    if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
      let list = allowed.map(\.description).joined(separator: ", ")
      issues.append(Issue(path: path, message: "\(value.brief()) is not one of [\(list)]"))
    }

    switch value {
    case .string(let string):
      if case .number(let minimum)? = keywords["minLength"], Double(string.unicodeScalars.count) < minimum {
        issues.append(
          Issue(path: path, message: Self.atLeast(Int(minimum), "character", got: string.unicodeScalars.count)))
      }
      if case .string(let pattern)? = keywords["pattern"], let regex = patterns[pattern] {
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        if regex.firstMatch(in: string, options: [], range: range) == nil {
          issues.append(Issue(path: path, message: "\(value.brief()) does not match pattern \(pattern)"))
        }
      }
    case .number(let number):
      if case .number(let minimum)? = keywords["minimum"], number < minimum {
        issues.append(Issue(path: path, message: "\(value) is less than the minimum \(Value.number(minimum))"))
      }
    case .array(let items):
      if case .number(let minimum)? = keywords["minItems"], Double(items.count) < minimum {
        issues.append(Issue(path: path, message: Self.atLeast(Int(minimum), "item", got: items.count)))
      }
      if let itemSchema = keywords["items"] {
        for (index, item) in items.enumerated() {
          issues += validate(item, against: itemSchema, at: path + [String(index)])
        }
      }
    case .object(let members):
      if case .number(let minimum)? = keywords["minProperties"], Double(members.count) < minimum {
        issues.append(Issue(path: path, message: "fewer than \(Int(minimum)) properties"))
      }
      if case .number(let maximum)? = keywords["maxProperties"], Double(members.count) > maximum {
        issues.append(Issue(path: path, message: "more than \(Int(maximum)) properties"))
      }
      var properties: [String: Value] = [:]
      if case .object(let declared)? = keywords["properties"] { properties = declared }
      if case .array(let required)? = keywords["required"] {
        for case .string(let name) in required where members[name] == nil {
          var discriminator: Value?
          if let property = properties[name], case .object(let inner) = Self.dereference(property, in: self.schema) {
            discriminator = inner["const"]
          }
          issues.append(
            Issue(
              path: path, message: "missing required property \(Value.quote(name))",
              kind: .missing(name, discriminator: discriminator))
          )
        }
      }
      for name in members.keys.sorted() {
        let member = members[name]!
        if let nameSchema = keywords["propertyNames"] {
          issues += validate(.string(name), against: nameSchema, at: path + [name]).map {
            Issue(path: $0.path, message: "property name: \($0.message)")
          }
        }
        if let propertySchema = properties[name] {
          issues += validate(member, against: propertySchema, at: path + [name])
        } else if let additional = keywords["additionalProperties"] {
          if case .bool(false) = additional {
            let allowed = properties.keys.sorted().joined(separator: ", ")
            issues.append(
              Issue(
                path: path + [name],
                message: "unknown property \(Value.quote(name))" + (allowed.isEmpty ? "" : " (allowed: \(allowed))"))
            )
          } else {
            issues += validate(member, against: additional, at: path + [name])
          }
        }
      }
    case .null, .bool:
      break
    }

    if case .array(let branches)? = keywords["oneOf"] {
      issues += combine(value, branches, at: path, exactlyOne: true)
    }
    if case .array(let branches)? = keywords["anyOf"] {
      issues += combine(value, branches, at: path, exactlyOne: false)
    }
    return issues
  }

  /// `oneOf` / `anyOf`. When no branch matches, reports the failures of the branch the value was most likely meant
  /// for: branches of the wrong type and branches whose discriminator (`const` property such as `"type": "phrase"`)
  /// does not match are set aside first.
  private func combine(_ value: Value, _ branches: [Value], at path: [String], exactlyOne: Bool) -> [Issue] {
    let results = branches.map { validate(value, against: $0, at: path) }
    let matching = results.indices.filter { results[$0].isEmpty }
    if exactlyOne && matching.count > 1 {
      let list = matching.map(String.init).joined(separator: ", ")
      return [Issue(path: path, message: "matches more than one alternative of oneOf (\(list))")]
    }
    if !matching.isEmpty { return [] }

    func wrongType(_ issues: [Issue]) -> [String]? {
      for issue in issues where issue.path == path {
        if case .type(let expected) = issue.kind { return expected }
      }
      return nil
    }
    let typed = results.indices.filter { wrongType(results[$0]) == nil }
    if typed.isEmpty {
      var expected: [String] = []
      for result in results {
        for name in wrongType(result) ?? [] where !expected.contains(name) { expected.append(name) }
      }
      let shown =
        ["object", "array", "null"].contains(value.typeName) ? value.typeName : "\(value.typeName) \(value.brief())"
      return [
        Issue(
          path: path, message: "expected \(expected.joined(separator: " or ")), got \(shown)", kind: .type(expected))
      ]
    }

    // A discriminator failure: a const on a direct member, or a missing member that has a const.
    enum Discriminator: Equatable {
      case const(path: [String], expected: Value)
      case missing(name: String, expected: Value)
    }
    func discriminator(_ issues: [Issue]) -> Discriminator? {
      for issue in issues {
        if case .const(let expected) = issue.kind, issue.path.count == path.count + 1,
          Array(issue.path.prefix(path.count)) == path
        {
          return .const(path: issue.path, expected: expected)
        }
        if case .missing(let name, let expected?) = issue.kind, issue.path == path {
          return .missing(name: name, expected: expected)
        }
      }
      return nil
    }
    let candidates = typed.filter { discriminator(results[$0]) == nil }
    if candidates.isEmpty {
      let failures = typed.compactMap { discriminator(results[$0]) }
      if case .const(let failedPath, _)? = failures.first,
        failures.allSatisfy({ if case .const(failedPath, _) = $0 { true } else { false } })
      {
        let expected = failures.compactMap { if case .const(_, let value) = $0 { value } else { nil } }
        var got = value
        for component in failedPath.dropFirst(path.count) {
          if case .object(let members) = got { got = members[component] ?? .null }
        }
        let list = expected.map(\.description).joined(separator: ", ")
        return [Issue(path: failedPath, message: "\(got.brief()) is not one of [\(list)]")]
      }
      if case .missing(let name, _)? = failures.first,
        failures.allSatisfy({ if case .missing(name, _) = $0 { true } else { false } })
      {
        let expected = failures.compactMap { if case .missing(_, let value) = $0 { value } else { nil } }
        let list = expected.map(\.description).joined(separator: ", ")
        return [Issue(path: path, message: "missing required property \(Value.quote(name)) (one of [\(list)])")]
      }
    }
    // Prefer the branch that declares most of the object's members, then the one with the fewest failures.
    let pool = (candidates.isEmpty ? typed : candidates).map { index in
      (issues: results[index], declared: declaredMembers(of: branches[index], in: value))
    }
    let best = pool.min { $0.declared != $1.declared ? $0.declared > $1.declared : $0.issues.count < $1.issues.count }!
    return best.issues
  }

  /// How many members of `value` (an object) are declared in the `properties` of `schema`.
  private func declaredMembers(of schema: Value, in value: Value) -> Int {
    guard case .object(let members) = value, case .object(let keywords) = Self.dereference(schema, in: self.schema),
      case .object(let properties)? = keywords["properties"]
    else { return 0 }
    return members.keys.filter { properties[$0] != nil }.count
  }

  // MARK: - Helpers

  private static func typeNames(_ type: Value) -> [String] {
    switch type {
    case .string(let name): [name]
    case .array(let names): names.compactMap { if case .string(let name) = $0 { name } else { nil } }
    default: []
    }
  }

  private static func value(_ value: Value, hasType type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
      ("object", .object):
      true
    case ("integer", .number(let number)):
      number.rounded() == number && number.isFinite
    default:
      false
    }
  }

  private static func atLeast(_ minimum: Int, _ noun: String, got: Int) -> String {
    "expected at least \(minimum) \(noun)\(minimum == 1 ? "" : "s"), got \(got)"
  }

  /// JSON pointer (RFC 6901) for a list of reference tokens.
  static func pointer(_ tokens: [String]) -> String {
    tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }.joined()
  }

  /// Resolves a local `$ref` (`#`, `#/$defs/name`, `#/definitions/name`, any `#/json/pointer`).
  private static func resolve(_ reference: String, in root: Value) -> Value? {
    guard reference.hasPrefix("#") else { return nil }
    let fragment = reference.dropFirst()
    if fragment.isEmpty { return root }
    guard fragment.hasPrefix("/") else { return nil }
    var current = root
    for rawToken in fragment.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      let token = (String(rawToken).removingPercentEncoding ?? String(rawToken))
        .replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
      switch current {
      case .object(let members):
        guard let next = members[token] else { return nil }
        current = next
      case .array(let items):
        guard let index = Int(token), items.indices.contains(index) else { return nil }
        current = items[index]
      default:
        return nil
      }
    }
    return current
  }

  /// Follows `$ref` chains (used to find a property's `const`).
  private static func dereference(_ schema: Value, in root: Value) -> Value {
    var current = schema
    for _ in 0..<32 {
      guard case .object(let keywords) = current, case .string(let reference)? = keywords["$ref"],
        let target = resolve(reference, in: root)
      else { break }
      current = target
    }
    return current
  }

  // MARK: - Schema check

  private static func check(schema: Value, root: Value, path: [String], patterns: inout [String: NSRegularExpression])
    throws
  {
    let at = pointer(path)
    guard case .object(let keywords) = schema else {
      if case .bool = schema { return }
      throw SchemaError.malformed(path: at, message: "a schema must be an object or a boolean")
    }
    for keyword in keywords.keys.sorted() {
      let value = keywords[keyword]!
      let here = path + [keyword]
      func malformed(_ message: String) -> SchemaError {
        .malformed(path: pointer(here), message: "\(keyword): \(message)")
      }
      switch keyword {
      case "$defs", "definitions", "properties":
        guard case .object(let members) = value else { throw malformed("must be an object") }
        for name in members.keys.sorted() {
          try check(schema: members[name]!, root: root, path: here + [name], patterns: &patterns)
        }
      case "additionalProperties", "items", "propertyNames":
        if case .array = value { throw malformed("must be a single schema (tuple form is not supported)") }
        try check(schema: value, root: root, path: here, patterns: &patterns)
      case "oneOf", "anyOf":
        guard case .array(let branches) = value, !branches.isEmpty else { throw malformed("must be a non-empty array") }
        for (index, branch) in branches.enumerated() {
          try check(schema: branch, root: root, path: here + [String(index)], patterns: &patterns)
        }
      case "$ref":
        guard case .string(let reference) = value else { throw malformed("must be a string") }
        guard resolve(reference, in: root) != nil else {
          throw SchemaError.unresolvedReference(path: at, reference: reference)
        }
      case "type":
        let names = typeNames(value)
        let known: Set = ["null", "boolean", "number", "integer", "string", "array", "object"]
        guard !names.isEmpty, names.allSatisfy(known.contains) else { throw malformed("unknown type \(value)") }
        if case .array(let list) = value, list.count != names.count { throw malformed("must list type names") }
      case "required":
        guard case .array(let names) = value, names.allSatisfy({ if case .string = $0 { true } else { false } }) else {
          throw malformed("must be an array of strings")
        }
      case "enum":
        guard case .array = value else { throw malformed("must be an array") }
      case "pattern":
        guard case .string(let pattern) = value else { throw malformed("must be a string") }
        if patterns[pattern] == nil {
          guard let regex = try? NSRegularExpression(pattern: pattern) else {
            throw SchemaError.invalidPattern(path: pointer(here), pattern: pattern)
          }
          patterns[pattern] = regex
        }
      case "minLength", "minItems", "minProperties", "maxProperties":
        guard case .number(let number) = value, number >= 0, number.rounded() == number else {
          throw malformed("must be a non-negative integer")
        }
      case "minimum":
        guard case .number = value else { throw malformed("must be a number") }
      case "const":
        break
      case _ where annotationKeywords.contains(keyword):
        break
      default:
        throw SchemaError.unsupportedKeyword(path: at, keyword: keyword)
      }
    }
  }
}
