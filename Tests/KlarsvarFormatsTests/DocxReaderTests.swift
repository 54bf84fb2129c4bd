import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// Reads .docx templates built in the test itself, so every fixture's bytes are visible here and no
/// binary files need to be trusted.
final class DocxReaderTests: XCTestCase {
  func testDocxJoinsRunsAndSeparatesParagraphs() throws {
    let document = try extractDocx(
      """
      <w:p><w:r><w:t xml:space="preserve">Hej </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Åsa</w:t></w:r>\
      <w:r><w:t>!</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Vi har fått din ansökan 😀 om bygglov för växthus.</w:t></w:r></w:p>
      """)
    XCTAssertEqual(document.text, "Hej Åsa!\n\nVi har fått din ansökan 😀 om bygglov för växthus.")
    XCTAssertEqual(document.paragraphs.map(\.index), [1, 2])
    XCTAssertEqual(document.paragraphs.map(\.text), ["Hej Åsa!", "Vi har fått din ansökan 😀 om bygglov för växthus."])
    for paragraph in document.paragraphs {
      XCTAssertEqual(slice(document.text, paragraph.utf8Range), paragraph.text)
    }
    XCTAssertNil(document.sourceMap)

    // "om" follows the emoji: one character, four UTF-8 bytes.
    let offset = try XCTUnwrap(utf8Offset(of: "om bygglov", in: document.text))
    XCTAssertEqual(document.position(ofUTF8Offset: offset), .init(paragraph: 2, character: 27))
    XCTAssertEqual(document.position(ofUTF8Offset: 0)?.description, "paragraph 1, character 1")
    XCTAssertEqual(document.paragraph(containingUTF8Offset: offset)?.text, document.paragraphs[1].text)
  }

  func testDocxTabsBreaksAndTabStops() throws {
    let document = try extractDocx(
      """
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr>\
      <w:r><w:t>Datum:</w:t><w:tab/><w:t>2024-05-01</w:t><w:br/>\
      <w:t>Dnr</w:t><w:noBreakHyphen/><w:t>12</w:t></w:r></w:p>
      """)
    XCTAssertEqual(document.text, "Datum:\t2024-05-01\nDnr-12")
    XCTAssertEqual(document.paragraphs.count, 1)
  }

  func testDocxSkipsEmptyParagraphsAndReadsTables() throws {
    let document = try extractDocx(
      """
      <w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Namn</w:t></w:r></w:p></w:tc>\
      <w:tc><w:p><w:r><w:t>Adress</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:t>Med vänlig hälsning</w:t></w:r></w:p>
      <w:p><w:del><w:r><w:delText>borttaget</w:delText></w:r></w:del></w:p>
      """)
    XCTAssertEqual(document.paragraphs.map(\.text), ["Namn", "Adress", "Med vänlig hälsning"])
    XCTAssertEqual(document.paragraphs.map(\.index), [1, 2, 3])
  }

  func testDocxSimpleMergeFieldsBecomePlaceholders() throws {
    let document = try extractDocx(
      """
      <w:p><w:r><w:t xml:space="preserve">Hej </w:t></w:r>\
      <w:fldSimple w:instr=" MERGEFIELD  Förnamn \\* MERGEFORMAT "><w:r><w:t>«Förnamn»</w:t></w:r></w:fldSimple>\
      <w:r><w:t xml:space="preserve">, ditt ärende </w:t></w:r>\
      <w:fldSimple w:instr="MERGEFIELD &quot;Ärende nummer&quot;"><w:r><w:t>Anna 2023</w:t></w:r></w:fldSimple>\
      <w:r><w:t xml:space="preserve"> på sidan </w:t></w:r>\
      <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>
      """)
    XCTAssertEqual(document.text, "Hej «Förnamn», ditt ärende «Ärende nummer» på sidan 1")
  }

