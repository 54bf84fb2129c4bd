import TestSupport
import XCTest

@testable import KlarsvarText

/// Swedish words, sentences and paragraphs; Markdown masking, placeholders and quoted text.
final class TokenizerTests: XCTestCase {
  private func tokenize(
    _ string: String, format: DocumentFormat = .plain,
    placeholders: [PlaceholderDelimiters] = PlaceholderDelimiters.defaults
  ) -> TokenizedText {
    Tokenizer(index: .empty).tokenize(SourceText(string), format: format, placeholders: placeholders)
  }

  private func words(_ string: String, format: DocumentFormat = .plain) -> [String] {
    let text = tokenize(string, format: format)
    return text.tokens.map(text.text(of:))
  }

  private func sentences(_ string: String, format: DocumentFormat = .plain) -> [String] {
    let text = tokenize(string, format: format)
    return text.sentences.map { text.source.text(in: $0.range) }
  }

  private func assertOneSentence(
    _ string: String, format: DocumentFormat = .plain, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(sentences(string, format: format), [string], file: file, line: line)
  }

  // MARK: Words

  func testWordsWithHyphensColonsAndSwedishLetters() {
    XCTAssertEqual(
      words("Skicka e-post till LSS-handläggaren på IVO:s webbplats, före Ärendet öppnades."),
      ["Skicka", "e-post", "till", "LSS-handläggaren", "på", "IVO:s", "webbplats", "före", "Ärendet", "öppnades"])
    XCTAssertEqual(words("Müller och Émile – ja"), ["Müller", "och", "Émile", "ja"])
    XCTAssertEqual(words("slut- och början"), ["slut", "och", "början"], "a trailing hyphen is not part of the word")
    XCTAssertEqual(words("(citat) \"ord\" 😀 ord!"), ["citat", "ord", "ord"])
  }

  func testNumbersDatesAndYears() {
    let text = tokenize("Senast 2027-06-30 eller 30/6 och 30.6.2027, år 2027, 1.5 timmar, 12 st, år 3000 och 1,5 kr.")
    let kinds = Dictionary(text.tokens.map { (text.text(of: $0), $0.kind) }, uniquingKeysWith: { first, _ in first })
    XCTAssertEqual(kinds["2027-06-30"], .date)
    XCTAssertEqual(kinds["30/6"], .date)
    XCTAssertEqual(kinds["30.6.2027"], .date)
    XCTAssertEqual(kinds["2027"], .year)
    XCTAssertEqual(kinds["3000"], .number)
    XCTAssertEqual(kinds["1.5"], .number)
    XCTAssertEqual(kinds["1,5"], .number)
    XCTAssertEqual(kinds["12"], .number)
    XCTAssertEqual(kinds["Senast"], .word)
    XCTAssertEqual(text.sentences.count, 1, "1.5 and 30.6.2027 do not end the sentence")
  }

  func testFoldingIsNFCAndLowerCaseButKeepsDiacritics() {
    let text = tokenize("FÅR far Får fa\u{0308}r FA\u{030A}R")
    let folded = text.tokens.map(text.folded)
    XCTAssertEqual(folded, ["får", "far", "får", "fär", "får"])
    let hashes = text.tokens.map(\.hash)
    XCTAssertEqual(hashes[0], hashes[2])
    XCTAssertEqual(hashes[0], hashes[4], "NFD input hashes like its NFC form")
    XCTAssertNotEqual(hashes[0], hashes[1], "far ≠ får")
    XCTAssertEqual(text.tokens.map(\.letterCount), [3, 3, 3, 3, 3], "combining marks are not letters")
    XCTAssertEqual(text.text(of: text.tokens[4]), "FA\u{030A}R", "the token's text is the original")
  }

  // MARK: Sentences

  func testSwedishAbbreviationsDoNotEndSentences() {
    let abbreviations = [
      "t.ex.", "bl.a.", "m.m.", "d.v.s.", "dvs.", "osv.", "s.k.", "ca", "kl.", "nr", "tel.", "resp.", "fr.o.m.",
      "t.o.m.", "jfr",
    ]
    for abbreviation in abbreviations {
      let first = "Vi gäller \(abbreviation) dessa frågor om stöd."
      XCTAssertEqual(
        sentences(first + " Nästa mening här."), [first, "Nästa mening här."], "abbreviation \(abbreviation)")
    }
    assertOneSentence("Kontakta t.ex. Anna på enheten eller enl. Socialtjänstlagen kap. 4 resp. 5.")
    assertOneSentence("Mötet börjar kl. 9 och gäller fr.o.m. Måndag t.o.m. Fredag.")
  }

  func testSentenceFinalAbbreviationsEndBeforeACapital() {
    XCTAssertEqual(
      sentences("Vi tar med mat, kaffe m.m. Sedan går vi hem."), ["Vi tar med mat, kaffe m.m.", "Sedan går vi hem."])
    XCTAssertEqual(sentences("Det gäller möten, samtal osv. Vi hörs."), ["Det gäller möten, samtal osv.", "Vi hörs."])
    assertOneSentence("Vi tar med mat m.m. och kaffe.")
    XCTAssertEqual(
      sentences("Vi köpte 4 st. Nästa vecka kommer fler."), ["Vi köpte 4 st.", "Nästa vecka kommer fler."])
    assertOneSentence("Vi köpte 4 st. till förrådet.")
  }

