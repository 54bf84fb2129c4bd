import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarReporting

/// SARIF names one file by one URI, and its rules point at documentation that exists.
final class SARIFLocationTests: XCTestCase {
  func testPathsAreNormalisedBeforeEncoding() {
    let cases: [(String, String, String?)] = [
      ("mallar/../mallar/svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      ("./mallar/./svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      ("mallar//svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      ("a/b/../../mallar/svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      // Outside the starting folder: kept, since nothing here knows what lies above it.
      ("../andra/svar.txt", "../andra/svar.txt", "%SRCROOT%"),
      ("/srv/mallar/../svar åäö.txt", "file:///srv/svar%20%C3%A5%C3%A4%C3%B6.txt", nil),
      ("/../svar.txt", "file:///svar.txt", nil),
    ]
    for (path, uri, base) in cases {
      let location = SARIFLog.ArtifactLocation(path: path)
      XCTAssertEqual(location.uri, uri, path)
      XCTAssertEqual(location.uriBaseId, base, path)
    }
  }

  func testPathsAreRelativeToTheWorkingDirectoryWhenItIsKnown() {
    let root = "/srv/brev"
    let cases: [(String, String, String?)] = [
      ("mallar/../mallar/svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      ("/srv/brev/mallar/./svar.txt", "mallar/svar.txt", "%SRCROOT%"),
      ("/srv/brev/../brev/svar.txt", "svar.txt", "%SRCROOT%"),
      // Outside the working directory: no base can hold it, so an absolute URI without one.
      ("../andra/svar.txt", "file:///srv/andra/svar.txt", nil),
      ("/srv/brevlåda/svar.txt", "file:///srv/brevl%C3%A5da/svar.txt", nil),
      ("/tmp/svar.txt", "file:///tmp/svar.txt", nil),
    ]
    for (path, uri, base) in cases {
      let location = SARIFLog.ArtifactLocation(path: path, workingDirectory: root)
      XCTAssertEqual(location.uri, uri, path)
      XCTAssertEqual(location.uriBaseId, base, path)
    }
    XCTAssertEqual(SARIFLog.ArtifactLocation(path: "svar.txt", workingDirectory: "/").uri, "svar.txt")
    XCTAssertEqual(SARIFLog.ArtifactLocation(folder: "/srv/brev").uri, "file:///srv/brev/")
    XCTAssertEqual(SARIFLog.ArtifactLocation(folder: "/").uri, "file:///")
  }

  func testRuleNamesAndDocumentationAnchors() throws {
    XCTAssertEqual(SARIFReporter.name(ofRule: "vag-tid"), "VagTid")
    XCTAssertEqual(SARIFReporter.name(ofRule: "kommun.brev/ton-2"), "KommunBrevTon2")
    // Every rule type's anchor is a heading of rules/README.md (GitHub's anchor: lower case, spaces
    // as hyphens, backticks dropped).
    let readme = try String(
      contentsOf: ReportingSample.fixtures.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("rules/README.md"), encoding: .utf8)
    let anchors = Set(
      readme.split(separator: "\n").filter { $0.hasPrefix("#") }.map { line in
        line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(
          of: "`", with: ""
        )
        .replacingOccurrences(of: " ", with: "-")
      })
    let types = [
      "phrase", "pattern", "requires", "commitment", "metric", "structure", "contact", "voiced", "agreement",
      "verb-form", "split-compound", "capitalization", "unknown-type",
    ]
    for type in types {
      XCTAssertTrue(anchors.contains(SARIFReporter.documentationAnchor(type)), "\(type) → no heading")
    }
    XCTAssertEqual(SARIFReporter.documentationAnchor("split-compound"), "grammar-types")
  }
}
