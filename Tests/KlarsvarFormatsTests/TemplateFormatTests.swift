import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// Formats by file name, plain text as its own extraction, documents from paragraphs.
final class TemplateFormatTests: XCTestCase {
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
}
