import Foundation
import KlarsvarLanguage
import TestSupport
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// The engine detects a text's kind through `DocumentLanguage` (an outline of the source's bytes);
/// `klarsvar analyse` and the language tests go through `LanguageDocument`. Both must see the same kind,
/// signals and signature.
final class DocumentLanguageTests: XCTestCase {
  private static let ruleSet = RuleSetLoader.load(PackFolder.builtIn).ruleSet

  private func engineLanguage(_ source: String, format: DocumentFormat) -> DocumentLanguage {
    let text = Tokenizer(index: Self.ruleSet.automaton.index).tokenize(
      SourceText(source), format: format, placeholders: [])
    return DocumentLanguage(language: Self.ruleSet.language, text: text)
  }

  private func describe(_ result: TextKindResult) -> String {
    result.kind.rawValue + " " + result.signals.map { "\($0.name)=\($0.evidence)" }.joined(separator: "; ")
  }

  private func compare(_ source: String, format: DocumentFormat, _ label: String) {
    let language = Self.ruleSet.language
    let engine = engineLanguage(source, format: format)
    let layer = language.textKind(of: LanguageDocument(text: source))
    XCTAssertEqual(describe(engine.detectedKind), describe(layer), label)
    XCTAssertEqual(engine.signature, language.signature(of: LanguageDocument(text: source)), label)
  }

  func testCorpusTextsGetTheSameKindBothWays() throws {
    let root = try RulePackSchemaTests.repositoryRoot()
    var count = 0
    for folder in ["Tests/Fixtures/eval", "examples"] {
      let directory = root.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
      where name.hasSuffix(".md") || name.hasSuffix(".txt") {
        let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        // Front matter declares a kind the engine takes as it is; the detection below it is compared.
        compare(source, format: name.hasSuffix(".md") ? .markdown : .plain, name)
        count += 1
      }
    }
    XCTAssertGreaterThan(count, 50)
  }

  func testRandomTextsGetTheSameKindBothWays() {
    let pieces = [
      "Hej", "Anna", "!", "\n", "\n\n", "Med vänlig hälsning", "Vänliga hälsningar", "Du", "du", "dig", "jag", "ni",
      "Beslut", "beslut", "Svar på", "insändaren", "säger", "”", ",", ".", "?", "Vanliga frågor", "Du kan överklaga",
      "förvaltningsrätten", "Anna Lind (S)", "ordförande i socialnämnden", "Presskontakt:", "08-123 45 67",
      "anna.lind@ekeby.se", "www.ekeby.se", "e-post", "LSS-beslut", "t.ex.", "Å", "é", "o\u{308}", "min mamma", "> ",
    ]
    var generator = SeededRandom(seed: 12)
    for round in 0..<400 {
      let source = generator.text(from: pieces, count: 1 + generator.next(50))
      compare(source, format: .plain, "round \(round): \(source.debugDescription)")
    }
  }
}
