import Foundation
import TestSupport
import XCTest

@testable import KlarsvarCore

/// The Checker over the formats templates live in, and configuration by glob, on real files.
final class CheckerTemplateTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-checker-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ name: String, _ data: Data) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  private func check(_ paths: [String] = ["."]) -> Checker.Outcome {
    Checker(options: Checker.Options(currentDirectory: folder)).run(paths: paths)
  }

  static func docx(_ paragraphs: [String]) -> Data {
    let body = paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined()
    let xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
      """
    return TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data(xml.utf8), deflate: true),
    ])
  }

  static func odt(_ paragraphs: [String]) -> Data {
    let body = paragraphs.map { "<text:p>\($0)</text:p>" }.joined()
    let content = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
      <office:body><office:text>\(body)</office:text></office:body></office:document-content>
      """
    return TestZip.make([
      .init(name: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8)),
      .init(name: "content.xml", data: Data(content.utf8), deflate: true),
    ])
  }

  static var encryptedOffice: Data {
    var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 56)
    bytes += "EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    return Data(bytes)
  }

  func testHTMLFindingsPointIntoTheOriginalMarkup() throws {
    let html =
      "<html><body>\n<p class=\"x\">Hej!</p>\n<p>Vi har <b>erhållit</b> ditt brev &amp; tackar.</p>\n</body></html>\n"
    try write("svar.html", Data(html.utf8))
    let outcome = check()
    let report = try XCTUnwrap(outcome.reports.first)
    XCTAssertEqual(report.format, .html)
    let finding = try XCTUnwrap(report.findings.first { $0.ruleID == "plain-officialese" })
    let location = report.location(of: finding.range)
    XCTAssertEqual(location.start.line, 3)
    XCTAssertEqual(location.start.column, 14)
    XCTAssertEqual(report.source?.text(in: finding.range), "erhållit")
    let edit = try XCTUnwrap(finding.suggestions.first?.edit)
    XCTAssertEqual(report.source?.text(in: edit.range), "erhållit")
  }

  func testDocxAndOdtAreCheckedByParagraph() throws {
    try write("mallar/brev.docx", Self.docx(["Hej!", "Vi har erhållit ditt brev."]))
    try write("mallar/brev.odt", Self.odt(["Hej!", "Tack. Vi har erhållit ditt brev."]))
    let outcome = check()
    XCTAssertEqual(outcome.reports.map(\.file.displayPath), ["mallar/brev.docx", "mallar/brev.odt"])
    for (report, column) in zip(outcome.reports, [8, 14]) {
      XCTAssertNil(report.error)
      let finding = try XCTUnwrap(report.findings.first { $0.ruleID == "plain-officialese" }, report.file.displayPath)
      let location = report.location(of: finding.range)
      XCTAssertEqual(location.unit, "paragraph")
      XCTAssertEqual(location.start.line, 2)
      XCTAssertEqual(location.start.column, column)
      XCTAssertEqual(
        report.document?.position(ofUTF8Offset: finding.range.lowerBound)?.description,
        "paragraph 2, character \(column)")
    }
  }

  func testUnreadableDocumentsAreErrorsAndTheRestIsStillChecked() throws {
    try write("a-låst.docx", Self.encryptedOffice)
    try write("b-trasig.odt", Data("PK\u{3}\u{4}inte alls".utf8))
    try write("c-brev.md", Data("Vi har erhållit ditt brev.\n".utf8))
    let outcome = check()
    XCTAssertEqual(outcome.reports.count, 3)
    XCTAssertTrue(outcome.reports[0].error?.contains("krypterat") == true, outcome.reports[0].error ?? "")
    XCTAssertNotNil(outcome.reports[1].error)
    XCTAssertNil(outcome.reports[2].error)
    XCTAssertFalse(outcome.reports[2].findings.isEmpty)
    XCTAssertEqual(outcome.exitCode, 2)
  }

  func testOverridesByGlobAndIgnoreGlobs() throws {
    let config = """
      {"ignore": ["arkiv/**", "*.utkast.md"],
       "overrides": [{"files": ["beslut/**"], "rules": {"plain-officialese": "error"}}]}
      """
    try write(".klarsvar.json", Data(config.utf8))
    let text = Data("Vi har erhållit ditt brev.\n".utf8)
    try write("svar.md", text)
    try write("beslut/avslag.md", text)
    try write("beslut/2024/avslag.html", Data("<p>Vi har erhållit ditt brev.</p>".utf8))
    try write("arkiv/gammalt.md", text)
    try write("nytt.utkast.md", text)
    let outcome = check()
    XCTAssertEqual(outcome.configErrors, [])
    XCTAssertEqual(outcome.reports.map(\.file.displayPath), ["beslut/2024/avslag.html", "beslut/avslag.md", "svar.md"])
    func severity(_ index: Int) -> Severity? {
      outcome.reports[index].findings.first { $0.ruleID == "plain-officialese" }?.severity
    }
    XCTAssertEqual(severity(0), .error)
    XCTAssertEqual(severity(1), .error)
    XCTAssertEqual(severity(2), .info)
    XCTAssertEqual(outcome.exitCode, 1)
  }

  func testDefaultExtensionsIncludeTemplateFormats() {
    for ext in [".html", ".htm", ".docx", ".odt", ".md", ".txt"] {
      XCTAssertTrue(FileTypes.defaultExtensions.contains(ext), ext)
    }
  }

  func testOutcomeCarriesRuleMetadataForReporters() {
    let outcome = check()
    XCTAssertFalse(outcome.rules.isEmpty)
    XCTAssertEqual(outcome.rules.map(\.id), outcome.rules.map(\.id).sorted())
  }
}
