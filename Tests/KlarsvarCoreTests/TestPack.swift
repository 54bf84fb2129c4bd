import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// Small rule packs built in memory for the engine tests, and helpers to lint with them.
///
/// Helpers that assert take the caller's `file` and `line`, so a failure points at the test.
enum TestPack {
  /// A rule object with the common fields filled in; `fields` adds or replaces the rest.
  static func rule(
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

  static func json(_ value: Any) -> Data {
    try! JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
  }

  static func manifest(_ id: String) -> PackFolder.File {
    PackFolder.File(
      name: "pack.json",
      contents: json([
        "schemaVersion": 1, "id": id, "name": "Testpaket \(id)", "language": "sv", "version": "1.0.0",
        "description": "Regler för tester.",
      ]))
  }

  /// A pack folder named `test/<id>` holding `pack.json`, `rules.json` and any extra files.
  static func folder(
    id: String = "test", rules: [[String: Any]], extra: [String: Any] = [:], rawFiles: [String: String] = [:]
  ) -> PackFolder {
    var files = [manifest(id)]
    if !rules.isEmpty { files.append(PackFolder.File(name: "rules.json", contents: json(["rules": rules]))) }
    for (name, value) in extra { files.append(PackFolder.File(name: name, contents: json(value))) }
    for (name, text) in rawFiles { files.append(PackFolder.File(name: name, contents: Data(text.utf8))) }
    return PackFolder(displayPath: "test/\(id)", files: files, isBuiltIn: false)
  }

  /// The built-in language data (word forms, function words, expressions) without any rules: rule types
  /// that read clauses and lemmas need it, as they do in real use.
  static let languageData = PackFolder.builtIn.filter { $0.displayPath == "rules/sv-sprak" }

  /// Loads packs (after the built-in language data) and fails the calling test when any has an error.
  static func linter(
    _ folders: [PackFolder], file: StaticString = #filePath, line: UInt = #line
  ) -> Linter {
    let result = RuleSetLoader.load(languageData + folders)
    XCTAssertEqual(result.errors.map(\.description), [], "test pack failed to load", file: file, line: line)
    return Linter(ruleSet: result.ruleSet)
  }

  static func linter(
    rules: [[String: Any]], extra: [String: Any] = [:], file: StaticString = #filePath, line: UInt = #line
  ) -> Linter {
    linter([folder(rules: rules, extra: extra)], file: file, line: line)
  }

  /// A linter with one phrase rule `test-phrase` over `phrases`.
  static func phraseLinter(
    _ phrases: [Any], _ fields: [String: Any] = [:], file: StaticString = #filePath, line: UInt = #line
  ) -> Linter {
    var all = fields
    all["phrases"] = phrases
    return linter(rules: [rule("test-phrase", type: "phrase", all)], file: file, line: line)
  }

  /// The original text each finding of `ruleID` covers, in order.
  static func matched(
    _ linter: Linter, _ text: String, rule ruleID: String = "test-phrase", options: LintOptions = LintOptions()
  ) -> [String] {
    let result = linter.lint(text, options: options)
    return result.findings.filter { $0.ruleID == ruleID }.map { result.source.text(in: $0.range) }
  }

  /// UTF-8 range of the `occurrence`-th appearance of `needle` in `text` (byte-exact, no normalisation).
  static func range(
    of needle: String, in text: String, occurrence: Int = 0, file: StaticString = #filePath, line: UInt = #line
  ) -> TextRange {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var seen = 0
    if pattern.count <= haystack.count {
      for start in 0...(haystack.count - pattern.count)
      where Array(haystack[start..<(start + pattern.count)]) == pattern {
        if seen == occurrence { return TextRange(start, start + pattern.count) }
        seen += 1
      }
    }
    XCTFail("\"\(needle)\" (occurrence \(occurrence)) not found in \"\(text)\"", file: file, line: line)
    return TextRange(0, 0)
  }
}
