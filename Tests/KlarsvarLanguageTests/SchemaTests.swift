import Foundation
import Testing

@testable import KlarsvarLanguage

/// `rules/schema/language.schema.json` names exactly the keys the decoders accept.
@Suite struct SchemaTests {
  nonisolated(unsafe) static let schema: [String: Any] = {
    let url = TestResources.directory.deletingLastPathComponent().appendingPathComponent("schema/language.schema.json")
    let data = try! Data(contentsOf: url)
    return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
  }()

  private func properties(_ object: Any?) -> Set<String> {
    Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
  }

  @Test func topLevelKeysAndStrictness() {
    #expect(Self.schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(Self.schema["additionalProperties"] as? Bool == false)
    #expect(properties(Self.schema) == LanguageResources.keys)
  }

  @Test func nestedKeysMatchTheDecoders() {
    let top = Self.schema["properties"] as! [String: Any]
    let defs = Self.schema["$defs"] as! [String: Any]
    #expect(properties(defs["word"]) == WordEntry.keys)
    #expect(properties(defs["paradigm"]) == Paradigm.keys)
    #expect(properties(top["functionWords"]) == FunctionWords.keys)
    let expressions = top["expressions"]
    #expect(properties(expressions) == ExpressionGrammar.keys)
    #expect(
      properties((expressions as? [String: Any])?["properties"].flatMap { ($0 as? [String: Any])?["letter"] })
        == LetterVocabulary.keys)
    let cells = (defs["cell"] as? [String: Any])?["enum"] as? [String]
    #expect(cells == Inflection.allCases.map(\.rawValue))
  }
}
