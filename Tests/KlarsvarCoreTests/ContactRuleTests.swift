import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The `contact` rule type: outdated and mistyped phone numbers and websites.
final class ContactRuleTests: XCTestCase {
  func testContactFlagsOutdatedAndNearMissValuesWithTheCorrectOne() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule(
          "test-contact", type: "contact", category: "referral", severity: "error", message: "{contact}: {correct}",
          ["contacts": ["ivo"], "window": 6])
      ], extra: ["contacts.json": RuleTypeFixtures.ivo])
    let text = """
      Ring IVO på 08-555 00 00. IVO nås på 010-788 50 01 och 010-788 50 00.

      Skriv till IVO via ivo.nu eller www.ivo.sr.

      IVO finns. Ett två tre fyra fem sex sju åtta nio: 010-788 50 01.

      Polisen nås på 114 14 och 08-555 00 00.
      """
    let findings = linter.lint(text).findings
    XCTAssertEqual(findings.map(\.matchedText), ["08-555 00 00", "010-788 50 01", "ivo.nu", "www.ivo.sr"])
    XCTAssertEqual(
      findings.map(\.range.lowerBound),
      [
        TestPack.range(of: "08-555", in: text).lowerBound, TestPack.range(of: "010-788 50 01", in: text).lowerBound,
        TestPack.range(of: "ivo.nu", in: text).lowerBound, TestPack.range(of: "www.ivo.sr", in: text).lowerBound,
      ])
    XCTAssertEqual(
      findings.map { $0.suggestions.map(\.edit.newText) },
      [
        ["010-788 50 00"], ["010-788 50 00"], ["ivo.se"], ["www.ivo.se"],
      ])
    XCTAssertEqual(findings.first?.message, "Inspektionen för vård och omsorg: 010-788 50 00")
    XCTAssertEqual(findings.first?.severity, .error)
  }
}
