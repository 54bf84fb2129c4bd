import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// `--fix`: which suggestions apply, overlap resolution, atomic writing and the dry-run diff.
final class FixTests: XCTestCase {
  private func finding(
    _ rule: String, _ range: TextRange, _ suggestions: [(Suggestion.Kind, String)], safe: Bool = true
  ) -> Finding {
    Finding(
      ruleID: rule, category: .plainLanguage, severity: .info, message: "m", range: range, matchedText: "",
      suggestions: suggestions.map {
        Suggestion(kind: $0.0, title: "t", edit: TextEdit(range: range, newText: $0.1), isSafeInContext: safe)
      })
  }

  /// "måste begärs in", "kan utredas rätten": a rewrite the rule is not sure of stays a suggestion.
  func testOnlySuggestionsMarkedSafeInContextApply() {
    let source = SourceText("abcdefghij")
    let fixes = FixSelection.select(
      [
        finding("safe", TextRange(0, 2), [(.replacement, "AB")]),
        finding("unsure", TextRange(3, 4), [(.replacement, "D")], safe: false),
      ], in: source)
    XCTAssertEqual(fixes.map(\.ruleID), ["safe"])
    XCTAssertTrue(Suggestion.isOneWordSwap("samt", "och"))
    XCTAssertFalse(Suggestion.isOneWordSwap("i enlighet med", "enligt"))
    XCTAssertFalse(Suggestion.isOneWordSwap("mvh", "Med vänliga hälsningar"))
    XCTAssertFalse(Suggestion.isOneWordSwap("ej", ""), "removing a word is no swap")
    XCTAssertFalse(Suggestion.isOneWord("a\u{00A0}b"))
  }

