import Testing

@testable import KlarsvarLanguage

/// Capability 4: the kind of a text from its signals, and the declared kind winning.
@Suite struct TextKindTests {
  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (kind, text) in TextKindCases.all {
      let result = language.textKind(of: LanguageDocument(text: text))
      let detail = result.signals.map(\.name).joined(separator: ",")
      outcomes.append(
        AccuracyOutcome(
          input: String(text.prefix(60)).replacingOccurrences(of: "\n", with: " "), expected: kind.rawValue,
          actual: result.kind == kind ? kind.rawValue : "\(result.kind.rawValue) [\(detail)]"))
    }
    expectAccuracy("textsorter", outcomes, floor: 0.95)
  }

  /// *som du säger* and *jag förklarar* are the writer and the reader talking; *säger hon* reports.
  @Test func speechOfWriterAndReaderIsNoReporting() {
    let language = TestResources.language
    let reply = "Avgiften har höjts, och som du säger var det ett svårt beslut. Men som du säger, det är valår."
    let news = "Avgiften har höjts. Det var ett svårt beslut, säger hon. Nämnden beslutade i mars, berättar han."
    let replySignals = language.textKind(of: LanguageDocument(text: reply)).signals.map(\.name)
    let newsSignals = language.textKind(of: LanguageDocument(text: news)).signals.map(\.name)
    #expect(!replySignals.contains("reporting"))
    #expect(newsSignals.contains("reporting"))
  }

  @Test func declaredKindWins() {
    let language = TestResources.language
    let document = LanguageDocument(text: TextKindCases.replies[0])
    let result = language.textKind(of: document, declared: .decision)
    #expect(result.kind == .decision && result.isDeclared && result.confidence == 1)
    #expect(TextKind.declared(inFrontMatter: "---\ntitle: x\nkind: replik\n---\nText") == .newspaperReply)
    #expect(TextKind.declared(inFrontMatter: "Text utan front matter") == nil)
    #expect(TextKind(name: "Beslut") == .decision)
  }
}
