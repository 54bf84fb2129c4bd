import KlarsvarLSP
import XCTest

final class ServerNameTests: XCTestCase {
  func testServerName() {
    XCTAssertEqual(KlarsvarLSP.serverName, "klarsvar")
  }
}
