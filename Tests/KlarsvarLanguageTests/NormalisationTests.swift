import Foundation
import Testing

@testable import KlarsvarLanguage

/// The analyses read folded NFC forms, so decomposed å/ä/ö (NFD, as macOS file names and some pasted text
/// have them) and emoji give the same lemmas, clauses and spans as the NFC text.
@Suite struct NormalisationTests {
  private func summary(_ text: String) -> [String] {
    let language = TestResources.language
    return LanguageDocument(text: text).sentences.flatMap { sentence -> [String] in
      let clauses = language.clauses(in: sentence).map { clause in
        [
          clause.kind.rawValue, clause.finiteVerb?.lemma ?? "-", clause.subject?.person.rawValue ?? "-",
          clause.auxiliaries.map(\.auxiliaryClass.rawValue).joined(separator: "+"),
        ].joined(separator: " ")
      }
      return clauses + language.expressions(in: sentence).map { $0.kind.name + "/\($0.tokenRange.count)" }
    }
  }

  @Test func decomposedLettersGiveTheSameAnalysis() {
    for (text, _) in ClauseTests.cases + ExpressionTests.cases {
      let decomposed = text.decomposedStringWithCanonicalMapping
      #expect(summary(decomposed) == summary(text), "\(text)")
    }
  }

  @Test func emojiAndCapitalsDoNotDisturb() {
    #expect(summary("Vi ringer dig i morgon 😀.") == summary("Vi ringer dig i morgon."))
    let lexicon = TestResources.language.lexicon
    #expect(
      lexicon.analyses(of: CaseFolding.fold("FÖRVALTNINGEN")).map(\.description) == ["förvaltning/singularDefinite"])
    #expect(
      lexicon.analyses(of: CaseFolding.fold("Fo\u{308}rvaltningen")).map(\.description) == [
        "förvaltning/singularDefinite"
      ])
  }
}