  /// The nominal-style rewrite the engine offers for "göras en utredning av" would read "kan utredas
  /// rätten"; one-word swaps and inflected single words are still fixed.
  func testFixWritesNoUnsureRewriteOnARealLetter() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-safe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let letter = """
      Hej!

      Det kan göras en utredning av rätten till bistånd. Uppgifterna måste inhämtas från dig samt från banken.
      När handlingarna har inkommit erhåller du ett beslut.

      Med vänliga hälsningar
      Anna Berg

      """
    try Data(letter.utf8).write(to: folder.appendingPathComponent("brev.md"))
    let outcome = Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["."])
    XCTAssertTrue(
      outcome.reports[0].findings.contains { $0.ruleID == "plain-nominal" && !$0.suggestions.isEmpty },
      "the rewrite is still offered to a person")
    let fixed = String(decoding: try XCTUnwrap(Fixer.plan(outcome).files.first).fixed, as: UTF8.self)
    XCTAssertTrue(fixed.contains("Det kan göras en utredning av rätten"), fixed)
    XCTAssertFalse(fixed.contains("kan utredas rätten"), fixed)
    XCTAssertFalse(fixed.contains("måste begärs in"), fixed)
    XCTAssertTrue(fixed.contains("från dig och från banken"), fixed)
    XCTAssertTrue(fixed.contains("får du ett beslut"), fixed)
  }

  func testOnlySingleReplacementsApply() {
    let source = SourceText("abcdefghij")
    let fixes = FixSelection.select(
      [
        finding("one", TextRange(0, 2), [(.replacement, "AB")]),
        finding("two", TextRange(3, 4), [(.replacement, "X"), (.replacement, "Y")]),
        finding("three", TextRange(5, 6), [(.insertion, "INS")]),
        finding("four", TextRange(7, 8), [(.replacement, "h")]),  // no change
        finding("five", TextRange(8, 9), [(.replacement, "I"), (.insertion, "more")]),
        finding("six", TextRange(9, 99), [(.replacement, "out of range")]),
      ], in: source)
    XCTAssertEqual(fixes.map(\.ruleID), ["one", "five"])
    XCTAssertEqual(String(decoding: FixSelection.apply(fixes, to: source.utf8), as: UTF8.self), "ABcdefghIj")
  }

  func testOverlapsResolveDeterministically() {
    let source = SourceText("ta kontakt med undertecknad nu")
    let findings = [
      finding("plain-archaic", TextRange(11, 27), [(.replacement, "med mig")]),
      finding("plain-nominal", TextRange(0, 14), [(.replacement, "kontakta")]),
      finding("b-rule", TextRange(0, 10), [(.replacement, "x")]),
      finding("a-rule", TextRange(0, 14), [(.replacement, "y")]),
      finding("tail", TextRange(28, 30), [(.replacement, "snart")]),
    ]
    let expected = ["a-rule", "tail"]
    XCTAssertEqual(FixSelection.select(findings, in: source).map(\.ruleID), expected)
    XCTAssertEqual(FixSelection.select(findings.reversed(), in: source).map(\.ruleID), expected)
    XCTAssertEqual(
      String(decoding: FixSelection.apply(FixSelection.select(findings, in: source), to: source.utf8), as: UTF8.self),
      "y undertecknad snart")
  }

  func testFixesNeverTouchTextOutsideTheirRanges() {
    let text = "Å 🙂 \"x\" <p> erhållit & sedan ej\r\nslut"
    let source = SourceText(text)
    let range1 = TestPack.range(of: "erhållit", in: text)
    let range2 = TestPack.range(of: "ej", in: text)
    let fixes = FixSelection.select(
      [finding("a", range1, [(.replacement, "fått")]), finding("b", range2, [(.replacement, "inte")])], in: source)
    let output = FixSelection.apply(fixes, to: source.utf8)
    XCTAssertEqual(String(decoding: output, as: UTF8.self), "Å 🙂 \"x\" <p> fått & sedan inte\r\nslut")
    XCTAssertEqual(Array(output.prefix(range1.lowerBound)), Array(source.utf8.prefix(range1.lowerBound)))
    XCTAssertEqual(Array(output.suffix(6)), Array(source.utf8.suffix(6)))
  }

  func testAtomicWriteKeepsPermissionsAndLeavesNoTemporaryFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brev.md")
    try Data("gammalt".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
    try AtomicFileWriter.write(Data("nytt".utf8), to: file)
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "nytt")
    let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
    XCTAssertEqual(permissions?.intValue, 0o640)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["brev.md"])
    XCTAssertThrowsError(try AtomicFileWriter.write(Data(), to: folder.appendingPathComponent("saknas/brev.md")))
  }

  func testFixerRefusesDocumentsAndChangedFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-fixer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try CheckerTemplateTests.docx(["Vi har erhållit ditt brev."]).write(to: folder.appendingPathComponent("a.docx"))
    try Data("Vi har erhållit ditt brev.\n".utf8).write(to: folder.appendingPathComponent("b.md"))
    try Data("Vi har erhållit ditt brev.\n".utf8).write(to: folder.appendingPathComponent("c.md"))
    let outcome = Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["."])
    try Data("Ändrad under tiden.\n".utf8).write(to: folder.appendingPathComponent("c.md"))
    let plan = Fixer.plan(outcome)
    XCTAssertEqual(plan.files.map(\.displayPath), ["b.md"])
    XCTAssertEqual(plan.refused.map(\.displayPath), ["a.docx", "c.md"])
    XCTAssertTrue(plan.refused[0].reason.contains(".docx"))
    let fix = try XCTUnwrap(plan.files.first)
    XCTAssertEqual(String(decoding: fix.fixed, as: UTF8.self), "Vi har fått ditt brev.\n")
    XCTAssertEqual(
      fix.diff, "--- a/b.md\n+++ b/b.md\n@@ -1 +1 @@\n-Vi har erhållit ditt brev.\n+Vi har fått ditt brev.\n")
    try Fixer.write(fix)
    XCTAssertEqual(
      try String(contentsOf: folder.appendingPathComponent("b.md"), encoding: .utf8), "Vi har fått ditt brev.\n")
  }

  func testUnifiedDiffHunksAndContext() {
    let old = (1...20).map { "rad \($0)\n" }.joined()
    var lines = (1...20).map { "rad \($0)\n" }
    lines[1] = "RAD 2\n"
    lines[17] = "RAD 18\n"
    let diff = UnifiedDiff.make(old: old, new: lines.joined(), path: "x.md")
    XCTAssertEqual(
      diff,
      """
      --- a/x.md
      +++ b/x.md
      @@ -1,5 +1,5 @@
       rad 1
      -rad 2
      +RAD 2
       rad 3
       rad 4
       rad 5
      @@ -15,6 +15,6 @@
       rad 15
       rad 16
       rad 17
      -rad 18
      +RAD 18
       rad 19
       rad 20

      """)
    XCTAssertEqual(UnifiedDiff.make(old: old, new: old, path: "x.md"), "")
    XCTAssertEqual(
      UnifiedDiff.make(old: "a\nb", new: "a\nc", path: "y"),
      "--- a/y\n+++ b/y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    XCTAssertEqual(UnifiedDiff.make(old: "", new: "ny\n", path: "z"), "--- a/z\n+++ b/z\n@@ -0,0 +1 @@\n+ny\n")
  }

  func testHTMLFixesEditOnlyVerbatimText() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-htmlfix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = "<p>Vi har <b>erhållit</b> ditt brev, vilket ej &auml;r <i>ta</i> kontakt med oss.</p>\n"
    try Data(html.utf8).write(to: folder.appendingPathComponent("svar.html"))
    let outcome = Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["."])
    let plan = Fixer.plan(outcome)
    let fixed = String(decoding: try XCTUnwrap(plan.files.first).fixed, as: UTF8.self)
    XCTAssertTrue(fixed.contains("<b>fått</b>"), fixed)
    XCTAssertTrue(fixed.contains("<i>ta</i> kontakt"), "an edit across a tag must not be applied: \(fixed)")
    XCTAssertEqual(fixed.components(separatedBy: "<").count, html.components(separatedBy: "<").count)
  }
}
