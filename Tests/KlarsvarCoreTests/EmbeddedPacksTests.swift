import Foundation
import XCTest

@testable import KlarsvarCore

/// The packs the build plugin embeds in the binary are exactly the repository's `rules/`, and every shipped rule
/// documents itself with examples.
final class EmbeddedPacksTests: XCTestCase {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private static let regenerate = "the EmbedPacks build plugin did not copy rules/ faithfully"

  /// Pack folder name → file name → bytes, for every folder of `rules/` holding a `pack.json`.
  private func packsOnDisk() throws -> [String: [String: Data]] {
    let rules = Self.repository.appendingPathComponent("rules")
    let manager = FileManager.default
    var packs: [String: [String: Data]] = [:]
    for name in try manager.contentsOfDirectory(atPath: rules.path) {
      let folder = rules.appendingPathComponent(name)
      guard manager.fileExists(atPath: folder.appendingPathComponent("pack.json").path) else { continue }
      var files: [String: Data] = [:]
      for file in try manager.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
        files[file] = try Data(contentsOf: folder.appendingPathComponent(file))
      }
      packs[name] = files
    }
    return packs
  }

  func testShippedPacksLoadWithoutErrors() {
    let result = RuleSetLoader.load(PackFolder.builtIn)
    XCTAssertEqual(result.errors.map(\.description), [])
    XCTAssertEqual(
      Set(result.ruleSet.rules.map(\.metadata.type)), Set(RuleTypes.all.map { $0.typeName }), "every type is used")
  }

  func testEveryShippedRuleHasAtLeastTwoFlagAndTwoPassExamples() {
    let rules = RuleSetLoader.load(PackFolder.builtIn).ruleSet.rules.map(\.metadata)
    XCTAssertFalse(rules.isEmpty)
    for rule in rules {
      XCTAssertGreaterThanOrEqual(rule.examples.flag.count, 2, "\(rule.file): \(rule.id) needs ≥ 2 flag examples")
      XCTAssertGreaterThanOrEqual(rule.examples.pass.count, 2, "\(rule.file): \(rule.id) needs ≥ 2 pass examples")
      XCTAssertFalse(rule.explanation.isEmpty, "\(rule.id) has no explanation")
    }
  }

  func testEmbeddedCopyEqualsRulesFolderByteForByte() throws {
    let disk = try packsOnDisk()
    XCTAssertFalse(disk.isEmpty, "no packs found under \(Self.repository.path)/rules")
    let embedded = PackFolder.builtIn
    XCTAssertEqual(
      embedded.map(\.displayPath), disk.keys.sorted().map { "rules/\($0)" }, "packs differ; \(Self.regenerate)")
    for folder in embedded {
      XCTAssertTrue(folder.isBuiltIn)
      let name = String(folder.displayPath.dropFirst("rules/".count))
      let files = disk[name] ?? [:]
      XCTAssertEqual(folder.files.map(\.name), files.keys.sorted(), "files of \(name) differ; \(Self.regenerate)")
      for file in folder.files {
        guard let bytes = files[file.name] else { continue }
        XCTAssertTrue(
          file.contents == bytes,
          "rules/\(name)/\(file.name) differs from the embedded copy (\(file.contents.count) vs \(bytes.count) bytes); "
            + Self.regenerate)
      }
    }
  }
}
