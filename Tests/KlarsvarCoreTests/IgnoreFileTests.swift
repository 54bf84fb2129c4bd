import XCTest

@testable import KlarsvarCore

/// `.gitignore` patterns as git reads them, and bounded matching for hostile patterns.
final class IgnoreFileTests: XCTestCase {
  private func ignored(_ patterns: String, _ path: String, directory: Bool = false) -> Bool? {
    IgnoreFile(text: Array(patterns.utf8)).decision(
      relativePath: path.split(separator: "/").map { Array($0.utf8) }, isDirectory: directory)
  }

  func testGitSemantics() {
    XCTAssertEqual(ignored("*.md", "a/b/c.md"), true, "a pattern without a slash matches the name anywhere")
    XCTAssertNil(ignored("*.md", "a/b/c.txt"))
    XCTAssertEqual(ignored("/c.md", "c.md"), true)
    XCTAssertNil(ignored("/c.md", "a/c.md"), "a leading slash anchors")
    XCTAssertEqual(ignored("a/*.md", "a/c.md"), true)
    XCTAssertNil(ignored("a/*.md", "a/b/c.md"), "* stays within a segment")
    XCTAssertEqual(ignored("a/**/c.md", "a/x/y/c.md"), true)
    XCTAssertEqual(ignored("a/**/c.md", "a/c.md"), true, "** matches no segment too")
    XCTAssertEqual(ignored("**/utkast", "x/utkast", directory: true), true)
    XCTAssertNil(ignored("utkast/", "utkast"), "a trailing slash matches folders only")
    XCTAssertEqual(ignored("utkast/", "utkast", directory: true), true)
    XCTAssertEqual(ignored("*.md\n!viktig.md", "viktig.md"), false, "the last matching pattern wins")
    XCTAssertNil(ignored("# *.md\n\n", "a.md"), "comments and blank lines")
    XCTAssertEqual(ignored("\\#brev.md", "#brev.md"), true)
    XCTAssertEqual(ignored("brev[0-9].md", "brev7.md"), true)
    XCTAssertNil(ignored("brev[!0-9].md", "brev7.md"))
    XCTAssertEqual(ignored("br?v.md", "bråv.md"), true, "? is one character, not one byte")
    XCTAssertEqual(ignored("svar.md   ", "svar.md"), true, "trailing spaces are dropped")
    XCTAssertEqual(ignored("[abc", "[abc"), true, "an unclosed class is literal")
  }

  func testHostilePatternsMatchInBoundedTime() {
    let name = String(repeating: "a", count: 5_000)
    let pattern = String(repeating: "*a", count: 2_000) + "b"
    XCTAssertNil(ignored(pattern, name), "no exponential backtracking")
    let deep = Array(repeating: "a", count: 2_000).joined(separator: "/")
    XCTAssertNil(ignored(String(repeating: "**/a/", count: 500) + "b", deep))
  }
}
