import KlarsvarJSON

/// A referral body and how to reach it, as pack data so a number is updated without a release.
public struct Contact: Sendable, Hashable {
  public let id: String
  public let name: String
  public let aliases: [String]
  /// Bare domain, e.g. `ivo.se`.
  public let website: String?
  public let phone: String?
  public let outdatedPhones: [String]
  public let outdatedWebsites: [String]
  /// False when a value still needs verifying; templates then insert it as a placeholder.
  public let confirmed: Bool
  public let note: String?

  init(reading value: JSONValue, path: String) throws {
    var reader = try JSONObjectReader(value, path: path)
    id = try reader.string("id")
    name = try reader.string("name")
    aliases = try reader.optionalStringArray("aliases") ?? []
    website = try reader.optionalString("website").map(Self.bareDomain)
    phone = try reader.optionalString("phone")
    outdatedPhones = try reader.optionalStringArray("outdatedPhones") ?? []
    outdatedWebsites = (try reader.optionalStringArray("outdatedWebsites") ?? []).map(Self.bareDomain)
    confirmed = try reader.optionalBool("confirmed") ?? true
    note = try reader.optionalString("note")
    try reader.finish()
    guard RuleIdentifier.isValid(id) else {
      throw JSONObjectReader.Failure(path: path + "/id", message: "\"\(id)\" ska vara gemener, siffror och bindestreck")
    }
    if let phone, PhoneNumbers.digits(of: phone).isEmpty {
      throw JSONObjectReader.Failure(path: path + "/phone", message: "\"\(phone)\" innehåller inga siffror")
    }
  }

  /// `https://www.ivo.se/` → `ivo.se`.
  static func bareDomain(_ text: String) -> String {
    var domain = text.lowercased()
    for prefix in ["https://", "http://"] where domain.hasPrefix(prefix) { domain.removeFirst(prefix.count) }
    if domain.hasPrefix("www.") { domain.removeFirst(4) }
    while domain.hasSuffix("/") { domain.removeLast() }
    return domain
  }

  /// The value a template slot such as `{contact:ivo.phone}` stands for.
  func value(of field: String) -> String? {
    let raw: String?
    switch field {
    case "name": raw = name
    case "phone": raw = phone
    case "website": raw = website
    default: return nil
    }
    guard let raw else { return nil }
    // Unverified facts go in as a placeholder the writer must resolve, never as a silent claim.
    return confirmed || field == "name" ? raw : "[[kontrollera: \(raw)]]"
  }
}
