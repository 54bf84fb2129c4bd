import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarPhrases
@testable import KlarsvarText

/// The second round of shortcuts around the rules (compiled messages, the cased form read from the
/// first letters, cursors instead of searches, the findings sort) against their definitions.
final class PhraseEngineFastPathTests: XCTestCase {
  func testTemplatesRenderAsTheSlotSearchDefinesIt() {
    let templates = [
      "Tungt uttryck: ”{match}”. Skriv kortare.", "Inga fält", "{match}", "{match}{match}", "{okänd} {match",
      "{}{", "{suggestion", "}{match}{", "{{match}}", "", "{value} {max}", "åäö {match} 🙂", "{suggestion}",
      "Skriv ”{suggestion}” för ”{match}”.", "{a{match}", "{match}}", "x{match", "{mätch}", "{value}{match}{value}",
    ]
    let matches: [String?] = ["ord", " två  ord\n", "{match}", "", "å ä", nil]
    let slotSets: [[MessageTemplate.Slot]] = [
      [], [("suggestion", "få")], [("match", "a  b")], [("value", "{match}"), ("max", "7")],
      [("value", "1"), ("value", "2")],
    ]
    for template in templates {
      let compiled = MessageTemplate(template)
      for match in matches {
        for slots in slotSets {
          XCTAssertEqual(
            compiled.render(slots, match: match), Self.renderBySearching(template, slots, match: match), template)
        }
      }
      for name in ["suggestion", "match", "value", "a{match"] {
        // A slot is filled exactly when its value shows up in the rendering.
        let filled = compiled.render([(name, "\u{1}")], match: nil).contains("\u{1}")
        XCTAssertEqual(compiled.hasSlot(named: name), filled, "\(name) in \(template)")
      }
    }
  }

  /// The definition: from each `{`, its name runs to the next `}`; a name with a value is replaced
  /// and the search goes on after the `}`, any other `{` is text and the search goes on after it.
  private static func renderBySearching(_ template: String, _ slots: [MessageTemplate.Slot], match: String?)
    -> String
  {
    let bytes = Array(template.utf8)
    var output: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "{"), let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
        let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
        let value =
          slots.first { Array($0.name.utf8) == Array(name.utf8) }?.value
          ?? (name == "match" ? match.map(MessageTemplate.display) : nil)
        if let value {
          output += Array(value.utf8)
          index = close + 1
          continue
        }
      }
      output.append(bytes[index])
      index += 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  func testFormFromTheFirstLettersEqualsTheUnicodeForm() {
    var random = SeededRandom(seed: 11)
    let pieces = ["a", "B", "å", "Ä", "1", " ", "-", "ß", "É", "Ŋ", "”", "🙂", "ÿ", "×", "ª", "µ", "abc", "XYZ"]
    for _ in 0..<5000 {
      var text = random.text(from: pieces, count: random.next(10))
      let form = text.withUTF8(CasePreservation.Form.init(latin1:))
      let isLatin1 = text.unicodeScalars.allSatisfy { $0.value < 0x100 }
      XCTAssertEqual(form, isLatin1 ? CasePreservation.Form(unicode: text) : nil, text)
    }
  }

  func testFindingsSortEqualsTheStableSort() {
    var random = SeededRandom(seed: 3)
    for _ in 0..<500 {
      let findings = (0..<random.next(30)).map { index in
        let low = random.next(6)
        return Finding(
          ruleID: ["b", "a", "c", "e\u{301}", "é"][random.next(5)], category: .tone, severity: .hint,
          message: "\(index)", range: TextRange(low, low + random.next(3)), matchedText: "")
      }
      var fast = findings
      Linter.sortByRangeAndRule(&fast)
      let general = findings.sorted { ($0.range, $0.ruleID) < ($1.range, $1.ruleID) }
      XCTAssertEqual(fast, general)
    }
  }

  func testSentenceCursorEqualsTheSearch() {
    let source = "Vi ska se. Det blir bra!\n\nNästa stycke har text. Och mer?  Slut"
    let text = Tokenizer(index: WordIndex()).tokenize(SourceText(source), format: .plain, placeholders: [])
    var cursor = SentenceCursor(text.sentences)
    for offset in 0...(source.utf8.count + 1) {
      XCTAssertEqual(cursor.index(containing: offset), text.sentenceIndex(containing: offset), "\(offset)")
    }
  }

  /// Phrases with anchors and exceptions found from the automaton's ordered matches (the cursors) and
  /// from the same matches with the phrases out of order (the general path).
  func testOrderedPathsEqualTheGeneralOnes() throws {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-phrase", type: "phrase",
        [
          "phrases": ["ska se", "se över", "vi ska", "bra", "{snart|sedan}"], "unless": ["inte bra"],
          "unlessInSentence": ["i maj", "<number>"], "suggestions": ["granska"],
        ])
    ])
    let rules = linter.ruleSet.rules
    let phraseRule = try XCTUnwrap(rules.firstIndex { $0.metadata.id == "test-phrase" })
    let tokenizer = Tokenizer(index: linter.ruleSet.automaton.index)
    var random = SeededRandom(seed: 5)
    let words = ["vi ", "ska ", "se ", "över ", "bra ", "inte ", "i ", "maj ", "12 ", "snart ", "sedan ", ". ", "\n\n"]
    for _ in 0..<300 {
      let source = random.text(from: words, count: 1 + random.next(25))
      let text = tokenizer.tokenize(SourceText(source), format: .plain, placeholders: [])
      let all = linter.ruleSet.automaton.matches(in: text)
      let scratch = DocumentScratch(text: text)
      func context(_ rule: Int, _ matches: [PhraseMatch]) -> RuleCheckContext {
        RuleCheckContext(
          text: text, metadata: rules[rule].metadata, matches: ArraySlice(matches), kind: .reply, scratch: scratch,
          contacts: [:])
      }
      // Phrases: reversing the phrase matches among themselves keeps the other roles in order.
      let ordered = all.filter { $0.output.owner == Int32(phraseRule) }
      let phraseSlots = ordered.indices.filter { ordered[$0].output.plays(PhraseRule.Role.phrase) }
      var shuffled = ordered
      for (slot, source) in zip(phraseSlots, phraseSlots.reversed()) { shuffled[slot] = ordered[source] }
      var fast = context(phraseRule, ordered)
      rules[phraseRule].type.check(&fast)
      var general = context(phraseRule, shuffled)
      rules[phraseRule].type.check(&general)
      if Set(phraseSlots.map { ordered[$0].tokenStart }).count > 1 {
        XCTAssertEqual(fast.findings, general.findings, source)
      }
    }
  }
}
