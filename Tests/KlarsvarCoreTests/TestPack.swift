import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// Small rule packs built in memory for the engine tests (the JSON from `PackJSON`), and helpers to
/// lint with them.
///
/// Helpers that assert take the caller's `file` and `line`, so a failure points at the test.
typealias TestPack = PackJSON

extension PackJSON {
  /// A pack folder named `test/<id>` holding `pack.json`, `rules.json` and any extra files.
  static func folder(
    id: String = "test", rules: [[String: Any]], extra: [String: Any] = [:], rawFiles: [String: String] = [:]
  ) -> PackFolder {
    let files = files(id: id, rules: rules, extra: extra, rawFiles: rawFiles)
    return PackFolder(
      displayPath: "test/\(id)", files: files.map { PackFolder.File(name: $0.name, contents: $0.contents) },
      isBuiltIn: false)
  }

  /// The built-in language data (word forms, function words, expressions) without any rules: rule types
  /// that read clauses and lemmas need it, as they do in real use.
  // Computed, not stored: a `Data` kept in a global until exit is reported by LeakSanitizer.
  static var languageData: [PackFolder] { PackFolder.builtIn.filter { $0.displayPath == "rules/sv-sprak" } }

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

  /// Metadata of a rule that no pack holds, for tests that build findings or compiled rules by hand.
  static func metadata(_ id: String, _ category: RuleCategory, _ severity: Severity) -> RuleMetadata {
    RuleMetadata(
      id: id, type: "phrase", category: category, severity: severity, message: "Meddelande för {match}",
      explanation: "Förklaring av \(id).", reference: nil, kinds: Set(DocumentKind.allCases), suggestions: [],
      examples: RuleExamples(flag: [], pass: []), packID: "test-pack", file: "rules/test.json")
  }

  /// UTF-8 range of the `occurrence`-th appearance of `needle` in `text` (byte-exact, no normalisation).
  static func range(
    of needle: String, in text: String, occurrence: Int = 0, file: StaticString = #filePath, line: UInt = #line
  ) -> TextRange {
    guard let found = UTF8Search.range(of: needle, in: text, occurrence: occurrence) else {
      XCTFail("\"\(needle)\" (occurrence \(occurrence)) not found in \"\(text)\"", file: file, line: line)
      return TextRange(0, 0)
    }
    return TextRange(found.lowerBound, found.upperBound)
  }
}
