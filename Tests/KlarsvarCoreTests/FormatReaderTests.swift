import CZlib
import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarFormats
@testable import KlarsvarText

/// Reads .docx, .odt and HTML templates built in the test itself, so every fixture's bytes are
/// visible here and no binary files need to be trusted.
final class FormatReaderTests: XCTestCase {
  // MARK: - DOCX

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

  // MARK: - Errors

  func testEncryptedEntryIsRejected() {
    let data = TestZip.make([.init(name: "word/document.xml", data: Data(docxXML("").utf8), flags: 0x0001)])
    assertReadError(try TemplateFormat.extract(data: data, format: .docx), .encryptedDocument)
    assertReadError(try TemplateFormat.extract(data: data, format: .odt), .encryptedDocument)
    XCTAssertEqual(
      TemplateFormat.ReadError.encryptedDocument.localizedDescription.hasPrefix("encrypted document"), true)
  }

  func testPasswordProtectedOfficeFileAndLegacyDocAreNamed() {
    var compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
    assertReadError(try TemplateFormat.extract(data: compound, format: .docx), .legacyBinaryDocument)
    compound.append(contentsOf: "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    assertReadError(try TemplateFormat.extract(data: compound, format: .docx), .encryptedDocument)
  }

  func testNotAZipArchive() {
    assertReadError(try TemplateFormat.extract(data: Data("Hej!".utf8), format: .docx), .notZipArchive)
    assertReadError(try TemplateFormat.extract(data: Data(), format: .odt), .notZipArchive)
    XCTAssertEqual(TemplateFormat.ReadError.notZipArchive.description, "not a ZIP archive")
  }

  func testTruncatedArchiveIsRejected() {
    let data = sampleDocx()
    for length in [10, data.count / 2, data.count - 1] {
      XCTAssertThrowsError(try TemplateFormat.extract(data: data.prefix(length), format: .docx)) { error in
        guard case .corruptArchive = error as? TemplateFormat.ReadError else {
          return XCTFail("expected corruptArchive for \(length) bytes, got \(error)")
        }
      }
    }
  }

  func testDamagedDataFailsItsChecksum() throws {
    var data = sampleDocx()
    let offset = try XCTUnwrap(data.range(of: Data("Hej".utf8))).lowerBound
    data[offset] = UInt8(ascii: "X")
    assertReadError(
      try TemplateFormat.extract(data: data, format: .docx), .checksumMismatch(entry: "word/document.xml"))
  }

  func testDamagedDeflateStreamIsRejected() throws {
    let xml = Data(docxXML(String(repeating: "<w:p><w:r><w:t>Text</w:t></w:r></w:p>", count: 50)).utf8)
    var data = TestZip.make([.init(name: "word/document.xml", data: xml, deflate: true)])
    let archive = try ZipArchive(data: data)
    let entry = try XCTUnwrap(archive.entries.first)
    let dataStart = entry.localHeaderOffset + 30 + entry.name.utf8.count
    data.replaceSubrange(dataStart..<(dataStart + 8), with: [UInt8](repeating: 0xFF, count: 8))
    XCTAssertThrowsError(try TemplateFormat.extract(data: data, format: .docx)) { error in
      switch error as? TemplateFormat.ReadError {
      case .corruptArchive?, .checksumMismatch?: break
      default: XCTFail("unexpected \(error)")
      }
    }
  }

  func testAbsurdSizesAndZipBombsAreRefused() throws {
    let oversized = TestZip.make([
      .init(name: "word/document.xml", data: Data("x".utf8), declaredSize: 300 * 1024 * 1024)
    ])
    assertReadError(
      try TemplateFormat.extract(data: oversized, format: .docx),
      .entryTooLarge(entry: "word/document.xml", size: 300 * 1024 * 1024))

    // 8 MB of zeros deflates to a few kilobytes; claiming 100 bytes must not inflate it all.
    let bomb = TestZip.make([
      .init(name: "word/document.xml", data: Data(count: 8 * 1024 * 1024), deflate: true, declaredSize: 100)
    ])
    XCTAssertLessThan(bomb.count, 64 * 1024)
    XCTAssertThrowsError(try TemplateFormat.extract(data: bomb, format: .docx)) { error in
      guard case .corruptArchive(let detail) = error as? TemplateFormat.ReadError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertTrue(detail.contains("more than its declared size"), detail)
    }
  }

  func testUnsupportedCompressionMethod() {
    let data = TestZip.make([.init(name: "word/document.xml", data: Data("x".utf8), method: 12)])
    assertReadError(
      try TemplateFormat.extract(data: data, format: .docx),
      .unsupportedCompression(entry: "word/document.xml", method: 12))
  }

  func testMissingMainPartIsNamed() {
    let data = TestZip.make([.init(name: "[Content_Types].xml", data: Data("<Types/>".utf8))])
    assertReadError(try TemplateFormat.extract(data: data, format: .docx), .missingEntry("word/document.xml"))
    XCTAssertEqual(TemplateFormat.ReadError.missingEntry("word/document.xml").description, "word/document.xml missing")
    assertReadError(try TemplateFormat.extract(data: data, format: .odt), .missingEntry("content.xml"))
  }

  func testMalformedXMLReportsLineAndColumn() throws {
    let xml = docxXML("<w:p><w:r><w:t>Hej</w:t></w:r>\n<w:p>trasig</w:r></w:p>")
    let data = TestZip.make([.init(name: "word/document.xml", data: Data(xml.utf8))])
    XCTAssertThrowsError(try TemplateFormat.extract(data: data, format: .docx)) { error in
      guard case .xmlError(let entry, let line, let column, let message) = error as? TemplateFormat.ReadError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(entry, "word/document.xml")
      XCTAssertEqual(line, 4)
      XCTAssertGreaterThan(column, 1)
      XCTAssertEqual(message, "mismatched end tag")
      XCTAssertTrue("\(error)".hasPrefix("XML error at line 4, column "), "\(error)")
    }
  }

  // MARK: - ODT

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

  // MARK: - HTML

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

  // MARK: - Format detection and plain text

  func testFormatDetection() {
    XCTAssertEqual(TemplateFormat.detect(fromPath: "mallar/beslut.DOCX"), .docx)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "brev.dotx"), .docx)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "brev.odt"), .odt)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "brev.ott"), .odt)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "a/b.htm"), .html)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "a/b.html"), .html)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "README.md"), .markdown)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "x.markdown"), .markdown)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "brev.txt"), .plain)
    XCTAssertEqual(TemplateFormat.detect(fromPath: "v1.2/brev"), .plain)
    XCTAssertEqual(TemplateFormat.detect(fromPath: ".hidden"), .plain)
    XCTAssertNil(TemplateFormat(fileExtension: "pdf"))
    XCTAssertTrue(TemplateFormat.docx.isBinary)
    XCTAssertFalse(TemplateFormat.html.isBinary)
    XCTAssertEqual(TemplateFormat.markdown.documentFormat, .markdown)
    XCTAssertEqual(TemplateFormat.docx.documentFormat, .plain)
  }

  func testPlainTextIsItsOwnExtraction() throws {
    let text = "Hej!\r\n\r\nFörsta raden\nandra raden\n  \nSist"
    let document = try TemplateFormat.extract(data: Data(text.utf8), format: .plain)
    XCTAssertEqual(document.text, text)
    XCTAssertEqual(document.paragraphs.map(\.text), ["Hej!", "Första raden\nandra raden", "Sist"])
    for paragraph in document.paragraphs {
      XCTAssertEqual(slice(text, paragraph.utf8Range), paragraph.text)
    }
    XCTAssertEqual(document.sourceMap?.originalRange(of: 3..<9), 3..<9)
  }

  func testDocumentFromParagraphs() {
    let document = ExtractedDocument(paragraphs: ["Ett", "Två"])
    XCTAssertEqual(document.text, "Ett\n\nTvå")
    XCTAssertEqual(document.paragraphs[1].utf8Range, 5..<9)
    XCTAssertEqual(document.position(ofUTF8Offset: 4), .init(paragraph: 1, character: 4))
  }

  // MARK: - Helpers

  private func docxXML(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
    <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
    """
  }

  private func extractDocx(_ body: String) throws -> ExtractedDocument {
    let data = TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data(docxXML(body).utf8)),
    ])
    return try TemplateFormat.extract(data: data, format: .docx)
  }

  private func sampleDocx() -> Data {
    TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data(docxXML("<w:p><w:r><w:t>Hej</w:t></w:r></w:p>").utf8)),
    ])
  }

  private func extractOdt(_ body: String) throws -> ExtractedDocument {
    let content = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
      <office:automatic-styles><text:p>Inte brödtext</text:p></office:automatic-styles>\
      <office:body><office:text>\(body)</office:text></office:body></office:document-content>
      """
    let data = TestZip.make([
      .init(name: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8)),
      .init(name: "content.xml", data: Data(content.utf8), deflate: true),
    ])
    return try TemplateFormat.extract(data: data, format: .odt)
  }

  private func assertReadError(
    _ expression: @autoclosure () throws -> ExtractedDocument, _ expected: TemplateFormat.ReadError,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual(error as? TemplateFormat.ReadError, expected, file: file, line: line)
    }
  }

  private func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
  }

  private func utf8Range(of needle: String, in text: String) -> Range<Int>? {
    guard let range = text.range(of: needle) else { return nil }
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    return start..<(start + needle.utf8.count)
  }

  private func utf8Offset(of needle: String, in text: String) -> Int? {
    utf8Range(of: needle, in: text)?.lowerBound
  }

  /// 1-based line and character column of a UTF-8 offset.
  private func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let before = bytes[..<offset]
    let line = before.filter { $0 == 0x0A }.count + 1
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
  }
}