  func testTerminalsQuotesAndLowerCaseContinuations() {
    XCTAssertEqual(sentences("Hej! Hur mår du? Bra."), ["Hej!", "Hur mår du?", "Bra."])
    XCTAssertEqual(sentences("Vänta… Nu kommer det."), ["Vänta…", "Nu kommer det."])
    XCTAssertEqual(sentences("Hon sa: ”Vi kommer.” Sedan gick hon."), ["Hon sa: ”Vi kommer.”", "Sedan gick hon."])
    assertOneSentence("Priset är 1.5 miljoner och beslutet 30.6.2027 gäller.")
    // A full stop ends the sentence before a small letter too (reviewers count it so); an ellipsis does not.
    XCTAssertEqual(
      sentences("Det slutar här. och fortsätter med liten bokstav."),
      ["Det slutar här.", "och fortsätter med liten bokstav."])
    assertOneSentence("Vi väntade… och väntade.")
    assertOneSentence("Vi ska\nse över\nrutinerna.")
  }

  func testListItemsHeadingsAndParagraphs() {
    XCTAssertEqual(
      sentences("Vi erbjuder:\n1. Första punkten\n2. Andra punkten"),
      ["Vi erbjuder", "Första punkten", "Andra punkten"])
    XCTAssertEqual(
      sentences("- ett ord\n- två ord\n* tre\n+ fyra\n• fem"), ["ett ord", "två ord", "tre", "fyra", "fem"])
    XCTAssertEqual(words("1. Första\n2) Andra"), ["Första", "Andra"], "list numbers are not words")

    let text = tokenize(
      "# Om ditt ärende\nVi har läst ditt brev. Tack.\n\nNästa stycke\nfortsätter här.\n", format: .markdown)
    XCTAssertEqual(
      text.sentences.map { text.source.text(in: $0.range) },
      [
        "Om ditt ärende", "Vi har läst ditt brev.", "Tack.", "Nästa stycke\nfortsätter här.",
      ])
    XCTAssertEqual(text.paragraphs.map(\.isHeading), [true, false, false])
    XCTAssertEqual(text.paragraphs.map(\.sentenceRange), [0..<1, 1..<3, 3..<4])
    XCTAssertEqual(
      text.paragraphs.map { text.source.text(in: $0.range) },
      [
        "Om ditt ärende", "Vi har läst ditt brev. Tack.", "Nästa stycke\nfortsätter här.",
      ])
    XCTAssertEqual(text.sentences.map(\.paragraph), [0, 1, 1, 2])
    XCTAssertEqual(tokenize("# inte rubrik i ren text").paragraphs.map(\.isHeading), [false])
    XCTAssertEqual(tokenize("Ett.\r\n\r\nTvå.\r\rTre.").paragraphs.count, 3, "blank lines with \\r\\n and \\r")
  }

  func testAByteOrderMarkDoesNotHideTheFirstLine() {
    let heading = tokenize("\u{FEFF}# Rubrik\nText här.", format: .markdown)
    XCTAssertEqual(heading.paragraphs.map(\.isHeading), [true, false])
    XCTAssertEqual(heading.tokens.map(heading.text(of:)), ["Rubrik", "Text", "här"])
    let list = tokenize("\u{FEFF}1. Första\n2. Andra")
    XCTAssertEqual(list.sentences.map { list.source.text(in: $0.range) }, ["Första", "Andra"])
    let quote = tokenize("\u{FEFF}> Ni har fel.\n\nVi svarar.")
    XCTAssertEqual(quote.tokens.filter(\.isQuoted).map(quote.text(of:)), ["Ni", "har", "fel"])
    let directive = tokenize("\u{FEFF}klarsvar-disable-next-line test-vague\nText.")
    XCTAssertEqual(directive.directives.map(\.ruleIDs), [["test-vague"]])
  }

  // MARK: Markdown masking

  func testMarkdownCodeCommentsURLsAndEmailAreNotWords() {
    let markdown = """
      Före koden.

      ```swift
      vi ska fixa
      ```

      ~~~
      tilde kod
      ~~~

          indragen kod

      Kör `vi lovar` nu <!-- dold
      kommentar --> och läs https://www.ivo.se/klagomal?x=1 eller www.kommun.se, mejla info@kommun.se idag.
      """
    let text = tokenize(markdown, format: .markdown)
    XCTAssertEqual(
      text.tokens.filter { $0.kind == .word }.map(text.text(of:)),
      [
        "Före", "koden", "Kör", "nu", "och", "läs", "eller", "mejla", "idag",
      ])
    XCTAssertEqual(
      text.tokens.filter { $0.kind == .url }.map(text.text(of:)),
      [
        "https://www.ivo.se/klagomal?x=1", "www.kommun.se",
      ])
    XCTAssertEqual(text.tokens.filter { $0.kind == .email }.map(text.text(of:)), ["info@kommun.se"])
    let kinds = text.masked.map(\.kind)
    XCTAssertEqual(kinds.filter { $0 == .code }.count, 4, "two fences, one indented block, one inline span")
    XCTAssertEqual(kinds.filter { $0 == .comment }.count, 1)
    XCTAssertEqual(text.sentences.count, 2, "a URL, e-mail address or comment does not end a sentence")
  }

