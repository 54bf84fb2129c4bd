import Testing

@testable import KlarsvarLanguage

/// Signature blocks written after `SignatureTests` was tuned, measured before any change (first run: see
/// the README). Kept as a regression table.
@Suite struct SignatureHeldOutTests {
  static let cases: [(String, String)] = [
    ("Med vänlig hälsning\nGunilla Ström (S)\nOrdförande i vård- och omsorgsnämnden", "named; P=Gunilla Ström (S)"),
    ("Vänliga hälsningar\nVuxenenheten, Socialförvaltningen", "anon"),
    ("Med vänlig hälsning\nThomas Wik\nEnhetschef Solgårdens äldreboende\n0480-12 12 12", "named; P=Thomas Wik; T=1"),
    ("Ansvarig: Kerstin Holm, verksamhetschef", "named; P=Kerstin Holm"),
    ("Med vänlig hälsning\nOrdförande socialnämnden\nEkeby kommun", "anon"),
    ("Hälsningar\nJonas på kundcenter", "named; P=Jonas"),
    (
      "Med vänlig hälsning\nLinnea Sjögren\nSocialsekreterare, Barn och familj\nlinnea.sjogren@ekeby.se",
      "named; P=Linnea Sjögren; E=1"
    ),
    ("Inger Dahl (KD), 2:e vice ordförande", "named; P=Inger Dahl (KD)"),
    ("Med vänlig hälsning\nEkeby kommun\nKontaktcenter 0480-45 00 00", "anon; T=1"),
    ("Med vänliga hälsningar\nViktor Ek och Elsa Ek\nHemtjänsten Öst", "named; P=Viktor Ek; P=Elsa Ek"),
    ("Med vänlig hälsning\n\nSocialnämnden genom\nRobert Lind, ordförande", "named; P=Robert Lind"),
    ("Mvh\nSebastian\nLSS-handläggare", "named; P=Sebastian"),
    ("Med vänlig hälsning\nAvdelningen för funktionsstöd", "anon"),
    ("Presskontakt:\nMaja Holm, presschef\n070-222 33 44", "named; P=Maja Holm; T=1"),
    ("Med vänlig hälsning\nChrister Lund (M)\nGruppledare Moderaterna Ekeby", "named; P=Christer Lund (M)"),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (block, expected) in Self.cases {
      let actual = SignatureTests.render(language.signature(of: LanguageDocument(text: SignatureTests.body + block)))
      let fields = actual.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      let wanted = expected.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      let people = fields.filter { $0.hasPrefix("P=") }
      let ok =
        fields.first == wanted.first && people == wanted.filter { $0.hasPrefix("P=") }
        && wanted.filter { $0.hasPrefix("T=") || $0.hasPrefix("E=") }.allSatisfy(fields.contains)
      outcomes.append(AccuracyOutcome(input: block, expected: expected, actual: ok ? expected : actual))
    }
    expectAccuracy("underskrifter, nya", outcomes, floor: 0.8, minimumCount: 0)
  }
}
