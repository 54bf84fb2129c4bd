import Foundation
import TestSupport
import XCTest

@testable import KlarsvarServe

/// `multipart/form-data` as browsers and curl send it, and broken forms.
final class MultipartFormTests: XCTestCase {
  private let boundary = "----WebKitFormBoundaryA1b2C3"

  private func body(_ parts: [String], close: Bool = true) -> Data {
    Data((parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + (close ? "--\(boundary)--\r\n" : "")).utf8)
  }

  func testFileAndFieldFromABrowser() throws {
    let form = try MultipartForm(
      body: body([
        "Content-Disposition: form-data; name=\"kind\"\r\n\r\nreply",
        "Content-Disposition: form-data; name=\"file\"; filename=\"brev å \\\"1\\\".docx\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\nPK\r\n\r\nbytes--\(boundary.dropLast())",
      ]), boundary: boundary)
    XCTAssertEqual(form.parts.map(\.name), ["kind", "file"])
    XCTAssertEqual(form.parts[0].body, Data("reply".utf8))
    XCTAssertEqual(form.parts[1].fileName, "brev å \"1\".docx")
    XCTAssertEqual(form.parts[1].contentType, "application/octet-stream")
    XCTAssertEqual(form.parts[1].body, Data("PK\r\n\r\nbytes--\(boundary.dropLast())".utf8), "a near-boundary is data")
  }

  func testBoundaryFromTheContentType() {
    XCTAssertEqual(MultipartForm.boundary(ofContentType: "multipart/form-data; boundary=abc"), "abc")
    XCTAssertEqual(MultipartForm.boundary(ofContentType: "Multipart/Form-Data; charset=x; boundary=\"a b\""), "a b")
    XCTAssertNil(MultipartForm.boundary(ofContentType: "application/json"))
    XCTAssertNil(MultipartForm.boundary(ofContentType: "multipart/form-data"))
  }

  func testBrokenForms() {
    let cases: [(Data, String)] = [
      (Data("no boundary here".utf8), "saknar sin boundary"),
      (body(["Content-Disposition: form-data; name=\"file\"\r\n\r\nabc"], close: false), "avslutande boundary"),
      (body(["Content-Type: text/plain\r\n\r\nabc"]), "Content-Disposition"),
      (body(["Content-Disposition: form-data; name=\"a\"\r\n\r\nabc"]) + Data("x".utf8), ""),
      (Data("--\(boundary)garbage".utf8), "felaktig rad"),
    ]
    for (data, expected) in cases {
      do {
        let form = try MultipartForm(body: data, boundary: boundary)
        XCTAssertEqual(expected, "", "parsed \(form.parts.count) parts, expected a failure with \(expected)")
      } catch {
        XCTAssertTrue(error.message.contains(expected), "\(error.message) should mention \(expected)")
      }
    }
  }

  /// The boundary search stays linear on bodies made of almost-boundaries.
  func testFindIsKnuthMorrisPratt() {
    let needle = Array("\r\n--\(boundary)".utf8)
    var haystack = [UInt8]()
    for _ in 0..<2000 { haystack += needle.dropLast() }
    haystack += needle
    XCTAssertEqual(MultipartForm.find(needle, in: haystack, from: 0), haystack.count - needle.count)
    var random = SeededRandom(seed: 7)
    for _ in 0..<300 {
      let text = (0..<random.next(60)).map { _ in Array("ab\r\n-".utf8)[random.next(5)] }
      let pattern = (0..<(1 + random.next(4))).map { _ in Array("ab\r\n-".utf8)[random.next(5)] }
      let start = random.next(text.count + 1)
      let expected = text.indices.first { $0 >= start && text[$0...].starts(with: pattern) }
      XCTAssertEqual(MultipartForm.find(pattern, in: text, from: start), expected)
    }
  }
}