  func testPlainTextDoesNotSkipMarkdownConstructs() {
    XCTAssertEqual(words("Kör `vi` nu\n\n    indraget"), ["Kör", "vi", "nu", "indraget"])
    XCTAssertEqual(words("Läs https://ivo.se nu"), ["Läs", "https://ivo.se", "nu"])
  }

  func testFrontMatterIsReadAndSkipped() {
    let text = tokenize("---\nkind: decision\ntitel: \"Svar på klagomål\"\n---\nTack för brevet.\n", format: .markdown)
    XCTAssertEqual(text.frontMatter, ["kind": "decision", "titel": "Svar på klagomål"])
    XCTAssertEqual(text.tokens.map(text.text(of:)), ["Tack", "för", "brevet"])
    XCTAssertEqual(text.masked.first?.kind, .frontMatter)

    for variant in [
      "---\r\nkind: decision\r\n---\r\nTack.", "\u{FEFF}---\nkind: decision\n---\nTack.",
      "--- \nkind: decision\n---\t\nTack.",
    ] {
      let text = tokenize(variant, format: .markdown)
      XCTAssertEqual(
        text.frontMatter, ["kind": "decision"], "CRLF, byte order mark, trailing spaces: \(variant.debugDescription)")
      XCTAssertEqual(text.tokens.map(text.text(of:)), ["Tack"])
    }

    let unclosed = tokenize("---\nkind: decision\nTack.", format: .markdown)
    XCTAssertEqual(unclosed.frontMatter, [:], "without a closing line there is no front matter")
    XCTAssertEqual(tokenize("Text\n---\nkind: decision\n---\n", format: .markdown).frontMatter, [:])
  }

  // MARK: Placeholders

  func testPlaceholdersAreOpaqueTokens() {
    let text = tokenize("Hej {{förnamn}}! Vi ses ${datum} i «lokal» och [[rum nr 3]].")
    XCTAssertEqual(
      text.tokens.filter { $0.kind == .placeholder }.map(text.text(of:)),
      [
        "{{förnamn}}", "${datum}", "«lokal»", "[[rum nr 3]]",
      ])
    XCTAssertFalse(text.tokens.contains { text.text(of: $0) == "förnamn" || text.text(of: $0) == "rum" })
  }

  func testPlaceholdersNeverSplitASentence() {
    assertOneSentence("Vi kontaktar {{handläggare. Namn!}} och ${Ort. Datum?} i «Sal. B» senast [[Dag. Tid]] i morgon.")
  }

  func testPlaceholderDelimitersAreConfigurable() {
    let custom = [PlaceholderDelimiters(open: "<<", close: ">>")]
    let text = tokenize("Hej <<Namn. Efternamn>> och {{namn}}.", placeholders: custom)
    XCTAssertEqual(text.tokens.map(text.text(of:)), ["Hej", "<<Namn. Efternamn>>", "och", "namn"])
    XCTAssertEqual(text.tokens[1].kind, .placeholder)
    XCTAssertEqual(text.sentences.count, 1)
    XCTAssertEqual(tokenize("{{ett\ntvå}}").tokens.filter { $0.kind == .placeholder }.count, 0, "stays within a line")
  }

  // MARK: Quoted text

  func testQuotedLinesAndAttributedQuotationsAreMarked() {
    let string = """
      > Ni har slarvat bort
      > min ansökan.

      Du skriver att "personalen var otrevlig och kall" och det beklagar vi.
      Vi ger "stöd" och ”gott bemötande till alla”.
      """
    let text = tokenize(string, format: .markdown)
    let quoted = text.tokens.filter(\.isQuoted).map(text.text(of:))
    XCTAssertEqual(
      quoted,
      [
        "Ni", "har", "slarvat", "bort", "min", "ansökan", "personalen", "var", "otrevlig", "och", "kall", "gott",
        "bemötande",
        "till", "alla",
      ], "scare quotes around fewer than three words stay the writer's own")
    XCTAssertTrue(text.isQuoted(range(of: "slarvat", in: string)))
    XCTAssertTrue(text.isQuoted(range(of: "otrevlig", in: string)))
    XCTAssertFalse(text.isQuoted(range(of: "beklagar", in: string)))
    XCTAssertFalse(text.isQuoted(range(of: "stöd", in: string)))
  }

  /// The UTF-8 range of the first `needle` in `text`.
  private func range(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line)
    -> TextRange
  {
    let found = UTF8Search.range(of: needle, in: text)
    XCTAssertNotNil(found, "\"\(needle)\" not found", file: file, line: line)
    return TextRange(found?.lowerBound ?? 0, found?.upperBound ?? 0)
  }
}
