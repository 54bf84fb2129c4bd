import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// The text of HTML templates, with offsets that point back into the markup.
final class HTMLTextExtractorTests: XCTestCase {
  func testHTMLDecodesEntities() throws {
    let html = """
      <p>&Aring;&auml;&ouml; &aring;&Auml;&Ouml; caf&eacute; 10&nbsp;000 kr &amp; &lt;b&gt; &quot;x&quot; \
      &#229;&#xE4;&#X1F600; &#150; &okänd; a < b</p>
      """
    let document = try TemplateFormat.extract(data: Data(html.utf8), format: .html)
    XCTAssertEqual(document.text, "Åäö åÄÖ café 10\u{00A0}000 kr & <b> \"x\" åä😀 – &okänd; a < b")
  }

  func testHTMLSkipsMarkupScriptStyleAndComments() throws {
    let html = """
      <!DOCTYPE html>
      <html><head><title>Mall: beslut</title><style>p { color: red; } /* </p> */</style>
      <script type="text/javascript">if (a < b && c > d) { document.write("<p>nej</p>"); }</SCRIPT >
      </head>
      <body>
      <!-- intern kommentar: <p>syns inte</p> -->
      <p class="intro" data-note="a > b" title='x'>Hej <b>«Förnamn»</b>,</p>
      <div>Vi   har
         fått din<br>ansökan.</div>
      <ul><li>Ett</li><li>Två</li></ul>
      <h2>Beslut</h2><table><tr><td>Namn</td><td>Belopp</td></tr></table>
      </body></html>
      """
    let document = try TemplateFormat.extract(data: Data(html.utf8), format: .html)
    XCTAssertEqual(
      document.paragraphs.map(\.text),
      ["Hej «Förnamn»,", "Vi har fått din", "ansökan.", "Ett", "Två", "Beslut", "Namn", "Belopp"])
    XCTAssertEqual(document.text, document.paragraphs.map(\.text).joined(separator: "\n\n"))
  }

  func testHTMLPreKeepsWhitespace() throws {
    let document = HTMLTextExtractor.extract(html: "<p>a  b</p><pre>x  y\tz</pre>")
    XCTAssertEqual(document.paragraphs.map(\.text), ["a b", "x  y\tz"])
  }

  func testHTMLMapsTextBackToOriginalOffsets() throws {
    let html = """
      <html>
      <body>
        <p>Hej <b>Åsa</b>, vi har fått din
           ans&ouml;kan &amp; beslutat 😀 idag.</p>
        <!-- kommentar --><p>Nästa</p>
      </body></html>
      """
    let original = Array(html.utf8)
    let document = HTMLTextExtractor.extract(html: html)
    let map = try XCTUnwrap(document.sourceMap)
    XCTAssertEqual(document.paragraphs.map(\.text), ["Hej Åsa, vi har fått din ansökan & beslutat 😀 idag.", "Nästa"])

    // Verbatim words map to themselves, byte for byte.
    for word in ["Hej", "Åsa", "fått din", "beslutat 😀 idag.", "Nästa", "😀"] {
      let textRange = try XCTUnwrap(utf8Range(of: word, in: document.text))
      let originalRange = map.originalRange(of: textRange)
      XCTAssertEqual(String(decoding: original[originalRange], as: UTF8.self), word)
      XCTAssertEqual(originalRange, try XCTUnwrap(utf8Range(of: word, in: html)))
    }
    // A word containing an entity maps to the whole written form.
    let word = try XCTUnwrap(utf8Range(of: "ansökan", in: document.text))
    XCTAssertEqual(String(decoding: original[map.originalRange(of: word)], as: UTF8.self), "ans&ouml;kan")
    let ampersand = try XCTUnwrap(utf8Range(of: "&", in: document.text))
    XCTAssertEqual(String(decoding: original[map.originalRange(of: ampersand)], as: UTF8.self), "&amp;")
    // Collapsed whitespace ("din\n     ans") maps to the whole run.
    let gap = try XCTUnwrap(utf8Range(of: "din ans", in: document.text))
    XCTAssertEqual(String(decoding: original[map.originalRange(of: gap)], as: UTF8.self), "din\n     ans")
    // TextRange overload and line/column of a finding in the original.
    let next = try XCTUnwrap(utf8Range(of: "Nästa", in: document.text))
    let mapped = map.originalRange(of: TextRange(next.lowerBound, next.upperBound))
    XCTAssertEqual(lineAndColumn(of: mapped.lowerBound, in: original).line, 5)
    XCTAssertEqual(lineAndColumn(of: mapped.lowerBound, in: original).column, 24)
    // The blank line between paragraphs maps to the tag that ended the first one.
    let separator = document.paragraphs[0].utf8Range.upperBound
    let separatorOrigin = map.originalRange(of: separator..<(separator + 2))
    XCTAssertEqual(String(decoding: original[separatorOrigin], as: UTF8.self), "</p>")
    // The end of the text is the end of its last word, not of the closing tags after it.
    XCTAssertEqual(map.originalOffset(ofUTF8Offset: document.text.utf8.count), mapped.upperBound)
  }

  func testHTMLMustBeUTF8() {
    assertReadError(try TemplateFormat.extract(data: Data([0x3C, 0x70, 0x3E, 0xE5, 0x3C]), format: .html), .notUTF8)
  }
}
