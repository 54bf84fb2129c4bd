import Testing

@testable import KlarsvarLanguage

/// Texts written after `TextKindTests` was tuned, measured before any change (first run: see the README).
@Suite struct TextKindHeldOutTests {
  static let cases: [(TextKind, String)] = [
    (
      .reply,
      "Hej Margareta!\n\nTack för ditt brev om snöröjningen vid Solgården. Vi har pratat med entreprenören och gångvägen plogas nu före klockan 7 varje morgon.\n\nVänliga hälsningar\nDaniel Ek\nGatuenheten"
    ),
    (
      .newspaperReply,
      "Svar på ”Ingen lyssnar på föräldrarna”\n\nSkribenten efterlyser bättre information från förskolan. Från hösten får alla föräldrar veckobrev.\n\nEmma Lund (C), ordförande barn- och utbildningsnämnden"
    ),
    (
      .decision,
      "Beslut\n\nDu beviljas matdistribution från den 2 mars.\n\nSkäl\n\nDu kan inte laga mat själv efter operationen.\n\nDu kan överklaga beslutet till förvaltningsrätten inom tre veckor."
    ),
    (
      .summary,
      "Sammanfattning av dialogmötet i Norrby\n\nTack till er som deltog! Många lyfte busstrafiken och flera deltagare ville ha en ny lekplats.\n\nVad händer nu\n\nVi återkommer med ett förslag i september."
    ),
    (
      .opinion,
      "Ge personalen bättre villkor\n\nVi anser att undersköterskorna måste få heltid. Det är dags att majoriteten slutar prata och börjar handla. Vi föreslår att delade turer avskaffas.\n\nRolf Ek (V)"
    ),
    (
      .information,
      "Färdtjänst\n\nVem kan få färdtjänst?\n\nDu som har en funktionsnedsättning som gör det svårt att åka kollektivt.\n\nHur ansöker jag?\n\nDu ansöker via e-tjänsten eller på blankett."
    ),
    (
      .news,
      "Ny mötesplats för seniorer\n\nI maj öppnar en ny mötesplats i Södra. ”Vi vill bryta ensamheten”, säger samordnaren Tove Ek. Mötesplatsen blir öppen fem dagar i veckan, uppger kommunen."
    ),
    (
      .citizenLetter,
      "Hej!\n\nJag är besviken på att ingen har hört av sig om min ansökan om trygghetslarm. Min mamma har ramlat två gånger. Jag förväntar mig ett svar den här veckan.\n\nAgneta Holm"
    ),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    let outcomes = Self.cases.map { kind, text in
      let result = language.textKind(of: LanguageDocument(text: text))
      return AccuracyOutcome(
        input: String(text.prefix(50)), expected: kind.rawValue,
        actual: result.kind == kind ? kind.rawValue : "\(result.kind.rawValue) \(result.signals.map(\.name))")
    }
    // At least 7 right.
    expectAccuracy("textsorter, nya", outcomes, floor: 7 / Double(Self.cases.count), minimumCount: 0)
  }
}
