import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// How an editor buffer is read (issue 15): by its language id when klarsvar knows it, else by its
/// file name (Kate sends `klarsvar`); HTML as its text, with positions in the HTML.
final class DocumentFormatTests: XCTestCase {
  static let letter = DiagnosticsTests.letter

  func testUnknownLanguageIDIsReadByTheFileName() async throws {
    let client = TestClient()
    try await client.initialize()
    let text = "Hej!\n\nDu erhåller beslutet. Ordet `erhåller` står i koden.\n\nMed vänliga hälsningar\nAnna\n"
    let markdown = "file:///tmp/kate/brev.md"
    client.open(markdown, text, language: "klarsvar")
    let found = try await client.diagnostics(markdown, version: 1).withCode("plain-officialese")
    // Read as Markdown: the word in inline code is not prose.
    XCTAssertEqual(found.map { $0["range"] }, [TextLocator.range(of: "erhåller", in: text)])
    let plain = "file:///tmp/kate/brev.txt"
    client.open(plain, text, language: "klarsvar")
    let plainFound = try await client.diagnostics(plain, version: 1).withCode("plain-officialese")
    XCTAssertEqual(plainFound.count, 2, "plain text has no inline code")
  }

  func testUnknownLanguageIDWithAFileNameKlarsvarDoesNotReadIsNotLinted() async throws {
    let client = TestClient()
    try await client.initialize()
    client.open("file:///tmp/kate/skript.py", Self.letter, language: "python")
    client.open("untitled:Untitled-1", Self.letter, language: "klarsvar")
    let uri = "file:///tmp/kate/brev.txt"
    client.open(uri, Self.letter, language: "klarsvar")
    _ = try await client.diagnostics(uri, version: 1)
    let published = Set(client.notifications("textDocument/publishDiagnostics").compactMap { $0["params"]?["uri"] })
    XCTAssertEqual(published, [.string(uri)])
  }

  func testLanguagesSettingStillDecidesForKnownIDs() async throws {
    let client = TestClient()
    try await client.initialize(initializationOptions: ["languages": ["markdown"]])
    client.open("file:///tmp/kate/brev.txt", Self.letter, language: "plaintext")
    let uri = "file:///tmp/kate/brev.md"
    client.open(uri, Self.letter, language: "markdown")
    _ = try await client.diagnostics(uri, version: 1)
    let published = Set(client.notifications("textDocument/publishDiagnostics").compactMap { $0["params"]?["uri"] })
    XCTAssertEqual(published, [.string(uri)])
  }

  static let html = """
    <!DOCTYPE html><html lang="sv"><head><title>Svar</title></head>
    <body>
    <p>Hej!</p>
    <p>Du erhåller beslutet &amp; kopian i dagsläget.</p>
    <p>Med vänliga hälsningar<br>Anna</p>
    </body></html>

    """

  /// HTML is linted as its text, as `check` does, and every position points into the HTML.
  func testHTMLIsLintedAsItsTextWithPositionsInTheHTML() async throws {
    for language in ["html", "plaintext"] {
      let client = TestClient()
      try await client.initialize()
      let uri = "file:///tmp/svar-\(language).html"
      client.open(uri, Self.html, language: language)
      let diagnostics = try await client.diagnostics(uri, version: 1)
      XCTAssertTrue(
        diagnostics.withCode("grammar-doubled-word").isEmpty, "no words from the markup: \(diagnostics.codes)")
      let officialese = try XCTUnwrap(diagnostics.withCode("plain-officialese").first, "\(diagnostics.codes)")
      XCTAssertEqual(officialese["range"], TextLocator.range(of: "erhåller", in: Self.html))
      XCTAssertEqual(
        officialese["data"]?["fixes"]?[0]?["edit"]?["range"], TextLocator.range(of: "erhåller", in: Self.html))
      let prepositions = try XCTUnwrap(diagnostics.withCode("plain-prepositions").first, "\(diagnostics.codes)")
      XCTAssertEqual(prepositions["range"], TextLocator.range(of: "i dagsläget", in: Self.html))
      // Code actions and hover work on HTML positions.
      let actions = try await client.request(
        "textDocument/codeAction",
        [
          "textDocument": ["uri": .string(uri)], "range": TextLocator.range(of: "erhåller", in: Self.html),
          "context": ["diagnostics": []],
        ])
      let edits = actions["result"]?.arrayValue?.compactMap { $0["edit"]?["changes"]?[uri]?.arrayValue } ?? []
      XCTAssertTrue(edits.contains { EditApplier.apply($0, to: Self.html).contains("<p>Du får beslutet &amp;") })
      let hover = try await client.request(
        "textDocument/hover",
        ["textDocument": ["uri": .string(uri)], "position": TextLocator.range(of: "erhåller", in: Self.html)["start"]!])
      XCTAssertEqual(hover["result"]?["range"], TextLocator.range(of: "erhåller", in: Self.html))
    }
  }

  /// "Disable on this line" writes an HTML comment into the finding's paragraph, never text a reader sees.
  func testHTMLDisableActionWritesACommentIntoTheParagraph() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/svar-disable.html"
    client.open(uri, Self.html, language: "html")
    _ = try await client.diagnostics(uri, version: 1)
    let actions = try await client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)], "range": TextLocator.range(of: "erhåller", in: Self.html),
        "context": ["diagnostics": []],
      ])
    let title = "Stäng av plain-officialese"
    let titled = { (action: JSONValue) in action["title"]?.stringValue?.hasPrefix(title) == true }
    let disable = try XCTUnwrap(actions["result"]?.arrayValue?.first(where: titled), "\(actions)")
    let edits = try XCTUnwrap(disable["edit"]?["changes"]?[uri]?.arrayValue)
    let fixed = EditApplier.apply(edits, to: Self.html)
    XCTAssertTrue(
      fixed.contains(
        "<p>Du erhåller beslutet &amp; kopian i dagsläget.<!-- klarsvar-disable-line plain-officialese --></p>"),
      fixed)
    client.change(uri, version: 2, [["text": .string(fixed)]])
    let diagnostics = try await client.diagnostics(uri, version: 2)
    XCTAssertTrue(diagnostics.withCode("plain-officialese").isEmpty, "\(diagnostics)")
    XCTAssertFalse(diagnostics.withCode("plain-prepositions").isEmpty, "other rules still apply")
    XCTAssertTrue(diagnostics.withCode("klarsvar-notice").isEmpty, "\(diagnostics)")
  }

  func testHTMLFixAllKeepsTheMarkup() async throws {
    let client = TestClient()
    try await client.initialize()
    let uri = "file:///tmp/svar-fixall.html"
    client.open(uri, Self.html, language: "html")
    _ = try await client.diagnostics(uri, version: 1)
    let actions = try await client.request(
      "textDocument/codeAction",
      [
        "textDocument": ["uri": .string(uri)], "range": .range(0, 0, 0, 0),
        "context": ["diagnostics": [], "only": ["source.fixAll.klarsvar"]],
      ])
    let edits = try XCTUnwrap(actions["result"]?[0]?["edit"]?["changes"]?[uri]?.arrayValue, "\(actions)")
    let fixed = EditApplier.apply(edits, to: Self.html)
    XCTAssertTrue(fixed.contains("<p>Du får beslutet &amp; kopian nu.</p>"), fixed)
    XCTAssertTrue(fixed.hasPrefix("<!DOCTYPE html><html lang=\"sv\"><head><title>Svar</title></head>"), fixed)
  }
}
