import Foundation
import KlarsvarJSON
import TestSupport
import XCTest

@testable import KlarsvarServe

/// The API with the built-in packs (loaded once for all tests), requests to it, and documents.
enum ServeFixtures {
  static let port: UInt16 = 4870
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A folder without configuration, where the binary runs for comparisons.
  static let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-serve-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static let checker: DraftChecker = try! DraftChecker(DraftChecker.Startup(currentDirectory: folder))
  static let api = ServeAPI(checker: checker, port: port, host: "127.0.0.1")

  /// A request as a browser on the page sends it (Host and Origin of the page).
  static func request(
    _ method: String, _ target: String, body: Data = Data(), headers: [(String, String)] = [],
    host: String = "127.0.0.1:\(port)"
  ) -> HTTPRequest {
    var fields = HTTPHeaders([("Host", host)])
    for (name, value) in headers { fields.append(name, value) }
    return HTTPRequest(method: method, target: target, headers: fields, body: body)
  }

  /// `POST path` with a JSON body.
  static func post(_ path: String, _ body: JSONValue, headers: [(String, String)] = []) -> HTTPResponse {
    api.handle(
      request(
        "POST", path, body: JSONWriter.compact(body),
        headers: [("Content-Type", "application/json"), ("Origin", "http://127.0.0.1:\(port)")] + headers))
  }

  static func json(_ response: HTTPResponse) throws -> JSONValue { try JSONParser.parse(response.body) }

  static func example(_ name: String) throws -> String {
    try String(contentsOf: repository.appendingPathComponent("examples/\(name)"), encoding: .utf8)
  }

  /// A .docx whose paragraphs are `paragraphs`, each written as two runs (as Word splits text).
  static func docx(_ paragraphs: [String]) -> Data {
    func run(_ text: Substring) -> String { "<w:r><w:t xml:space=\"preserve\">\(escaped(String(text)))</w:t></w:r>" }
    let body = paragraphs.map { text in
      let middle = text.index(text.startIndex, offsetBy: text.count / 2)
      return "<w:p><w:pPr/>" + run(text[..<middle]) + run(text[middle...]) + "</w:p>"
    }
    let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    let document =
      #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w=""# + namespace + #""><w:body>"#
      + body.joined() + "</w:body></w:document>"
    return TestZip.make([
      TestZip.Entry(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      TestZip.Entry(name: "word/document.xml", data: Data(document.utf8), deflate: true),
    ])
  }

  /// A `multipart/form-data` body with one file field, and its content type.
  static func form(file: Data, name: String, extra: [(String, String)] = []) -> (body: Data, type: String) {
    let boundary = "----klarsvar\(UUID().uuidString)"
    var body = Data()
    for (field, value) in extra {
      body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n".utf8)
    }
    body += Data(
      ("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").utf8)
    body += file + Data("\r\n--\(boundary)--\r\n".utf8)
    return (body, "multipart/form-data; boundary=\(boundary)")
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }

  /// A draft with a vague promise and a complaint about home care without the referral to IVO.
  static let vaguePromiseDraft = """
    Hej Margareta!

    Tack för ditt klagomål om hemtjänsten hos din pappa. Vi kommer att se över rutinerna inom en snar framtid.

    Med vänliga hälsningar
    Lena Holm
    Enhetschef, hemtjänsten Norra Berga

    """
}
