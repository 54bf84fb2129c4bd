import XCTest

@testable import KlarsvarCore

/// The registry of rule types: sorted, unique, complete.
final class RuleTypeRegistryTests: XCTestCase {
  func testRegistryIsSortedUniqueAndNamesEveryType() {
    let names = RuleTypes.all.map { $0.typeName }
    XCTAssertEqual(names, names.sorted(), "keep RuleTypes.all sorted by name")
    XCTAssertEqual(Set(names).count, names.count)
    XCTAssertEqual(
      Set(names),
      [
        "phrase", "pattern", "requires", "commitment", "metric", "structure", "contact", "agreement", "capitalization",
        "split-compound", "verb-form",
      ])
    XCTAssertEqual(Set(RuleTypes.byName.keys), Set(names))
  }
}
