import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The engine serves a rule type it has never heard of (not in the registry) through the
/// capabilities the type opts into: side outputs and the insertion anchor.
final class LinterCapabilityTests: XCTestCase {
  /// A value the probe hands over besides its findings, ordered last paragraph first.
  private struct Mark: SideOutput, Equatable {
    var paragraph: Int

    static func sort(_ values: inout [Mark]) { values.sort { $0.paragraph > $1.paragraph } }
  }

  /// Marks every paragraph, anchors insertions before `anchor`, and offers one insertion.
  private struct Probe: SideOutputProducing, InsertionAnchoring {
    static let typeName = "probe"
    var anchor: Int?
    /// Times `insertionParagraph` was asked (shared by copies of the probe).
    let asked: Counter

    init(anchor: Int?, asked: Counter) {
      self.anchor = anchor
      self.asked = asked
    }

    init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
      self.init(anchor: nil, asked: Counter())
    }

    func check(_ context: inout RuleCheckContext, collecting outputs: inout SideOutputs) {
      outputs.append(context.text.paragraphs.indices.map { Mark(paragraph: $0) })
      context.report(range: context.documentAnchor, suggestions: [context.insertion("Infogat.", title: "Infoga")])
      context.report(range: context.documentAnchor, suggestions: [context.insertion("Igen.", title: "Infoga")])
    }

    func insertionParagraph(in context: RuleCheckContext) -> Int? {
      asked.increment()
      return anchor
    }
  }

  private final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func increment() { value += 1 }
  }

  /// A linter with the probes after an ordinary pack's rules.
  private func linter(_ probes: [Probe]) -> Linter {
    let base = TestPack.linter(rules: [TestPack.rule("test-phrase", type: "phrase", ["phrases": ["erhålla"]])])
    let ruleSet = base.ruleSet
    let rules =
      ruleSet.rules
      + probes.enumerated().map { index, probe in
        CompiledRule(metadata: TestPack.metadata("test-probe-\(index)", .structure, .info), type: probe)
      }
    return Linter(
      ruleSet: RuleSet(
        packs: ruleSet.packs, rules: rules, automaton: ruleSet.automaton, contacts: ruleSet.contacts,
        language: ruleSet.language))
  }

  func testSideOutputsOfAnUnknownTypeAreCollectedAndSortedByTheirType() {
    let asked = Counter()
    let result = linter([Probe(anchor: nil, asked: asked), Probe(anchor: nil, asked: asked)]).lint(
      "Ett.\n\nTvå.\n\nTre.")
    XCTAssertEqual(
      result.sideOutputs[Mark.self].map(\.paragraph), [2, 2, 1, 1, 0, 0], "both rules, in the type's order")
    XCTAssertEqual(result.sideOutputs[Commitment.self], [], "a type nobody produced is empty")
  }

  func testTheEarliestAnchorIsAskedOncePerDocument() {
    let asked = Counter()
    let text = "Ett.\n\nTvå.\n\nTre."
    let result = linter([
      Probe(anchor: 2, asked: asked), Probe(anchor: 1, asked: asked), Probe(anchor: nil, asked: asked),
    ])
    .lint(text)
    let offset = TestPack.range(of: "Två.", in: text).lowerBound
    let insertions = result.findings.flatMap(\.suggestions).map(\.edit.range)
    XCTAssertEqual(insertions, Array(repeating: TextRange(offset, offset), count: 6))
    XCTAssertEqual(asked.value, 3, "each anchoring rule once, for six insertions")
  }

  func testWithoutAnAnchorInsertionsGoAtTheEnd() {
    let text = "Ett.\n\nTvå."
    let result = linter([Probe(anchor: nil, asked: Counter())]).lint(text)
    XCTAssertEqual(result.findings.first?.suggestions.first?.edit.range, TextRange(text.utf8.count, text.utf8.count))
  }
}
