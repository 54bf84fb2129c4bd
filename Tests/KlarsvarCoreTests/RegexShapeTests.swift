import XCTest

@testable import KlarsvarCore

/// Which pattern shapes are refused at load for backtracking catastrophically, and which ordinary
/// patterns (those the built-in packs use) pass.
final class RegexShapeTests: XCTestCase {
  private func hazard(_ pattern: String) -> String? { RegexShape(pattern)?.catastrophicBacktracking() }

  func testNestedQuantifiersAndOverlappingAlternativesAreRefused() {
    let refused = [
      #"(a+)+$"#, "(a*)*", "(a+)*b", "(.*)*x", "(.+)+", #"^(\w+\s?)*$"#, "(a|a)*", "(a|ab)+c", #"(.|\s)*"#,
      "(?:x+x+)+y", "((ab)*)+", #"(\d+)+\."#, "(a+){2,}", "(?i)(A|a)+b",
    ]
    for pattern in refused {
      XCTAssertNotNil(hazard(pattern), "\(pattern) backtracks catastrophically")
    }
  }

  func testMessageNamesTheGroupAndTheWayOut() throws {
    let nested = try XCTUnwrap(hazard(#"^(a+)+$"#))
    XCTAssertTrue(nested.contains("\"(a+)+\""), nested)
    XCTAssertTrue(nested.contains("\"a+\""), nested)
    XCTAssertTrue(nested.contains("(?>…)"), nested)
    let alternatives = try XCTUnwrap(hazard("(a|ab)+c"))
    XCTAssertTrue(alternatives.contains("\"a\" och \"ab\""), alternatives)
  }

  func testLinearShapesPass() {
    let accepted = [
      #"\b(\w+) och/eller (\w+)\b"#, "^Kontakta.*$", #"(\w+\s)+slut"#, #"(?>a+)+$"#, "(a++)+$", "(ab|cd)*",
      #"[a-zåäö]+(-[a-zåäö]+)*"#, #"\b\d{3}[ -]?\d{2}[ -]?\d{2}\b"#, #"(?:\s*,\s*\w+)*"#, "(a|b)*c",
      #"\b(?:den|det)\s+(\w+)\s+\1\b"#, #"https?://[^\s]+"#, "(?<!\\w)x(?=y)", "(?:ab)+",
    ]
    for pattern in accepted {
      XCTAssertNil(hazard(pattern), "\(pattern) is linear")
    }
  }

  func testEveryShippedPatternPasses() {
    let result = RuleSetLoader.load(PackFolder.builtIn)
    XCTAssertFalse(
      result.errors.contains { $0.message.contains("exponentiell") }, "\(result.errors.map(\.description))")
    XCTAssertTrue(result.ruleSet.rules.contains { $0.type is PatternRule }, "the built-in packs hold pattern rules")
  }
}