  func testDocxComplexMergeFieldsBecomePlaceholders() throws {
    let document = try extractDocx(
      """
      <w:p><w:r><w:t xml:space="preserve">Till </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r>\
      <w:r><w:instrText xml:space="preserve"> MERGE</w:instrText></w:r>\
      <w:r><w:instrText xml:space="preserve">FIELD Mottagare \\* MERGEFORMAT </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r>\
      <w:r><w:t>Kalle Anka</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><w:t xml:space="preserve">, datum </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE \\@ "yyyy-MM-dd"</w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2024-01-02</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><w:t xml:space="preserve"> och </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DOCVARIABLE Handläggare</w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
      """)
    XCTAssertEqual(document.text, "Till «Mottagare», datum 2024-01-02 och «Handläggare».")
  }

  func testDocxContentControlsBecomePlaceholders() throws {
    let document = try extractDocx(
      """
      <w:p><w:r><w:t xml:space="preserve">Handläggare: </w:t></w:r>\
      <w:sdt><w:sdtPr><w:alias w:val="Handläggare"/><w:tag w:val="handl"/><w:showingPlcHdr/></w:sdtPr>\
      <w:sdtContent><w:r><w:t>Klicka här för att ange text.</w:t></w:r></w:sdtContent></w:sdt>\
      <w:r><w:t xml:space="preserve"> (</w:t></w:r>\
      <w:sdt><w:sdtPr><w:tag w:val="telefon"/></w:sdtPr>\
      <w:sdtContent><w:r><w:t>08-123</w:t></w:r></w:sdtContent></w:sdt>\
      <w:r><w:t>)</w:t></w:r></w:p>
      <w:sdt><w:sdtPr><w:alias w:val="Beslutstext"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>\
      <w:p><w:r><w:t>Klicka eller tryck här för att ange text.</w:t></w:r></w:p></w:sdtContent></w:sdt>
      <w:sdt><w:sdtPr><w:alias w:val="Låst stycke"/></w:sdtPr><w:sdtContent>\
      <w:p><w:r><w:t>Du kan överklaga beslutet.</w:t></w:r></w:p></w:sdtContent></w:sdt>
      """)
    XCTAssertEqual(
      document.paragraphs.map(\.text),
      ["Handläggare: «Handläggare» («telefon»)", "«Beslutstext»", "Du kan överklaga beslutet."])
  }

  func testDocxIgnoresMarkupCompatibilityFallback() throws {
    let document = try extractDocx(
      """
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\
      <w:p><w:r><w:t>Rutans text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Rutans text</w:t></w:r></w:p></w:txbxContent></w:pict>\
      </mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Brödtext</w:t></w:r></w:p>
      """)
    XCTAssertEqual(document.paragraphs.map(\.text), ["Rutans text", "Brödtext"])
  }

  func testDocxReadsDeflatedEntries() throws {
    let xml = docxXML(
      String(repeating: "<w:p><w:r><w:t>Vi återkommer när vi har läst ansökan.</w:t></w:r></w:p>", count: 40))
    let data = TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8), deflate: true),
      .init(name: "word/document.xml", data: Data(xml.utf8), deflate: true),
    ])
    let archive = try ZipArchive(data: data)
    let entry = try XCTUnwrap(archive.entry(named: "word/document.xml"))
    XCTAssertEqual(entry.method, 8)
    XCTAssertLessThan(entry.compressedSize, entry.uncompressedSize / 4)
    let document = try TemplateFormat.extract(data: data, format: .docx)
    XCTAssertEqual(document.paragraphs.count, 40)
    XCTAssertEqual(document.paragraphs[39].text, "Vi återkommer när vi har läst ansökan.")
  }

  func testDocxFindsMainPartThroughRelationships() throws {
    let rels = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="/word/document2.xml"/></Relationships>
      """
    let data = TestZip.make([
      .init(name: "_rels/.rels", data: Data(rels.utf8)),
      .init(name: "word/document2.xml", data: Data(docxXML("<w:p><w:r><w:t>Annan del</w:t></w:r></w:p>").utf8)),
    ])
    XCTAssertEqual(try TemplateFormat.extract(data: data, format: .docx).text, "Annan del")
  }
}
