import Foundation
import KlarsvarJSON
import Testing

@testable import KlarsvarLanguage

/// Strict decoding: unknown keys, wrong types and unknown names are errors with a JSON path, in Swedish.
@Suite struct DataDecodingTests {
  private func json(_ text: String) -> JSONValue {
    try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  private func lexiconError(_ words: String, paradigms: String? = nil) -> String {
    do throws(LanguageDataError) {
      var paradigmSets = [try paradigmsOfRepository()]
      if let paradigms { paradigmSets.append(try ParadigmSet(json: json(paradigms))) }
      _ = try Lexicon(paradigms: paradigmSets, words: [try WordList(json: json(words))])
      return "inget fel"
    } catch {
      return error.description
    }
  }

  private func paradigmsOfRepository() throws(LanguageDataError) -> ParadigmSet {
    let url = TestResources.directory.appendingPathComponent("paradigms.json")
    return try ParadigmSet(json: try! JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: url)))
  }

  @Test func unknownParadigmNamesThePath() {
    let words =
      #"{"words": [{"lemma": "kasta", "partOfSpeech": "verb", "paradigm": "v1"},"#
      + #"{"lemma": "rulla", "partOfSpeech": "verb", "paradigm": "v9"}]}"#
    #expect(lexiconError(words) == "/words/1/paradigm: okänt böjningsmönster \"v9\"")
  }

  @Test func unknownKeyWrongTypeAndMissingGender() {
    #expect(
      lexiconError(#"{"words": [{"lemma": "bil", "partOfSpeech": "noun", "paradigm": "n2", "genus": "utrum"}]}"#)
        .hasPrefix("/words/0/genus: okänd nyckel \"genus\""))
    #expect(
      lexiconError(#"{"words": [{"lemma": 12, "partOfSpeech": "noun"}]}"#)
        == "/words/0/lemma: ska vara en sträng, är ett tal")
    #expect(
      lexiconError(#"{"words": [{"lemma": "bil", "partOfSpeech": "noun", "paradigm": "n2"}]}"#)
        == "/words/0: substantivet \"bil\" saknar \"gender\" (utrum eller neutrum)")
    #expect(lexiconError(#"{"ord": []}"#).hasPrefix("/: filen ska ha exakt en nyckel på toppnivå, \"words\""))
  }

  @Test func lemmaMustHaveTheParadigmsEndingAndRequiredForms() {
    #expect(
      lexiconError(#"{"words": [{"lemma": "bil", "partOfSpeech": "noun", "paradigm": "n1", "gender": "utrum"}]}"#)
        == "/words/0/lemma: \"bil\" slutar inte på \"a\" som böjningsmönstret \"n1\" kräver")
    #expect(
      lexiconError(#"{"words": [{"lemma": "skina", "partOfSpeech": "verb", "paradigm": "v4"}]}"#)
        == "/words/0/forms: böjningsmönstret \"v4\" kräver formen \"past\"")
    #expect(
      lexiconError(#"{"words": [{"lemma": "utkasta", "partOfSpeech": "verb", "like": "slänga"}]}"#)
        == "/words/0/like: okänt ord \"slänga\" (ingen verb med det lemmat)")
  }

  @Test func malformedParadigmRule() {
    let paradigms = #"{"paradigms": {"x": {"partOfSpeech": "verb", "forms": {"present": "-a+er+", "plural": ""}}}}"#
    #expect(lexiconError(#"{"words": []}"#, paradigms: paradigms).contains("/paradigms/x/forms/p"))
  }

  @Test func aMunicipalityAddsAWordWithItsParadigm() throws {
    let words =
      #"{"words": [{"lemma": "fixa", "partOfSpeech": "verb", "paradigm": "v1"},"#
      + #"{"lemma": "trygghetsvärd", "partOfSpeech": "noun", "paradigm": "n2", "gender": "utrum"},"#
      + #"{"lemma": "omhänderta", "partOfSpeech": "verb", "like": "ta"},"#
      + #"{"lemma": "ringa tillbaka", "partOfSpeech": "verb", "like": "ringa"},"#
      + #"{"lemma": "avvika", "partOfSpeech": "verb", "paradigm": "v4", "forms": {"past": "avvek", "supine": "avvikit"}}]}"#
    let lexicon = try Lexicon(
      paradigms: [try paradigmsOfRepository()], words: TestResources.wordLists + [try WordList(json: json(words))])
    #expect(lexicon.analyses(of: "fixade").map(\.description).contains("fixa/past"))
    #expect(lexicon.form(of: "trygghetsvärd", .pluralDefinite) == "trygghetsvärdarna")
    #expect(lexicon.form(of: "omhänderta", .past) == "omhändertog")
    #expect(lexicon.form(of: "ringa tillbaka", .past) == "ringde tillbaka")
    #expect(lexicon.form(of: "avvika", .pastParticipleUtr) == "avviken")
  }

  @Test func invalidJSONIsReportedWithLineAndColumnInSwedish() {
    var resources = LanguageResources()
    #expect(
      throws: LanguageDataError(
        path: "/", message: "ogiltig JSON: 2:3: nyckeln \"a\" finns redan i objektet; ta bort den ena")
    ) {
      try resources.add(jsonText: Array("{\"a\": 1,\n  \"a\": 2}".utf8))
    }
    #expect(throws: LanguageDataError.self) { try resources.add(jsonText: Array("{\"words\": [1,]}".utf8)) }
  }
}
