import KlarsvarJSON

/// The contents of a pack's `pack.json`.
public struct PackManifest: Sendable, Hashable {
  public static let supportedSchemaVersion = 1

  public var id: String
  public var name: String
  public var language: String
  public var version: String
  public var description: String

  init(reading value: JSONValue) throws {
    var reader = try JSONObjectReader(value, path: "")
    try reader.acceptSchemaReference()
    if let schemaVersion = try reader.optionalInt("schemaVersion"), schemaVersion != Self.supportedSchemaVersion {
      throw JSONObjectReader.Failure(
        path: "/schemaVersion",
        message: "schemaVersion \(schemaVersion) stöds inte (klarsvar läser version \(Self.supportedSchemaVersion))")
    }
    id = try reader.string("id")
    name = try reader.string("name")
    language = try reader.string("language")
    version = try reader.string("version")
    description = try reader.string("description")
    try reader.finish()
    guard RuleIdentifier.isValid(id) else {
      throw JSONObjectReader.Failure(path: "/id", message: "\"\(id)\" ska vara gemener, siffror och bindestreck")
    }
  }
}

/// Rule and pack ids: lower-case ASCII words joined by `-` (optionally `.` or `/` between parts).
enum RuleIdentifier {
  static func isValid(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else {
      return false
    }
    return id.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." || scalar == "/"
    } && !id.hasSuffix("-")
  }
}
