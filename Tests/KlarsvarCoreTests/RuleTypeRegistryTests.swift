import Foundation
import XCTest

@testable import KlarsvarCore

/// The registry of rule types: sorted, unique, complete.
final class RuleTypeRegistryTests: XCTestCase {
  func testRegistryIsSortedUniqueAndNamesEveryType() throws {
    let names = RuleTypes.all.map { $0.typeName }
    XCTAssertEqual(names, names.sorted(), "keep RuleTypes.all sorted by name")
    XCTAssertEqual(Set(names).count, names.count)
    XCTAssertEqual(Set(RuleTypes.byName.keys), Set(names))
    // The rules schema defines each type once, as `$defs/rule-NAME`: the registry names exactly those,
    // so a new type is its file, its registry line, its schema, its docs and its tests.
    let data = try Data(contentsOf: RulePackSchemaTests.schemaURL("rules"))
    let definitions = try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["$defs"])
    let defined = try XCTUnwrap(definitions as? [String: Any]).keys.filter { $0.hasPrefix("rule-") }
    XCTAssertEqual(Set(names), Set(defined.map { String($0.dropFirst("rule-".count)) }))
  }
}
