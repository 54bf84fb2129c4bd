import Foundation
import TestSupport
import XCTest

/// `klarsvar --version`: the program's version first, then every pack under `rules/` with the version
/// its pack.json states, read here from the repository so a bumped pack cannot be forgotten.
final class VersionOutputTests: XCTestCase {
  static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("rules")

  func testVersionListsEveryBuiltInPackWithItsVersion() throws {
    let run = try KlarsvarBinary.locate().run(["--version"], in: FileManager.default.temporaryDirectory)
    XCTAssertEqual(run.status, 0, run.stderr)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    let first = try XCTUnwrap(lines.first)
    XCTAssertNotNil(first.wholeMatch(of: /klarsvar \d+\.\d+\.\d+/), first)
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.rules.path).filter {
      FileManager.default.fileExists(atPath: Self.rules.appendingPathComponent($0 + "/pack.json").path)
    }
    XCTAssertGreaterThanOrEqual(folders.count, 3, "\(folders)")
    for folder in folders {
      let data = try Data(contentsOf: Self.rules.appendingPathComponent(folder + "/pack.json"))
      let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
      let id = try XCTUnwrap(manifest["id"] as? String)
      let version = try XCTUnwrap(manifest["version"] as? String)
      XCTAssertTrue(lines.contains { $0.hasPrefix("  \(id) \(version) ") }, "\(id) \(version) saknas i:\n\(run.stdout)")
    }
    XCTAssertEqual(lines.count, 2 + folders.count, run.stdout)
  }

  func testShortFlagAndSubcommandSayTheSame() throws {
    let binary = try KlarsvarBinary.locate()
    let long = try binary.run(["--version"], in: FileManager.default.temporaryDirectory)
    for spelling in ["-V", "version"] {
      let other = try binary.run([spelling], in: FileManager.default.temporaryDirectory)
      XCTAssertEqual(other.stdout, long.stdout, spelling)
    }
  }
}
