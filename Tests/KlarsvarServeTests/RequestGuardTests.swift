import Foundation
import XCTest

@testable import KlarsvarServe

/// DNS rebinding and cross-origin requests are refused before any route runs.
final class RequestGuardTests: XCTestCase {
  private let api = ServeFixtures.api
  private let port = ServeFixtures.port

  private func status(host: String, headers: [(String, String)] = [], method: String = "GET", path: String = "/")
    -> Int
  {
    api.handle(ServeFixtures.request(method, path, headers: headers, host: host)).status.rawValue
  }

  func testLoopbackAddressesWithThePortAreAccepted() {
    for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)", "10.0.0.5:\(port)"] {
      XCTAssertEqual(status(host: host), 200, host)
    }
  }

  /// A hostile site's own name resolving to 127.0.0.1 arrives as its name in Host.
  func testOtherHostNamesAndPortsAreRefused() {
    for host in [
      "evil.example:\(port)", "evil.example", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:\(port)",
      "127.0.0.1.nip.io:\(port)", "[::1]", "[evil]:\(port)", "", "999.0.0.1:\(port)",
    ] {
      let response = api.handle(ServeFixtures.request("GET", "/api/health", host: host))
      XCTAssertEqual(response.status, .forbidden, host)
      XCTAssertTrue(response.text.contains("127.0.0.1:\(port)"), "the message names the right address")
    }
  }

  func testHostGivenWithHostFlagIsAccepted() {
    let named = ServeAPI(checker: ServeFixtures.checker, port: port, host: "granskning.kommun.local")
    XCTAssertEqual(named.handle(ServeFixtures.request("GET", "/", host: "granskning.kommun.local:\(port)")).status, .ok)
    XCTAssertEqual(named.handle(ServeFixtures.request("GET", "/", host: "evil.example:\(port)")).status, .forbidden)
  }

  func testCrossOriginRequestsAreRefused() {
    let body = ["Content-Type": "application/json"].map { ($0.key, $0.value) }
    for origin in ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1:\(port)"] {
      let code = status(
        host: "127.0.0.1:\(port)", headers: body + [("Origin", origin)], method: "POST", path: "/api/check")
      XCTAssertEqual(code, 403, origin)
    }
    let fetchedBySite = [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "cors")]
    XCTAssertEqual(status(host: "127.0.0.1:\(port)", headers: fetchedBySite, path: "/api/rules"), 403)
    let otherPort = [("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Mode", "no-cors")]
    XCTAssertEqual(status(host: "localhost:\(port)", headers: otherPort, path: "/page.js"), 403)
  }

  func testThePageItselfAndLocalClientsAreAccepted() {
    let page = [("Origin", "http://localhost:\(port)"), ("Sec-Fetch-Site", "same-origin")]
    XCTAssertEqual(status(host: "localhost:\(port)", headers: page, path: "/api/health"), 200)
    XCTAssertEqual(status(host: "127.0.0.1:\(port)", path: "/api/health"), 200, "curl sends no Origin")
    let link = [("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate")]
    XCTAssertEqual(status(host: "127.0.0.1:\(port)", headers: link), 200, "a link from an intranet page opens the page")
  }
}

extension HTTPResponse {
  var text: String { String(decoding: body, as: UTF8.self) }
}
