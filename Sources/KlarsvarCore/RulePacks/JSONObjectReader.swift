import KlarsvarJSON

/// Strict reading of a JSON object: typed accessors that record the JSON path, and a final check
/// that rejects keys nobody asked for.
struct JSONObjectReader {
  struct Failure: Error {
    var path: String
    var message: String
  }

  let object: [String: JSONValue]
  let path: String
  /// Keys asked for; a handful per object, so a list is cheaper than a set.
  private var used: [String] = []

  init(_ value: JSONValue, path: String) throws {
    guard let object = value.objectValue else { throw Failure(path: path, message: "ska vara ett objekt") }
    self.object = object
    self.path = path
  }

  func child(_ key: String) -> String { path + "/" + key }

  private mutating func markUsed(_ key: String) {
    if !used.contains(key) { used.append(key) }
  }

  mutating func has(_ key: String) -> Bool {
    markUsed(key)
    return object[key].map { !$0.isNull } ?? false
  }

  mutating func value(_ key: String) throws -> JSONValue {
    markUsed(key)
    guard let value = object[key], !value.isNull else {
      throw Failure(path: child(key), message: "obligatoriskt fält saknas")
    }
    return value
  }

  mutating func string(_ key: String) throws -> String {
    guard let text = try value(key).stringValue else { throw Failure(path: child(key), message: "ska vara en sträng") }
    return text
  }

  mutating func optionalString(_ key: String) throws -> String? {
    has(key) ? try string(key) : nil
  }

  mutating func optionalBool(_ key: String) throws -> Bool? {
    guard has(key) else { return nil }
    guard let flag = try value(key).boolValue else {
      throw Failure(path: child(key), message: "ska vara true eller false")
    }
    return flag
  }

  mutating func optionalNumber(_ key: String) throws -> Double? {
    guard has(key) else { return nil }
    guard let number = Self.number(try value(key)) else {
      throw Failure(path: child(key), message: "ska vara ett tal")
    }
    return number
  }

  mutating func optionalInt(_ key: String) throws -> Int? {
    guard let number = try optionalNumber(key) else { return nil }
    guard number == number.rounded(), number >= 0, number < 1_000_000 else {
      throw Failure(path: child(key), message: "ska vara ett icke-negativt heltal")
    }
    return Int(number)
  }

  mutating func array(_ key: String) throws -> [JSONValue] {
    guard let items = try value(key).arrayValue else { throw Failure(path: child(key), message: "ska vara en lista") }
    return items
  }

  mutating func optionalArray(_ key: String) throws -> [JSONValue]? {
    has(key) ? try array(key) : nil
  }

  mutating func stringArray(_ key: String) throws -> [String] {
    try array(key).enumerated().map { index, item in
      guard let text = item.stringValue else {
        throw Failure(path: "\(child(key))/\(index)", message: "ska vara en sträng")
      }
      return text
    }
  }

  mutating func optionalStringArray(_ key: String) throws -> [String]? {
    has(key) ? try stringArray(key) : nil
  }

  /// A string from a fixed set, with the valid values in the error.
  mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) throws -> T
  where T.RawValue == String {
    let text = try string(key)
    guard let value = T(rawValue: text) else {
      let allowed = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      throw Failure(path: child(key), message: "\"\(text)\" är inte ett giltigt värde; välj ett av \(allowed)")
    }
    return value
  }

  /// Accepts a top-level `"$schema"` (the address of a JSON Schema) so that editors which validate
  /// JSON can be pointed at ours; klarsvar itself has no use for it.
  mutating func acceptSchemaReference() throws {
    _ = try optionalString("$schema")
  }

  /// Rejects keys that were never read.
  func finish() throws {
    guard object.keys.contains(where: { !used.contains($0) }) else { return }
    let unknown = object.keys.filter { !used.contains($0) }.sorted()
    if let first = unknown.first {
      throw Failure(path: child(first), message: "okänt fält \"\(first)\"")
    }
  }

  /// A number of either kind as a `Double`.
  static func number(_ value: JSONValue) -> Double? {
    switch value {
    case .int(let number): Double(number)
    case .double(let number): number
    default: nil
    }
  }
}
