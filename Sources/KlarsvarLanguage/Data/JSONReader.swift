import KlarsvarJSON

/// Strict reading of a JSON value at a known path: wrong types and unknown keys throw `LanguageDataError`.
struct JSONReader {
  let value: JSONValue
  let path: String

  init(_ value: JSONValue, path: String) {
    self.value = value
    self.path = path
  }

  func error(_ message: String) -> LanguageDataError {
    LanguageDataError(path: path.isEmpty ? "/" : path, message: message)
  }

  /// The members of an object, after checking that it has no keys outside `allowed`.
  func object(allowed: Set<String>? = nil) throws(LanguageDataError) -> [String: JSONValue] {
    guard case .object(let members) = value else { throw error("ska vara ett objekt, är \(typeName)") }
    if let allowed {
      for key in members.keys.sorted() where !allowed.contains(key) {
        let list = allowed.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        throw child(key).error("okänd nyckel \"\(key)\" (tillåtna: \(list))")
      }
    }
    return members
  }

  func array() throws(LanguageDataError) -> [JSONValue] {
    guard case .array(let items) = value else { throw error("ska vara en lista, är \(typeName)") }
    return items
  }

  func string() throws(LanguageDataError) -> String {
    guard case .string(let string) = value else { throw error("ska vara en sträng, är \(typeName)") }
    return string
  }

  /// A non-empty string.
  func word() throws(LanguageDataError) -> String {
    let string = try string()
    guard !string.isEmpty else { throw error("får inte vara tom") }
    return string
  }

  func bool() throws(LanguageDataError) -> Bool {
    guard case .bool(let bool) = value else { throw error("ska vara true eller false, är \(typeName)") }
    return bool
  }

  func number() throws(LanguageDataError) -> Double {
    switch value {
    case .int(let int): return Double(int)
    case .double(let double): return double
    default: throw error("ska vara ett tal, är \(typeName)")
    }
  }

  /// A string or a list of strings (alternatives; the first is preferred).
  func strings() throws(LanguageDataError) -> [String] {
    if case .string = value { return [try word()] }
    let items = try array()
    guard !items.isEmpty else { throw error("får inte vara en tom lista") }
    var result: [String] = []
    for index in items.indices { result.append(try child(index).word()) }
    return result
  }

  /// A list whose items are all strings.
  func stringList() throws(LanguageDataError) -> [String] {
    var result: [String] = []
    for (index, item) in try array().enumerated() {
      result.append(try JSONReader(item, path: path + "/\(index)").word())
    }
    return result
  }

  func child(_ key: String) -> JSONReader {
    JSONReader(value[key] ?? .null, path: path + "/" + key)
  }

  func child(_ index: Int) -> JSONReader {
    let items = value.arrayValue ?? []
    return JSONReader(index < items.count ? items[index] : .null, path: path + "/\(index)")
  }

  /// The member `key` of `members`, or an error naming it as missing.
  func required(_ key: String, in members: [String: JSONValue]) throws(LanguageDataError) -> JSONReader {
    guard let member = members[key] else { throw error("saknar den obligatoriska nyckeln \"\(key)\"") }
    return JSONReader(member, path: path + "/" + key)
  }

  func optional(_ key: String, in members: [String: JSONValue]) -> JSONReader? {
    members[key].map { JSONReader($0, path: path + "/" + key) }
  }

  /// The single top-level key of a pack data file, checked against the expected one.
  static func topLevel(_ value: JSONValue, key: String) throws(LanguageDataError) -> JSONReader {
    let root = JSONReader(value, path: "")
    let members = try root.object()
    guard members.count == 1, let member = members[key] else {
      let found = members.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
      throw root.error("filen ska ha exakt en nyckel på toppnivå, \"\(key)\" (hittade: \(found))")
    }
    return JSONReader(member, path: "/" + key)
  }

  private var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "ett sanningsvärde"
    case .int, .double: "ett tal"
    case .string: "en sträng"
    case .array: "en lista"
    case .object: "ett objekt"
    }
  }
}
