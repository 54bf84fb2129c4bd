import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// Fixtures and assertions the format reader tests share.
extension XCTestCase {
  func docxXML(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
    <w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
    """
  }

  func extractDocx(_ body: String) throws -> ExtractedDocument {
    let data = TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data(docxXML(body).utf8)),
    ])
    return try TemplateFormat.extract(data: data, format: .docx)
  }

  func sampleDocx() -> Data {
    TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data(docxXML("<w:p><w:r><w:t>Hej</w:t></w:r></w:p>").utf8)),
    ])
  }

  func extractOdt(_ body: String) throws -> ExtractedDocument {
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

  func assertReadError(
    _ expression: @autoclosure () throws -> ExtractedDocument, _ expected: TemplateFormat.ReadError,
    file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertThrowsError(try expression(), file: file, line: line) { error in
      XCTAssertEqual(error as? TemplateFormat.ReadError, expected, file: file, line: line)
    }
  }

  func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
  }

  func utf8Range(of needle: String, in text: String) -> Range<Int>? {
    guard let range = text.range(of: needle) else { return nil }
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    return start..<(start + needle.utf8.count)
  }

  func utf8Offset(of needle: String, in text: String) -> Int? {
    utf8Range(of: needle, in: text)?.lowerBound
  }

  /// 1-based line and character column of a UTF-8 offset.
  func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    let before = bytes[..<offset]
    let line = before.filter { $0 == 0x0A }.count + 1
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
  }
}