/// A minimal ZIP writer for fixtures: stored or deflated entries, with knobs to corrupt them.
enum TestZip {
  struct Entry {
    var name: String
    var data: Data
    var deflate = false
    var flags: UInt16 = 0
    var method: UInt16?
    /// Overrides the uncompressed size written in the headers.
    var declaredSize: Int?
  }

  static func make(_ entries: [Entry]) -> Data {
    var output: [UInt8] = []
    var central: [UInt8] = []
    for entry in entries {
      let raw = [UInt8](entry.data)
      let payload = entry.deflate ? deflate(raw) : raw
      let method = entry.method ?? (entry.deflate ? 8 : 0)
      let checksum = raw.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
      let name = Array(entry.name.utf8)
      let size = UInt32(entry.declaredSize ?? raw.count)
      let offset = UInt32(output.count)
      var local: [UInt8] = []
      append32(&local, 0x0403_4B50)
      append16(&local, 20)
      append16(&local, entry.flags | 0x0800)
      append16(&local, method)
      append16(&local, 0)
      append16(&local, 0x5821)
      append32(&local, checksum)
      append32(&local, UInt32(payload.count))
      append32(&local, size)
      append16(&local, UInt16(name.count))
      append16(&local, 0)
      output += local + name + payload

      append32(&central, 0x0201_4B50)
      append16(&central, 20)
      central += local[4..<26]
      append16(&central, UInt16(name.count))
      append16(&central, 0)  // extra
      append16(&central, 0)  // comment
      append16(&central, 0)  // disk
      append16(&central, 0)  // internal attributes
      append32(&central, 0)  // external attributes
      append32(&central, offset)
      central += name
    }
    let directoryOffset = UInt32(output.count)
    output += central
    append32(&output, 0x0605_4B50)
    append16(&output, 0)
    append16(&output, 0)
    append16(&output, UInt16(entries.count))
    append16(&output, UInt16(entries.count))
    append32(&output, UInt32(central.count))
    append32(&output, directoryOffset)
    append16(&output, 0)
    return Data(output)
  }

  /// Raw deflate (no zlib header), as ZIP stores it.
  static func deflate(_ input: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    let level = Z_BEST_COMPRESSION
    precondition(
      deflateInit2_(
        &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        == Z_OK)
    defer { deflateEnd(&stream) }
    var source = input.isEmpty ? [0] : input
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
    let status = source.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(input.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        return CZlib.deflate(&stream, Z_FINISH)
      }
    }
    precondition(status == Z_STREAM_END)
    return Array(output.prefix(Int(stream.total_out)))
  }

  private static func append16(_ bytes: inout [UInt8], _ value: UInt16) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
  }

  private static func append32(_ bytes: inout [UInt8], _ value: UInt32) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
  }
}
