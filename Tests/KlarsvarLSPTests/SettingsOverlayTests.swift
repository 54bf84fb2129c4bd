import Foundation
import KlarsvarCore
import KlarsvarJSON
import XCTest

@testable import KlarsvarLSP

/// The editor's settings as clients send them, read by the core's `SettingsOverlay`.
final class SettingsOverlayTests: XCTestCase {
  private let base = URL(fileURLWithPath: "/arbetsyta")

  private func overlay(_ value: JSONValue?) throws -> SettingsOverlay {
    try SettingsOverlay(editorSettings: value, section: LanguageServer.settingsSection, base: base)
  }

  func testTheSectionIsUnwrappedAndEmptyFormsMeanNoSettings() throws {
    for empty: JSONValue? in [nil, .null, [:], [], ["klarsvar": .null], ["klarsvar": [:]]] {
      XCTAssertNil(try overlay(empty).editor, "\(String(describing: empty))")
    }
    XCTAssertEqual(try overlay(["failOn": "error"]).editor?.failOn, .error)
    XCTAssertEqual(try overlay(["klarsvar": ["failOn": "info"]]).editor?.failOn, .info)
    XCTAssertEqual(try overlay(["rulePaths": ["regler"]]).editor?.rulePaths.map(\.path), ["/arbetsyta/regler"])
  }

  func testInvalidSettingsNameTheirPath() {
    XCTAssertThrowsError(try overlay(["rules": ["a": "loud"]])) { error in
      XCTAssertEqual((error as? PackLoadError)?.jsonPath, "/rules/a")
    }
  }
}
