import Foundation
import KlarsvarJSON
import XCTest

@testable import KlarsvarServe

/// The routes, their refusals, the rule endpoints and the page's files.
final class ServeAPITests: XCTestCase {
  private let api = ServeFixtures.api

  private func get(_ path: String) -> HTTPResponse { api.handle(ServeFixtures.request("GET", path)) }

  func testHealth() throws {
    let health = try ServeFixtures.json(get("/api/health"))
    XCTAssertEqual(health["status"], "ok")
    XCTAssertGreaterThan(health["rules"]?.intValue ?? 0, 40)
    XCTAssertEqual(health["errors"], .array([]))
  }

  func testRulesAndOneRule() throws {
    let rules = try ServeFixtures.json(get("/api/rules"))["rules"]?.arrayValue ?? []
    XCTAssertEqual(rules.count, ServeFixtures.checker.ruleSet.rules.count)
    let ivo = try ServeFixtures.json(get("/api/rules/referral-complaint-ivo"))
    XCTAssertEqual(ivo["category"], "referral")
    XCTAssertEqual(ivo["categoryName"], "hänvisningar")
    XCTAssertTrue(ivo["explanation"]?.stringValue?.contains("IVO") ?? false)
    XCTAssertNotNil(ivo["reference"]?.stringValue)
    XCTAssertTrue(ivo["markdown"]?.stringValue?.hasPrefix("**referral-complaint-ivo**") ?? false)
    let unknown = get("/api/rules/ingen-sadan-regel")
    XCTAssertEqual(unknown.status, .notFound)
    XCTAssertTrue(unknown.text.contains("okänd regel"))
    XCTAssertEqual(get("/api/rules/a/b").status, .notFound)
  }

  func testUnknownPathsAndMethods() {
    XCTAssertEqual(get("/etc/passwd").status, .notFound)
    XCTAssertEqual(get("/../../etc/passwd").status, .notFound)
    let wrongMethod = get("/api/check")
    XCTAssertEqual(wrongMethod.status, .methodNotAllowed)
    XCTAssertEqual(wrongMethod.headers["Allow"], "POST")
    XCTAssertEqual(api.handle(ServeFixtures.request("DELETE", "/")).headers["Allow"], "GET, HEAD")
    XCTAssertEqual(get("/%ZZ").status, .badRequest)
  }

  /// Every answer forbids caching and framing: nothing a draft held stays in the browser.
  func testCommonHeaders() {
    for response in [get("/"), get("/api/health"), get("/nope"), ServeFixtures.post("/api/check", ["text": "Hej"])] {
      XCTAssertEqual(response.headers["Cache-Control"], "no-store")
      XCTAssertEqual(response.headers["X-Content-Type-Options"], "nosniff")
      XCTAssertEqual(response.headers["X-Frame-Options"], "DENY")
    }
  }

  /// The page loads nothing from elsewhere: its policy allows only its own files, and no file names
  /// another address.
  func testThePageIsSelfContained() {
    let page = get("/")
    XCTAssertEqual(page.headers["Content-Type"], "text/html; charset=utf-8")
    XCTAssertTrue(page.headers["Content-Security-Policy"]?.contains("default-src 'none'") ?? false)
    for path in PageAssets.byPath.keys.sorted() {
      let text = get(path).text
      XCTAssertFalse(text.isEmpty, path)
      for scheme in ["http://", "https://", "//cdn", "@import"] {
        XCTAssertFalse(text.contains(scheme), "\(path) names \(scheme)")
      }
    }
    XCTAssertTrue(page.text.contains("<html lang=\"sv\">"))
    XCTAssertTrue(page.text.contains("src=\"page.js\""))
  }

  func testCheckRefusesWhatItCannotRead() throws {
    func refusal(_ response: HTTPResponse) -> (Int, String) {
      let message = (try? ServeFixtures.json(response))?["error"]?["message"]?.stringValue ?? ""
      return (response.status.rawValue, message)
    }
    let plain = api.handle(
      ServeFixtures.request("POST", "/api/check", body: Data("Hej".utf8), headers: [("Content-Type", "text/plain")]))
    XCTAssertEqual(refusal(plain).0, 415)
    let broken = api.handle(
      ServeFixtures.request(
        "POST", "/api/check", body: Data("{\"text\":".utf8), headers: [("Content-Type", "application/json")]))
    XCTAssertEqual(refusal(broken).0, 400)
    XCTAssertTrue(refusal(broken).1.contains("ogiltig JSON"), refusal(broken).1)
    let cases: [(JSONValue, String)] = [
      (["txt": "Hej"], "okänd nyckel \"txt\""),
      (["text": 5], "\"text\""),
      (["text": "Hej", "name": "../../etc/passwd"], "inga mappar"),
      (["text": "Hej", "kind": "roman"], "ingen dokumenttyp"),
      (["text": "Hej", "settings": ["rulePaths": ["/etc"]]], "--rules"),
      (["text": "Hej", "settings": ["rules": ["ingen-regel-alls": "off"], "oops": 1]], "settings"),
      (["text": "Hej", "name": "brev.docx"], "read-file"),
    ]
    for (body, expected) in cases {
      let path = expected == "read-file" ? "/api/review" : "/api/check"
      let (status, message) = refusal(ServeFixtures.post(path, body))
      XCTAssertEqual(status, 400, "\(body)")
      XCTAssertTrue(message.contains(expected), "\(body): \(message)")
    }
  }

  /// The README documents every route with an example, and nothing else.
  func testEveryRouteIsDocumented() throws {
    let readme = try String(contentsOf: ServeFixtures.repository.appendingPathComponent("README.md"), encoding: .utf8)
    for route in ServeAPI.routes where route.path.hasPrefix("/api/") {
      let documented = route.path.replacingOccurrences(of: "*", with: "{id}")
      XCTAssertTrue(readme.contains("`\(route.method) \(documented)`"), "README lacks `\(route.method) \(documented)`")
    }
    let sorted = ServeAPI.routes.map { "\($0.path) \($0.method)" }
    XCTAssertEqual(sorted, sorted.sorted(), "the route list stays sorted")
  }
}

/// Literals for request bodies and expected values in these tests.
extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(dictionaryLiteral pairs: (String, JSONValue)...) { self = .object(Dictionary(pairs) { $1 }) }

  var intValue: Int? { if case .int(let value) = self { value } else { nil } }
}
