import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// A pack pattern that slips past the load-time shape check and still backtracks without end is
/// stopped on the document, its rule skipped with a notice naming it, and every other rule runs.
final class RegexBudgetTests: XCTestCase {
  /// Splits runs of a's into twos and threes: not a nested quantifier, yet exponential on "aaa…ab"
  /// (about 1.32ⁿ ways for n a's), so only the run-time budget can stop it.
  private static let slowPattern = "(aa|aaa)*$"
  private static let runaway = String(repeating: "a", count: 400) + "b"

  private func linter() -> Linter {
    TestPack.linter(rules: [
      TestPack.rule("test-slow", type: "pattern", ["pattern": Self.slowPattern]),
      TestPack.rule("test-fast", type: "pattern", ["pattern": #"\bkort\b"#]),
    ])
  }

  func testShapeCheckDoesNotCatchThisPattern() {
    XCTAssertNil(RegexShape(Self.slowPattern)?.catastrophicBacktracking(), "the test needs a pattern that gets through")
  }

  func testARunawayRuleIsSkippedWithANoticeAndTheOthersStillReport() {
    let linter = linter()
    // The first paragraph matches; the rule is still skipped whole once a later search is stopped.
    let text = "aaaa\n\nVi svarar inom kort.\n\n\(Self.runaway)\n"
    let result = linter.lint(text)
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-fast"])
    XCTAssertEqual(result.notices.count, 1, "\(result.notices)")
    let message = result.notices.first?.message ?? ""
    XCTAssertTrue(message.hasPrefix("regeln test-slow tog för lång tid och hoppades över"), message)

    let fine = linter.lint("aaaa\n\nVi svarar inom kort.\n")
    XCTAssertEqual(fine.findings.map(\.ruleID).sorted(), ["test-fast", "test-slow"], "the next document starts afresh")
    XCTAssertEqual(fine.notices.map(\.message), [])
  }

  func testEvidencePatternsAreBoundedToo() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-requires", type: "requires",
        ["triggers": ["klagomål"], "evidence": [[["pattern": Self.slowPattern + "x"]]]])
    ])
    let result = linter.lint("Ditt klagomål.\n\n\(Self.runaway)\n")
    XCTAssertEqual(result.findings.map(\.ruleID), [], "a requirement not searched to the end is not reported missing")
    XCTAssertTrue(
      result.notices.contains { $0.message.hasPrefix("regeln test-requires tog för lång tid") }, "\(result.notices)")
  }

  func testTheBudgetIsPerRuleAndGrowsWithTheDocument() {
    let budget = RegexBudget(documentBytes: 1_000_000)
    XCTAssertEqual(budget.limit, RegexBudget.limit(forBytes: 1_000_000))
    XCTAssertGreaterThan(RegexBudget.limit(forBytes: 10_000_000), RegexBudget.limit(forBytes: 1_000))
    budget.begin(rule: 3)
    XCTAssertTrue(budget.run { overTime in _ = overTime() })
    XCTAssertFalse(budget.isExhausted)
    XCTAssertFalse(budget.run { overTime in while !overTime() {} }, "a search that runs out is reported stopped")
    XCTAssertTrue(budget.isExhausted)
    XCTAssertFalse(budget.run { _ in }, "an exhausted rule searches no more on this document")
    budget.begin(rule: 4)
    XCTAssertFalse(budget.isExhausted)
    XCTAssertTrue(budget.run { _ in }, "other rules keep their own time")
    XCTAssertEqual(budget.exhausted, [3])
  }
}
