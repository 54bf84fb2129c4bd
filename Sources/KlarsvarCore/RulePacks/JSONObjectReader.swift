import Foundation

/// Strict reading of a decoded JSON object: typed accessors that record the JSON path, and a
/// final check that rejects keys nobody asked for.
struct JSONObjectReader {
  struct Failure: Error {
    var path: String
    var message: String
  }

  let object: [String: Any]
  let path: String
  /// Keys asked for; a handful per object, so a list is cheaper than a set.
  private var used: [String] = []

  init(_ value: Any, path: String) throws {
    guard let object = value as? [String: Any] else { throw Failure(path: path, message: "ska vara ett objekt") }
    self.object = object
    self.path = path
  }

  func child(_ key: String) -> String { path + "/" + key }

  private mutating func markUsed(_ key: String) {
    if !used.contains(key) { used.append(key) }
  }

  mutating func has(_ key: String) -> Bool {
    markUsed(key)
    return object[key].map { !Self.isNull($0) } ?? false
  }

  mutating func value(_ key: String) throws -> Any {
    markUsed(key)
    guard let value = object[key], !Self.isNull(value) else {
      throw Failure(path: child(key), message: "obligatoriskt fält saknas")
    }
    return value
  }

  mutating func string(_ key: String) throws -> String {
    let raw = try value(key)
    guard let text = Self.asString(raw) else { throw Failure(path: child(key), message: "ska vara en sträng") }
    return text
  }

  mutating func optionalString(_ key: String) throws -> String? {
    has(key) ? try string(key) : nil
  }

  mutating func optionalBool(_ key: String) throws -> Bool? {
    guard has(key) else { return nil }
    guard let flag = Self.asBool(try value(key)) else {
      throw Failure(path: child(key), message: "ska vara true eller false")
    }
    return flag
  }

  mutating func optionalNumber(_ key: String) throws -> Double? {
    guard has(key) else { return nil }
    guard let number = Self.asNumber(try value(key)) else {
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

  mutating func array(_ key: String) throws -> [Any] {
    guard let items = try value(key) as? [Any] else { throw Failure(path: child(key), message: "ska vara en lista") }
    return items
  }

  mutating func optionalArray(_ key: String) throws -> [Any]? {
    has(key) ? try array(key) : nil
  }

  mutating func stringArray(_ key: String) throws -> [String] {
    try array(key).enumerated().map { index, item in
      guard let text = Self.asString(item) else {
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

  /// Rejects keys that were never read.
  func finish() throws {
    guard object.keys.contains(where: { !used.contains($0) }) else { return }
    let unknown = object.keys.filter { !used.contains($0) }.sorted()
    if let first = unknown.first {
      throw Failure(path: child(first), message: "okänt fält \"\(first)\"")
    }
  }

  /// `is NSNull` would bridge a large array to find out; comparing the dynamic type is cheap.
  static func isNull(_ value: Any) -> Bool { type(of: value) == NSNull.self }

  static func asString(_ value: Any) -> String? {
    value as? String
  }

  /// JSONSerialization gives NSNumber for both booleans and numbers; only booleans are `__NSCFBoolean`,
  /// the class of `NSNumber(value: true)`. (Comparing types is cheap; printing a type's name is not.)
  static func isBoolean(_ value: Any) -> Bool {
    type(of: value) == booleanType
  }

  private static let booleanType: Any.Type = type(of: NSNumber(value: true))

  static func asBool(_ value: Any) -> Bool? {
    isBoolean(value) ? (value as? Bool) : nil
  }

  static func asNumber(_ value: Any) -> Double? {
    guard !isBoolean(value) else { return nil }
    if let number = value as? Double { return number }
    if let number = value as? Int { return Double(number) }
    if let number = value as? NSNumber { return number.doubleValue }
    return nil
  }
}
