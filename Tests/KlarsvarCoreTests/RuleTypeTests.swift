import XCTest

@testable import KlarsvarCore
@testable import KlarsvarText

/// One focused check per rule type, plus document kinds and quoted text.
final class RuleTypeTests: XCTestCase {
  private static var ivo: [String: Any] {
    [
      "contacts": [
        [
          "id": "ivo", "name": "Inspektionen för vård och omsorg", "aliases": ["IVO"], "website": "ivo.se",
          "phone": "010-788 50 00", "outdatedPhones": ["08-555 00 00"], "outdatedWebsites": ["ivo.nu"],
        ] as [String: Any]
      ]
    ]
  }

  private static var closing: [String: Any] {
    TestPack.rule(
      "test-closing", type: "structure", category: "structure",
      ["anyOf": ["med vänliga hälsningar", "hälsningar"], "within": ["from": "end", "paragraphs": 2]])
  }

  func testRegistryIsSortedUniqueAndNamesEveryType() {
    let names = RuleTypes.all.map { $0.typeName }
    XCTAssertEqual(names, names.sorted(), "keep RuleTypes.all sorted by name")
    XCTAssertEqual(Set(names).count, names.count)
    XCTAssertEqual(Set(names), ["phrase", "pattern", "requires", "commitment", "metric", "structure", "contact"])
    XCTAssertEqual(Set(RuleTypes.byName.keys), Set(names))
  }

  // MARK: phrase

