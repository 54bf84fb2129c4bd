import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarFormats
@testable import KlarsvarText

/// `klarsvar-disable…` directives in HTML comments, read as in Markdown; in HTML a "line" is a line
/// of the text a reader sees, so `disable-next-line` covers the next paragraph. Broken directives
/// are notices, never applied.
final class HTMLSuppressionTests: XCTestCase {
  private let linter = TestPack.linter(rules: [
    TestPack.rule("test-vague", type: "phrase", ["phrases": ["inom kort"]]),
    TestPack.rule("test-other", type: "phrase", ["phrases": ["svarar"]]),
  ])

  private func lint(_ html: String) -> TemplateLint {
    linter.lint(SourceText(html), as: .html, options: LintOptions(format: TemplateFormat.html.documentFormat))
  }

  /// `rule@line` (1-based line of the HTML) of every finding.
  private func findings(_ html: String) -> [String] {
    let linted = lint(html)
    return linted.result.findings.map { "\($0.ruleID)@\(linted.source.line(containing: $0.range.lowerBound) + 1)" }
  }

  func testDisableNextLineCoversTheNextParagraph() {
    let html = """
      <p>Vi svarar inom kort.</p>
      <!-- klarsvar-disable-next-line test-vague -->
      <p>Vi svarar
         inom kort.</p>
      <p>Vi svarar inom kort.</p>
      """
    XCTAssertEqual(
      findings(html), ["test-other@1", "test-vague@1", "test-other@3", "test-other@5", "test-vague@5"])
    XCTAssertTrue(lint(html).result.notices.isEmpty, "\(lint(html).result.notices)")
  }

  func testDisableEnableAndDisableLine() {
    let html = """
      <p>Vi svarar inom kort.</p>
      <!-- klarsvar-disable test-vague -->
      <p>Vi svarar inom kort.</p><p>Vi svarar inom kort.</p>
      <!-- klarsvar-enable test-vague -->
      <p>Vi svarar inom kort. <!-- klarsvar-disable-line test-other --></p>
      <div>Vi svarar inom kort.</div>
      """
    XCTAssertEqual(
      findings(html),
      ["test-other@1", "test-vague@1", "test-other@3", "test-other@3", "test-vague@5", "test-other@6", "test-vague@6"])
  }

  func testADirectiveMaySpanLines() {
    let html =
      "<p>Hej!</p>\n<!--\n  klarsvar-disable-next-line\n    test-vague,\n    test-other\n-->\n<p>Vi svarar inom kort.</p>"
    XCTAssertEqual(findings(html), [])
    XCTAssertEqual(lint(html).result.text.directives.map(\.ruleIDs), [["test-vague", "test-other"]])
  }

  func testOtherCommentsAndEscapedCommentsStayWhatTheyWere() {
    // An ordinary comment is no text; `&lt;!--` is text a reader sees, so it is checked.
    let html = "<!-- Vi svarar inom kort. --><p>Hej!</p>\n<p>&lt;!-- Vi svarar inom kort. --&gt;</p>"
    XCTAssertEqual(findings(html), ["test-other@2", "test-vague@2"])
    XCTAssertTrue(lint(html).result.notices.isEmpty)
  }

  func testUnknownRuleIDsAndMistypedDirectivesAreNoticesAtTheComment() throws {
    let html = """
      <p>Hej!</p>
      <!-- klarsvar-disable-next-line test-vauge -->
      <p>Vi svarar inom kort.</p>
      <!-- klarsvar-disable-nextline test-vague -->
      <p>Vi svarar inom kort.</p>
      """
    XCTAssertEqual(
      findings(html), ["test-other@3", "test-vague@3", "test-other@5", "test-vague@5"],
      "neither comment turns anything off")
    let notices = lint(html).result.notices
    XCTAssertEqual(notices.count, 2, "\(notices)")
    XCTAssertTrue(notices[0].message.contains("okänt regel-id \"test-vauge\""), notices[0].message)
    XCTAssertEqual(
      notices[0].range, TestPack.range(of: "<!-- klarsvar-disable-next-line test-vauge -->", in: html))
    XCTAssertEqual(
      notices[1].message,
      "okänt direktiv \"klarsvar-disable-nextline\": det gäller inte. Menade du klarsvar-disable-next-line? "
        + "Direktiven är klarsvar-disable-next-line, klarsvar-disable-line, klarsvar-disable och klarsvar-enable")
    XCTAssertEqual(notices[1].range, TestPack.range(of: "<!-- klarsvar-disable-nextline test-vague -->", in: html))
  }

  func testAnUnterminatedDirectiveIsANoticeNotASuppression() {
    // A browser shows nothing after an unclosed comment; the directive in it is not applied.
    let html = "<p>Vi svarar inom kort.</p>\n<!-- klarsvar-disable test-vague\n<p>Vi svarar inom kort.</p>"
    XCTAssertEqual(findings(html), ["test-other@1", "test-vague@1"])
    let notices = lint(html).result.notices
    XCTAssertEqual(notices.count, 1)
    XCTAssertTrue(notices.first?.message.hasPrefix("klarsvar-disable står i en kommentar som aldrig avslutas") ?? false)
    XCTAssertEqual(notices.first?.range.lowerBound, TestPack.range(of: "<!--", in: html).lowerBound)

    // Markdown: the same notice, and the rest of the text is a comment as before.
    let markdown = "Vi svarar inom kort.\n<!-- klarsvar-disable-next-line test-vague\nVi svarar inom kort."
    let result = linter.lint(markdown, options: LintOptions(format: .markdown))
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-other", "test-vague"])
    XCTAssertEqual(result.notices.count, 1)
    XCTAssertTrue(result.notices.first?.message.contains("aldrig avslutas med \"-->\"") ?? false)
  }

  func testAMistypedDirectiveInPlainTextStaysTextAndIsReported() {
    let result = linter.lint("klarsvar-disabel test-vague\nVi svarar inom kort.")
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-other", "test-vague"])
    XCTAssertEqual(result.notices.map(\.range), [TextRange(0, 27)])
    XCTAssertTrue(result.notices.first?.message.contains("Menade du klarsvar-disable?") ?? false)
    // Prose that merely starts with such a word is no directive.
    XCTAssertTrue(linter.lint("klarsvar-appen svarar.").notices.isEmpty)
  }

  func testCheckReadsDirectivesInHTMLFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = """
      <html><body>
      <p>Hej!</p>
      <!-- klarsvar-disable-next-line plain-officialese -->
      <p>Vi har erhållit ditt brev.</p>
      <p>Vi har erhållit ditt brev.</p>
      </body></html>
      """
    try Data(html.utf8).write(to: folder.appendingPathComponent("svar.html"))
    let outcome = Checker(options: Checker.Options(currentDirectory: folder)).run(paths: ["svar.html"])
    let report = try XCTUnwrap(outcome.reports.first)
    let lines = report.findings.filter { $0.ruleID == "plain-officialese" }.map {
      report.location(of: $0.range).start.line
    }
    XCTAssertEqual(lines, [5])
    XCTAssertTrue(report.result?.notices.isEmpty ?? false, "\(report.result?.notices ?? [])")
  }
}
