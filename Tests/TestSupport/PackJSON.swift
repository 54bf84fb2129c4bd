import Foundation

/// The JSON of small rule packs, built in memory: what the engine tests load and the command-line
/// tests write to disk.
public enum PackJSON {
  /// A rule object with the common fields filled in; `fields` adds or replaces the rest.
  public static func rule(
    _ id: String, type: String, category: String = "plain-language", severity: String = "warning",
    message: String = "Fynd: {match}", _ fields: [String: Any] = [:]
  ) -> [String: Any] {
    var rule: [String: Any] = [
      "id": id, "type": type, "category": category, "severity": severity, "message": message,
      "explanation": "Förklaring av \(id).", "examples": ["flag": [] as [Any], "pass": [] as [Any]],
    ]
    rule.merge(fields) { _, new in new }
    return rule
  }

  /// `value` as pretty-printed JSON with sorted keys.
  public static func json(_ value: Any) -> Data {
    try! JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
  }

  /// The manifest (`pack.json`) of a pack named `id`.
  public static func manifest(_ id: String) -> Data {
    json([
      "schemaVersion": 1, "id": id, "name": "Testpaket \(id)", "language": "sv", "version": "1.0.0",
      "description": "Regler för tester.",
    ])
  }

  /// The files of a pack: `pack.json`, `rules.json` (unless there are no rules) and any extra files,
  /// JSON values or raw text.
  public static func files(
    id: String, rules: [[String: Any]], extra: [String: Any] = [:], rawFiles: [String: String] = [:]
  ) -> [(name: String, contents: Data)] {
    var files = [(name: "pack.json", contents: manifest(id))]
    if !rules.isEmpty { files.append((name: "rules.json", contents: json(["rules": rules]))) }
    for (name, value) in extra { files.append((name: name, contents: json(value))) }
    for (name, text) in rawFiles { files.append((name: name, contents: Data(text.utf8))) }
    return files
  }
}
