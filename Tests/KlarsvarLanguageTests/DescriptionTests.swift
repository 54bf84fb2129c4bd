import Testing

@testable import KlarsvarLanguage

/// Capability 7: the debug description names every analysis.
@Suite struct DescriptionTests {
  static let letter = """
    Hej Anna!

    Du skriver att ingen har ringt dig. Under våren kommer vi att se över rutinerna, och din handläggare ringer dig \
    senast den 14 mars. Frågan ska utredas inom kort.

    > Ingen har ringt mig på tre veckor.

    Med vänlig hälsning
    Eva Ek (S), ordförande i socialnämnden
    Telefon: 0480-12 34 56
    """

  @Test func describesEveryPart() {
    let description = TestResources.language.describe(Self.letter)
    let expectations = [
      "Textsort: reply", "signal greeting: \"Hej Anna!\"", "Underskrift: rad 7–9, namngiven person: ja",
      "person: Eva Ek (parti S, roll ordförande, organ socialnämnden)", "telefon: 0480-12 34 56",
      "reported", "blockQuote", "sats 1 main: Du skriver", "subjekt vi (speaker)", "hjälpverb kommer (future)",
      "huvudverb se över/infinitive", "flaggor omvänd ordföljd", "uttryck time/date (konkret): senast den 14 mars",
      "uttryck time/vague (vagt): inom kort", "rutinerna=rutin/pluralDefinite", "passiv",
    ]
    let missing = expectations.filter { !description.contains($0) }
    #expect(missing.isEmpty, "saknas: \(missing)")
  }

  @Test func declaredKindIsShown() {
    let description = TestResources.language.describe("---\nkind: beslut\n---\nDu beviljas hemtjänst.")
    #expect(description.hasPrefix("Textsort: decision (säkerhet 1, angiven)"))
  }
}
