import Foundation
import TestSupport
import XCTest

@testable import KlarsvarFormats
@testable import KlarsvarText

/// Damaged, encrypted and hostile archives fail with an error that names what is wrong.
final class TemplateReadErrorTests: XCTestCase {
  func testEncryptedEntryIsRejected() {
    let data = TestZip.make([.init(name: "word/document.xml", data: Data(docxXML("").utf8), flags: 0x0001)])
    assertReadError(try TemplateFormat.extract(data: data, format: .docx), .encryptedDocument)
    assertReadError(try TemplateFormat.extract(data: data, format: .odt), .encryptedDocument)
    XCTAssertEqual(
      TemplateFormat.ReadError.encryptedDocument.localizedDescription.hasPrefix("dokumentet är krypterat"), true)
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
    XCTAssertEqual(TemplateFormat.ReadError.notZipArchive.description.hasPrefix("inte ett ZIP-arkiv"), true)
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
      XCTAssertTrue(detail.contains("mer än sin angivna storlek"), detail)
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
    XCTAssertEqual(TemplateFormat.ReadError.missingEntry("word/document.xml").description, "word/document.xml saknas")
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
      XCTAssertEqual(message, "sluttaggen passar inte starttaggen")
      XCTAssertTrue("\(error)".hasPrefix("XML-fel på rad 4, kolumn "), "\(error)")
    }
  }

  /// libxml2 refused a well-formed part above 10 MB when it was handed over in one piece.
  func testADocumentPartAboveTenMegabytesOnOneLineIsRead() throws {
    let paragraph =
      "<w:p><w:r><w:t>Vi svarar dig senast den 4 april och hoppas att svaret hjälper dig.</w:t></w:r></w:p>"
    let count = 11_000_000 / paragraph.utf8.count + 1
    let xml = docxXML(String(repeating: paragraph, count: count))
    XCTAssertGreaterThan(xml.utf8.count, 10_000_000)
    XCTAssertGreaterThan(xml.split(separator: "\n").map(\.utf8.count).max() ?? 0, 10_000_000, "one line")
    let document = try TemplateFormat.extract(
      data: TestZip.make([.init(name: "word/document.xml", data: Data(xml.utf8))]), format: .docx)
    XCTAssertEqual(document.paragraphs.count, count)
  }

  func testEveryReadErrorIsSwedish() {
    let errors: [TemplateFormat.ReadError] = [
      .notZipArchive, .corruptArchive("x"), .encryptedDocument, .legacyBinaryDocument,
      .unsupportedCompression(entry: "a", method: 99), .entryTooLarge(entry: "a", size: 1),
      .checksumMismatch(entry: "a"),
      .missingEntry("a"), .xmlError(entry: "a", line: 1, column: 1, message: "m"), .notUTF8,
    ]
    for error in errors {
      for english in ["archive", "missing", "error", "document", "not ", "unsupported", "damaged"] {
        XCTAssertFalse(error.description.contains(english), error.description)
      }
    }
  }
}