  func testPhraseSuggestionsPreserveCase() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-phrase", type: "phrase", message: "Skriv ”{suggestion}” i stället för ”{match}”.",
        ["phrases": ["erhålla", ["phrase": "i syfte att", "suggestions": ["för att"]]], "suggestions": ["få"]])
    ])
    let text = "Du kan erhålla stöd. Erhålla ska du. ERHÅLLA! I syfte att hjälpa."
    let findings = linter.lint(text).findings
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.newText) }, [["få"], ["Få"], ["FÅ"], ["För att"]])
    XCTAssertEqual(findings.map { $0.suggestions.map(\.kind) }, Array(repeating: [.replacement], count: 4))
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.range) }, findings.map { [$0.range] })
    XCTAssertEqual(findings[0].message, "Skriv ”få” i stället för ”erhålla”.")
    XCTAssertEqual(findings[3].message, "Skriv ”För att” i stället för ”I syfte att”.")
    XCTAssertEqual(findings[0].category, .plainLanguage)
    XCTAssertEqual(findings[0].severity, .warning)
  }

  func testPhraseSuggestionsPairWithTheFirstGroupsAlternatives() {
    let linter = TestPack.phraseLinter([["phrase": "erhåll{a|er|it}", "suggestions": ["få", "får", "fått"]]])
    let findings = linter.lint("Vi erhåller svar. Du har erhållit det. Att erhålla.").findings
    XCTAssertEqual(findings.map(\.matchedText), ["erhåller", "erhållit", "erhålla"])
    XCTAssertEqual(findings.map { $0.suggestions.map(\.edit.newText) }, [["får"], ["fått"], ["få"]])
  }

  func testPhraseUnlessAndUnlessInSentence() {
    let linter = TestPack.phraseLinter(
      ["inom kort"], ["unless": ["inom kort tid"], "unlessInSentence": ["senast <date>"]])
    XCTAssertEqual(
      TestPack.matched(linter, "Vi svarar inom kort tid. Vi svarar inom kort, senast 2027-06-30. Vi svarar inom kort."),
      ["inom kort"])
  }

  // MARK: pattern

  func testPatternPrefilterSuggestionsAndMaskedText() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-pattern", type: "pattern",
        ["pattern": #"\b(\w+) och/eller (\w+)\b"#, "prefilter": ["och/eller"], "suggestions": ["$1 eller $2"]]),
      TestPack.rule("test-gated", type: "pattern", ["pattern": #"\bärende\b"#, "prefilter": ["handläggning"]]),
    ])
    let result = linter.lint("Ring Anna och/eller Bo. Ditt ärende.")
    XCTAssertEqual(result.findings.map(\.ruleID), ["test-pattern"], "the prefilter word is missing, so no test-gated")
    XCTAssertEqual(result.findings.first?.matchedText, "Anna och/eller Bo")
    XCTAssertEqual(result.findings.first?.suggestions.map(\.edit.newText), ["Anna eller Bo"])
    XCTAssertEqual(TestPack.matched(linter, "Ditt Ärende är under handläggning.", rule: "test-gated"), ["Ärende"])
    XCTAssertEqual(
      TestPack.matched(
        linter, "Se `ärende` och https://x.se/ärende under handläggning.", rule: "test-gated",
        options: LintOptions(format: .markdown)), [], "code and URLs are blanked for patterns")
  }

  func testPatternCaseSensitivityAndSentenceScope() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-case", type: "pattern", ["pattern": #"\bNi\b"#, "caseSensitive": true]),
      TestPack.rule("test-sentence", type: "pattern", ["pattern": "^Kontakta.*$", "scope": "sentence"]),
      TestPack.rule("test-text", type: "pattern", ["pattern": "^Kontakta.*$"]),
    ])
    let text = "Hej. Kontakta t.ex. Anna på enheten. Ni och ni."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-case"), ["Ni"])
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-sentence"), ["Kontakta t.ex. Anna på enheten."])
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-text"), [], "without scope ^ is the start of a line")
  }

  func testPatternPrefilterCharactersSkipSentencesWithoutThem() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-quoted", type: "pattern",
        ["pattern": #"\bklienter\b"#, "scope": "sentence", "prefilterCharacters": "”\""])
    ])
    let text = "Vi träffar klienter varje dag. Vi kallar dem ”klienter” i journalen."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-quoted"), ["klienter"])
    XCTAssertEqual(
      linter.lint(text).findings.first?.range.lowerBound,
      text.utf8.count - " i journalen.".utf8.count - "klienter”".utf8.count,
      "only the sentence holding a quotation mark is searched")
  }

  func testPatternPrefilterAtSentenceStartSearchesOnlySentencesTheWordOpens() {
    let rule = TestPack.rule(
      "test-opener", type: "pattern",
      [
        "pattern": #"^angående\b[^.]*\."#, "scope": "sentence", "prefilter": ["angående"],
        "prefilterAt": "sentence-start",
      ])
    let linter = TestPack.linter(rules: [rule])
    // The second sentence opens with the word; in the first it only opens a line, which `^` would match.
    let text = "Vi har läst ditt brev\nangående avgiften. Angående hemtjänsten."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-opener"), ["Angående hemtjänsten."])
    let anywhere = TestPack.linter(rules: [
      TestPack.rule(
        "test-opener", type: "pattern",
        ["pattern": #"^angående\b[^.]*\."#, "scope": "sentence", "prefilter": ["angående"]])
    ])
    XCTAssertEqual(
      TestPack.matched(anywhere, text, rule: "test-opener"), ["angående avgiften.", "Angående hemtjänsten."],
      "without prefilterAt every sentence holding the word is searched")
  }

  func testPatternMaxSentenceLengthSkipsLongerSentences() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-short", type: "pattern",
        ["pattern": #"^angående\b.*$"#, "scope": "sentence", "maxSentenceLength": 21])
    ])
    // 21 characters (å counts once) are searched; 23 are not.
    let text = "Angående hemtjänsten. Angående hemtjänsterna."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-short"), ["Angående hemtjänsten."])
    let errors = RuleSetLoader.load([
      TestPack.folder(rules: [TestPack.rule("test-short", type: "pattern", ["pattern": "^x", "maxSentenceLength": 20])])
    ]).errors
    XCTAssertEqual(errors.count, 1)
    XCTAssertTrue(
      errors.first?.description.contains("maxSentenceLength: gäller bara regler med \"scope\": \"sentence\"") ?? false,
      errors.map(\.description).joined())
  }

  func testPatternPrefilterAtNeedsAPrefilterAndAKnownValue() {
    let withoutPrefilter = RuleSetLoader.load([
      TestPack.folder(rules: [
        TestPack.rule("test-opener", type: "pattern", ["pattern": "^x", "prefilterAt": "sentence-start"])
      ])
    ])
    XCTAssertEqual(withoutPrefilter.errors.count, 1)
    XCTAssertTrue(
      withoutPrefilter.errors.first?.description.contains("prefilterAt: kräver \"prefilter\"") ?? false,
      withoutPrefilter.errors.map(\.description).joined())
    let unknownValue = RuleSetLoader.load([
      TestPack.folder(rules: [
        TestPack.rule("test-opener", type: "pattern", ["pattern": "^x", "prefilter": ["x"], "prefilterAt": "början"])
      ])
    ])
    XCTAssertEqual(unknownValue.errors.count, 1)
    XCTAssertTrue(
      unknownValue.errors.first?.description.contains("\"början\" är inte ett giltigt värde") ?? false,
      unknownValue.errors.map(\.description).joined())
  }

  // MARK: requires

  func testRequiresReportsTheFirstTriggerWithRelatedLocationsAndATemplateBeforeTheClosing() {
    let requires = TestPack.rule(
      "test-requires", type: "requires", category: "referral",
      [
        "triggers": ["klagomål*", "missnöje"],
        "evidence": [["@contact:ivo.name"], ["@contact:ivo.phone", "@contact:ivo.website"]],
        "template": "Du kan också vända dig till IVO på {contact:ivo.phone}.",
      ])
    let linter = TestPack.linter(rules: [requires, Self.closing], extra: ["contacts.json": Self.ivo])
    let text =
      "Hej!\n\nTack för ditt klagomål. Vi förstår ditt missnöje och fler klagomål.\n\nMed vänliga hälsningar\nAnna"
    let findings = linter.lint(text).findings.filter { $0.ruleID == "test-requires" }
    XCTAssertEqual(findings.count, 1)
    guard let finding = findings.first else { return }
    XCTAssertEqual(finding.range, TestPack.range(of: "klagomål", in: text))
    XCTAssertEqual(finding.category, .referral)
    XCTAssertEqual(
      finding.related.map(\.range),
      [
        TestPack.range(of: "missnöje", in: text), TestPack.range(of: "klagomål", in: text, occurrence: 1),
      ])
    let closing = TestPack.range(of: "Med vänliga", in: text).lowerBound
    XCTAssertEqual(finding.suggestions.map(\.kind), [.insertion])
    XCTAssertEqual(finding.suggestions.first?.edit.range, TextRange(closing, closing))
    XCTAssertEqual(finding.suggestions.first?.edit.newText, "Du kan också vända dig till IVO på 010-788 50 00.\n\n")

    let withoutClosing = "Tack för ditt klagomål."
    let atEnd = linter.lint(withoutClosing).findings.first { $0.ruleID == "test-requires" }?.suggestions.first?.edit
    XCTAssertEqual(atEnd?.range, TextRange(withoutClosing.utf8.count, withoutClosing.utf8.count))
    XCTAssertEqual(atEnd?.newText, "\n\nDu kan också vända dig till IVO på 010-788 50 00.\n")
  }

  func testRequiresIsSatisfiedByEveryGroup() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule(
          "test-requires", type: "requires", category: "referral",
          [
            "triggers": ["klagomål*"],
            "evidence": [["@contact:ivo.name"], ["@contact:ivo.phone", "@contact:ivo.website"]],
          ])
      ], extra: ["contacts.json": Self.ivo])
    let flagged = [
      "Om klagomål: ring IVO.", "Klagomål går till www.ivo.se.", "Klagomål: IVO, 010-788 50 01.",
      "> IVO 010-788 50 00\n\nKlagomål tar vi emot.",
    ]
    let passing = [
      "Klagomål tar IVO emot på 010-788 50 00.", "Klagomål? Inspektionen för vård och omsorg, https://www.ivo.se/.",
      "Du kan vända dig till IVO (ivo.se).", "Klagomål. IVO: 010 788 50 00.",
    ]
    for text in flagged {
      XCTAssertEqual(TestPack.matched(linter, text, rule: "test-requires").count, 1, text)
    }
    for text in passing {
      XCTAssertEqual(TestPack.matched(linter, text, rule: "test-requires"), [], text)
    }
  }

  // MARK: commitment

  func testCommitmentWithAndWithoutTimeAnchors() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-commitment", type: "commitment", category: "commitment",
        [
          "cues": ["vi {ska|kommer att}", "målet är att"],
          "anchors": [
            "senast <date>", "{måndag|tisdag}", "vecka <number>", "inom {en|två|tre} veckor", "hösten <year>",
          ],
        ])
    ])
    let text = """
      Vi ska se över rutinerna. Vi kommer att ringa dig senast 2027-06-30. Målet är att bli bättre.
      Vi ska ringa på tisdag. Vi kommer att svara inom tre veckor. Vi ska ses. Vecka 12 ses vi.
      Vi ska bygga om hösten 2027. Vi ska, t.ex. vecka 14, ringa.
      """
    let result = linter.lint(text)
    XCTAssertEqual(result.findings.map(\.matchedText), ["Vi ska", "Målet är att", "Vi ska"])
    XCTAssertEqual(
      result.findings.map(\.range.lowerBound),
      [
        TestPack.range(of: "Vi ska se över", in: text).lowerBound, TestPack.range(of: "Målet", in: text).lowerBound,
        TestPack.range(of: "Vi ska ses", in: text).lowerBound,
      ])
    XCTAssertEqual(result.commitments.count, 8)
    XCTAssertEqual(result.commitments.filter { $0.anchor != nil }.count, 5)
    XCTAssertEqual(
      result.commitments.compactMap(\.anchor).map(result.source.text(in:)),
      ["senast 2027-06-30", "tisdag", "inom tre veckor", "hösten 2027", "vecka 14"])
  }

  // MARK: metric

  /// "Kommunen genomförde utredningen noggrant. Vi svarar snart." has 7 words in 2 sentences, and
  /// 4 words longer than six letters: LIX = 7 / 2 + 100 × 4 / 7 = 3.5 + 57.14 = 60.64.
  func testLIXAgainstAHandComputation() {
    func lint(_ text: String, max: Double, minWords: Int = 0) -> [Finding] {
      TestPack.linter(rules: [
        TestPack.rule(
          "test-lix", type: "metric", category: "readability", message: "LIX {value}, max {max}, {words} ord",
          ["metric": "lix", "scope": "document", "max": max, "minWords": minWords])
      ]).lint(text).findings
    }
    let text = "Kommunen genomförde utredningen noggrant. Vi svarar snart."
    XCTAssertEqual(lint(text, max: 40).map(\.message), ["LIX 61, max 40, 7 ord"])
    XCTAssertEqual(
      lint(text, max: 40).map(\.range), [TestPack.range(of: "Kommunen genomförde utredningen noggrant.", in: text)])
    XCTAssertEqual(lint(text, max: 60.6).count, 1)
    XCTAssertEqual(lint(text, max: 60.7).count, 0)
    XCTAssertEqual(lint(text, max: 40, minWords: 8).count, 0, "too short to judge")
    XCTAssertEqual(
      lint(text.decomposedStringWithCanonicalMapping, max: 40).map(\.message), ["LIX 61, max 40, 7 ord"],
      "NFD letters count once")
    // "hälsar" has six letters (not long) however it is encoded; URLs are not words.
    let nfd = "Vi ha\u{0308}lsar. Se https://www.exempel.se/sida."
    XCTAssertEqual(lint(nfd, max: 0.5).map(\.message), ["LIX 2, max 0.5, 3 ord"], "3 words / 2 sentences, no long word")
    let quoted = "Vi svarar snart.\n\n> Kommunen genomförde utredningen noggrant."
    XCTAssertEqual(lint(quoted, max: 1).map(\.message), ["LIX 3, max 1, 3 ord"], "quoted text is not counted")
  }

  func testLIXPerParagraphAndSentenceLength() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-lix-paragraph", type: "metric", category: "readability", message: "LIX {value}",
        ["metric": "lix", "scope": "paragraph", "max": 40]),
      TestPack.rule(
        "test-long", type: "metric", category: "readability", message: "{value} ord (max {max})",
        ["metric": "sentence-words", "scope": "sentence", "max": 8]),
    ])
    let text = """
      Vi svarar dig snart. Tack.

      Kommunen genomförde utredningen noggrant. Vi svarar snart.

      Det här är en mening med tio ord i sig. Den här har åtta ord och https://x.se räknas inte.
      """
    let result = linter.lint(text)
    let lix = result.findings.filter { $0.ruleID == "test-lix-paragraph" }
    XCTAssertEqual(lix.map(\.message), ["LIX 61"])
    XCTAssertEqual(lix.map(\.matchedText), ["Kommunen genomförde utredningen noggrant."])
    let long = result.findings.filter { $0.ruleID == "test-long" }
    XCTAssertEqual(long.map(\.message), ["10 ord (max 8)"], "the URL is not a word")
    XCTAssertEqual(long.map(\.matchedText), ["Det här är en mening med tio ord i sig."])
  }

  // MARK: structure

  func testStructureStartAndEndWindows() {
    let linter = TestPack.linter(rules: [
      TestPack.rule(
        "test-greeting", type: "structure", category: "structure",
        ["anyOf": ["hej", "god dag"], "within": ["from": "start", "paragraphs": 1], "template": "Hej!"]),
      Self.closing,
    ])
    func ids(_ text: String) -> [String] {
      linter.lint(text, options: LintOptions(format: .markdown)).findings.map(\.ruleID)
    }
    XCTAssertEqual(ids("Hej Anna!\n\nText.\n\nMer text.\n\nMed vänliga hälsningar\nBo"), [])
    XCTAssertEqual(ids("God dag.\n\nText.\n\nHälsningar\n\nBo Ek, enheten"), [], "within the last two paragraphs")
    XCTAssertEqual(ids("Text.\n\nHej Anna!\n\nMed vänliga hälsningar"), ["test-greeting"])
    XCTAssertEqual(
      ids("> Hej kommunen!\n\nText.\n\nMed vänliga hälsningar"), ["test-greeting"], "quoted hej does not count")
    XCTAssertEqual(
      ids("> Ni är dåliga.\n\nHej Anna!\n\nText.\n\nMed vänliga hälsningar"), [], "quote paragraphs are skipped")
    XCTAssertEqual(ids("Hej!\n\nMed vänliga hälsningar\n\nText.\n\nMer text."), ["test-closing"])

    let text = "Text först.\n\nMer.\n\nMed vänliga hälsningar"
    let greeting = linter.lint(text).findings.first { $0.ruleID == "test-greeting" }
    XCTAssertEqual(greeting?.range, TestPack.range(of: "Text först.", in: text))
    XCTAssertEqual(greeting?.suggestions.map(\.edit), [TextEdit(range: TextRange(0, 0), newText: "Hej!\n\n")])
    let missing = "Hej!\n\nSista meningen."
    XCTAssertEqual(
      linter.lint(missing).findings.first { $0.ruleID == "test-closing" }?.range,
      TestPack.range(of: "Sista meningen.", in: missing))
  }

  // MARK: contact

  func testContactFlagsOutdatedAndNearMissValuesWithTheCorrectOne() {
    let linter = TestPack.linter(
      rules: [
        TestPack.rule(
          "test-contact", type: "contact", category: "referral", severity: "error", message: "{contact}: {correct}",
          ["contacts": ["ivo"], "window": 6])
      ], extra: ["contacts.json": Self.ivo])
    let text = """
      Ring IVO på 08-555 00 00. IVO nås på 010-788 50 01 och 010-788 50 00.

      Skriv till IVO via ivo.nu eller www.ivo.sr.

      IVO finns. Ett två tre fyra fem sex sju åtta nio: 010-788 50 01.

      Polisen nås på 114 14 och 08-555 00 00.
      """
    let findings = linter.lint(text).findings
    XCTAssertEqual(findings.map(\.matchedText), ["08-555 00 00", "010-788 50 01", "ivo.nu", "www.ivo.sr"])
    XCTAssertEqual(
      findings.map(\.range.lowerBound),
      [
        TestPack.range(of: "08-555", in: text).lowerBound, TestPack.range(of: "010-788 50 01", in: text).lowerBound,
        TestPack.range(of: "ivo.nu", in: text).lowerBound, TestPack.range(of: "www.ivo.sr", in: text).lowerBound,
      ])
    XCTAssertEqual(
      findings.map { $0.suggestions.map(\.edit.newText) },
      [
        ["010-788 50 00"], ["010-788 50 00"], ["ivo.se"], ["www.ivo.se"],
      ])
    XCTAssertEqual(findings.first?.message, "Inspektionen för vård och omsorg: 010-788 50 00")
    XCTAssertEqual(findings.first?.severity, .error)
  }

  // MARK: Kinds and quoted text

  func testKindsFromOptionsAndFrontMatter() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-decision", type: "phrase", ["phrases": ["överklaga"], "kinds": ["decision"]])
    ])
    let text = "Du kan överklaga."
    XCTAssertEqual(TestPack.matched(linter, text, rule: "test-decision"), [], "a reply by default")
    XCTAssertEqual(
      TestPack.matched(linter, text, rule: "test-decision", options: LintOptions(kind: .decision)), ["överklaga"])
    let declared = "---\nkind: decision\n---\nDu kan överklaga."
    let result = linter.lint(declared, options: LintOptions(format: .markdown, kind: .reply))
    XCTAssertEqual(result.kind, .decision, "front matter wins over the configured kind")
    XCTAssertEqual(result.findings.map(\.matchedText), ["överklaga"])
    let unknown = linter.lint("---\nkind: brev\n---\nDu kan överklaga.", options: LintOptions(format: .markdown))
    XCTAssertEqual(unknown.kind, .reply)
    XCTAssertEqual(unknown.notices.count, 1)
    XCTAssertTrue(unknown.notices.first?.message.contains("brev") ?? false)
  }

  func testQuotedTextIsNotJudgedForToneOrPlainLanguage() {
    let linter = TestPack.linter(rules: [
      TestPack.rule("test-tone", type: "phrase", category: "tone", ["phrases": ["inkompetent*"]]),
      TestPack.rule("test-plain", type: "phrase", category: "plain-language", ["phrases": ["inkompetent*"]]),
      TestPack.rule("test-grammar", type: "phrase", category: "grammar", ["phrases": ["inkompetent*"]]),
    ])
    let text = """
      > Ni är inkompetenta.

      Du skriver att "ni är helt inkompetenta" och det förstår vi. Vi är inte "inkompetenta".
      """
    let findings = linter.lint(text, options: LintOptions(format: .markdown)).findings
    let third = TestPack.range(of: "inkompetenta", in: text, occurrence: 2)
    XCTAssertEqual(findings.filter { $0.ruleID == "test-tone" }.map(\.range), [third], "scare quotes are still judged")
    XCTAssertEqual(findings.filter { $0.ruleID == "test-plain" }.map(\.range), [third])
    XCTAssertEqual(findings.filter { $0.ruleID == "test-grammar" }.count, 3, "grammar is judged everywhere")
  }
}
