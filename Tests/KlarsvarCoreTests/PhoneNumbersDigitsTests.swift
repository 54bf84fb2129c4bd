import Foundation
import XCTest

@testable import KlarsvarCore

/// A contact's digits: "+46" (after leading blanks) becomes the trunk zero, exactly as when the
/// check was `trimmingCharacters(in: .whitespaces).hasPrefix("+46")`.
final class PhoneNumbersDigitsTests: XCTestCase {
  func testCountryCodeIsRecognisedAsFoundationTrimmingWould() {
    let numbers = [
      "+46 10 788 50 00", "  +46 10-788 50 00", "\u{A0}\t+46 (0)10 788 50 00", "\u{2003}+4610", "+46", "+4", "",
      " ", "+47 22 00 00 00", "010-788 50 00", "+46\u{301} 10", " \u{301}+46 10", "x+46", "+46–10", "\u{200B}+46 8",
    ]
    for number in numbers {
      var expected = String(number.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
      if number.trimmingCharacters(in: .whitespaces).hasPrefix("+46") { expected = "0" + expected.dropFirst(2) }
      XCTAssertEqual(PhoneNumbers.digits(of: number), expected, "\"\(number)\"")
    }
  }
}
