import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// Helpers that replaced per-document sets and string appends in the rule checks.
final class RuleCheckHelpersTests: XCTestCase {
  func testHasOffsetFindsAnOffsetInsideTheRange() {
    let offsets = [3, 10, 25]
    XCTAssertTrue(PhraseRule.hasOffset(in: TextRange(10, 11), offsets))
    XCTAssertTrue(PhraseRule.hasOffset(in: TextRange(4, 12), offsets))
    XCTAssertFalse(PhraseRule.hasOffset(in: TextRange(4, 10), offsets))
    XCTAssertFalse(PhraseRule.hasOffset(in: TextRange(26, 40), offsets))
    XCTAssertFalse(PhraseRule.hasOffset(in: TextRange(0, 5), []))
  }

  func testRenderSplicesMultibyteValuesAndMatch() {
    let rendered = MessageTemplate.render(
      "Skriv {value} i stället för ”{match}” {okänd} {value}", [("value", "åtgärd")], match: "vidta\nåtgärder")
    XCTAssertEqual(rendered, "Skriv åtgärd i stället för ”vidta åtgärder” {okänd} åtgärd")
    XCTAssertEqual(MessageTemplate.render("Inga fält", [], match: "x"), "Inga fält")
    XCTAssertEqual(MessageTemplate.render("{match}", [], match: ""), "")
  }

  func testHostsOfAsciiTokensMatchBareDomain() {
    let source = "Se HTTPS://WWW.Ivo.SE/klagomal/ eller http://1177.se, Ivo.se och www.x.y samt ivo.se/."
    let text = Tokenizer(index: WordIndex()).tokenize(SourceText(source), format: .plain, placeholders: [])
    let hosts = ContactRule.domains(in: text, tokens: text.tokens.indices, within: TextRange(0, source.utf8.count))
      .map(\.1)
    let expected = text.tokens.compactMap { token -> String? in
      let raw = text.source.text(in: token.range)
      guard raw.contains("."), token.kind == .url || token.kind == .word else { return nil }
      var host = Contact.bareDomain(raw)
      if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
      guard let dot = host.lastIndex(of: "."), host.distance(from: dot, to: host.endIndex) >= 3 else { return nil }
      return host
    }
    XCTAssertEqual(hosts, expected)
    XCTAssertTrue(hosts.contains("ivo.se"))
  }
}
