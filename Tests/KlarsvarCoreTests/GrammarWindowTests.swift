import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The grammar view keeps only a window of built sentences on a long document (memory within a few
/// times the text's size); the grammar rules find the same on every sentence however far in.
final class GrammarWindowTests: XCTestCase {
  private static let linter: Linter = {
    let result = RuleSetLoader.load(PackFolder.builtIn)
    return Linter(ruleSet: result.ruleSet)
  }()

  private static let grammarRules: Set = ["grammar-agreement-gender", "grammar-verb-after-modal"]

  private func grammarFindings(_ text: String) -> [Finding] {
    Self.linter.lint(text).findings.filter { Self.grammarRules.contains($0.ruleID) }
  }

  func testEverySentenceOfADocumentLongerThanTheWindowIsJudged() {
    let paragraph = "Ett bra lösning är att ringa direkt. Handläggningstiden kan varierar från månad till månad.\n\n"
    let single = grammarFindings(paragraph)
    XCTAssertEqual(Set(single.map(\.ruleID)), Self.grammarRules, "\(single.map(\.ruleID))")
    let copies = GrammarText.sentenceWindow / 2 + 100
    let long = String(repeating: paragraph, count: copies)
    let findings = grammarFindings(long)
    XCTAssertGreaterThan(copies * 2, GrammarText.sentenceWindow, "the document must be longer than the window")
    XCTAssertEqual(findings.count, single.count * copies)
    let last = long.utf8.count - paragraph.utf8.count
    XCTAssertEqual(
      findings.filter { $0.range.lowerBound >= last }.map(\.ruleID).sorted(), single.map(\.ruleID).sorted(),
      "the last paragraph, read after the window wrapped, is judged like the first")
  }
}
