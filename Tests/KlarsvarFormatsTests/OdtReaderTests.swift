import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// Reads .odt templates built in the test itself.
final class OdtReaderTests: XCTestCase {
  func testOdtParagraphsHeadingsAndSpans() throws {
    let document = try extractOdt(
      """
      <text:h text:outline-level="1">Beslut om <text:span text:style-name="T1">bistånd</text:span></text:h>
      <text:p text:style-name="P1">Vi har   prövat
        din ansökan 😀 och <text:span>beviljar</text:span> den.</text:p>
      <text:p/>
      <text:list><text:list-item><text:p>Första punkten</text:p></text:list-item></text:list>
      """)
    XCTAssertEqual(
      document.paragraphs.map(\.text),
      ["Beslut om bistånd", "Vi har prövat din ansökan 😀 och beviljar den.", "Första punkten"])
    XCTAssertEqual(document.text, document.paragraphs.map(\.text).joined(separator: "\n\n"))
  }

  func testOdtSpacesTabsAndLineBreaks() throws {
    let document = try extractOdt(
      "<text:p>Belopp:<text:tab/>1<text:s/>000 kr<text:line-break/>Moms:<text:s text:c=\"3\"/>0 kr </text:p>")
    XCTAssertEqual(document.text, "Belopp:\t1 000 kr\nMoms:   0 kr")
  }

  func testOdtFieldsBecomePlaceholders() throws {
    let document = try extractOdt(
      """
      <text:p>Hej <text:user-field-get text:name="Förnamn">Anna</text:user-field-get>, \
      ärende <text:database-display text:table-name="t" text:column-name="Dnr">2024/1</text:database-display> \
      hos <text:placeholder text:placeholder-type="text">&lt;Handläggare&gt;</text:placeholder>.</text:p>
      """)
    XCTAssertEqual(document.text, "Hej «Förnamn», ärende «Dnr» hos «Handläggare».")
  }

  func testOdtSkipsCommentsTrackedChangesAndNoteNumbers() throws {
    let document = try extractOdt(
      """
      <text:tracked-changes><text:changed-region><text:deletion><text:p>Borttaget</text:p></text:deletion>\
      </text:changed-region></text:tracked-changes>
      <text:p>Text<office:annotation><text:p>En kommentar</text:p></office:annotation> här\
      <text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
      <text:note-body><text:p>Fotnot.</text:p></text:note-body></text:note>.</text:p>
      """)
    XCTAssertEqual(document.paragraphs.map(\.text), ["Fotnot.", "Text här."])
  }

  func testOdtEncryptedByManifestIsRejected() {
    let manifest = """
      <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">\
      <manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry>\
      </manifest:manifest>
      """
    let data = TestZip.make([
      .init(name: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8)),
      .init(name: "META-INF/manifest.xml", data: Data(manifest.utf8)),
      .init(name: "content.xml", data: Data([0x13, 0x37, 0x00, 0xFE])),
    ])
    assertReadError(try TemplateFormat.extract(data: data, format: .odt), .encryptedDocument)
  }
}
