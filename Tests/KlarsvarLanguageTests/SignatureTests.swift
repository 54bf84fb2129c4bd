import Testing

@testable import KlarsvarLanguage

/// Capability 5: signature blocks.
///
/// Expectation fields, separated by `;`: `named` or `anon` (always), `none` (no block at all), and, checked
/// when given, `P=Name (Party)` for each person in order, `R=role`, `B=body` (the first ones), `T=phones`,
/// `E=e-mails`, `W=websites`, `L=label` (first contact label).
@Suite struct SignatureTests {
  static let body = "Tack för ditt brev. Vi ringer dig nästa vecka.\n\n"

  static let cases: [(String, String)] = [
    (
      "Med vänlig hälsning\nAnna Lind (S), ordförande i socialnämnden",
      "named; P=Anna Lind (S); R=ordförande; B=socialnämnden"
    ),
    ("Med vänlig hälsning\n\nPer Ek (KD)\nKommunalråd", "named; P=Per Ek (KD); R=Kommunalråd"),
    ("Vänliga hälsningar\nKundcenter, Ekeby kommun", "anon; B=Kundcenter"),
    ("Handläggare: Maria Öberg", "named; P=Maria Öberg; R=Handläggare"),
    ("Med vänlig hälsning\nEva Ek\nenhetschef, hemtjänsten Norr", "named; P=Eva Ek; R=enhetschef; B=hemtjänsten Norr"),
    ("Med vänlig hälsning\nSocialförvaltningen, Ekeby kommun", "anon; B=Socialförvaltningen"),
    ("Hälsningar\nAnna", "named; P=Anna"),
    ("Mvh\nJohan Svensson\n08-123 45 67", "named; P=Johan Svensson; T=1"),
    (
      "Med vänliga hälsningar\nLena Holm\nBiståndshandläggare\nTelefon: 0480-123 45\nE-post: lena.holm@ekeby.se",
      "named; P=Lena Holm; R=Biståndshandläggare; T=1; E=1; L=telefon"
    ),
    ("Karin Berg (M), oppositionsråd", "named; P=Karin Berg (M); R=oppositionsråd"),
    ("Lars Nilsson (SD)\nledamot i socialnämnden", "named; P=Lars Nilsson (SD); R=ledamot"),
    ("Presskontakt: Sara Lund, kommunikatör, 070-123 45 67", "named; P=Sara Lund; R=kommunikatör; T=1; L=presskontakt"),
    ("Kontakt: socialtjansten@ekeby.se", "anon; E=1; L=kontakt"),
    ("Vänliga hälsningar\nHemtjänsten Centrum", "anon; B=Hemtjänsten Centrum"),
    (
      "Med vänlig hälsning\nMikael Andersson\nVerksamhetschef äldreomsorgen\nEkeby kommun",
      "named; P=Mikael Andersson; R=Verksamhetschef"
    ),
    (
      "Med vänlig hälsning\nAnna Svensson, socialsekreterare\nTfn 010-788 50 00",
      "named; P=Anna Svensson; R=socialsekreterare; T=1"
    ),
    ("Med vänlig hälsning\nNämndens ordförande\nEkeby kommun", "anon; R=Nämndens ordförande"),
    (
      "Med vänlig hälsning\n\nFredrik Ljung (L)\nordförande, omsorgsnämnden\nJenny Ahl (C)\nvice ordförande, omsorgsnämnden",
      "named; P=Fredrik Ljung (L); P=Jenny Ahl (C); R=ordförande; B=omsorgsnämnden"
    ),
    ("Vänliga hälsningar,\nMaria", "named; P=Maria"),
    ("Med vänlig hälsning\nÄldreomsorgen", "anon; B=Äldreomsorgen"),
    (
      "Med vänlig hälsning\nIngrid Sjöberg\nAvdelningschef\nSocialförvaltningen\nwww.ekeby.se",
      "named; P=Ingrid Sjöberg; R=Avdelningschef; B=Socialförvaltningen; W=1"
    ),
    ("Hälsningar\nBiståndsenheten\n0771-12 34 56", "anon; B=Biståndsenheten; T=1"),
    ("Med vänlig hälsning\nTomas Ek (V), gruppledare", "named; P=Tomas Ek (V); R=gruppledare"),
    ("Annika Strand (MP)\nSpråkrör, Miljöpartiet Ekeby", "named; P=Annika Strand (MP); R=Språkrör"),
    ("Med vänlig hälsning\nSocialnämnden", "anon; B=Socialnämnden"),
    (
      "Med vänlig hälsning\nHelena Björk\nområdeschef hemtjänsten\n+46 8 763 42 52",
      "named; P=Helena Björk; R=områdeschef; T=1"
    ),
    ("Bästa hälsningar\nNiklas Ahlgren", "named; P=Niklas Ahlgren"),
    (
      "Med vänlig hälsning\nAhmed Ali\nkontaktperson, LSS-enheten", "named; P=Ahmed Ali; R=kontaktperson; B=LSS-enheten"
    ),
    ("Kontaktperson: Hanna Ek, 08-508 294 00", "named; P=Hanna Ek; R=Kontaktperson; T=1; L=kontaktperson"),
    ("Med vänlig hälsning\nEkeby kommun", "anon; B=Ekeby kommun"),
    (
      "Med vänlig hälsning\nUlla Lindqvist\nMedicinskt ansvarig sjuksköterska",
      "named; P=Ulla Lindqvist; R=Medicinskt ansvarig sjuksköterska"
    ),
    ("Med vänlig hälsning\nKommunstyrelsens ordförande\nGöran Persson (S)", "named; P=Göran Persson (S)"),
    ("Mvh\nKundtjänst", "anon"),
    ("Vänligen\nMats", "named; P=Mats"),
    (
      "Med vänlig hälsning\n\nSofia Dahl\nSocialchef\nsofia.dahl@ekeby.se\n0480-45 00 00",
      "named; P=Sofia Dahl; R=Socialchef; T=1; E=1"
    ),
    ("Hälsningar från oss på Solgårdens äldreboende", "anon"),
    ("Med vänlig hälsning\nPersonalen på avdelning 3", "anon"),
    (
      "Med vänlig hälsning\nCecilia Falk, enhetschef\nCamilla Ros, samordnare",
      "named; P=Cecilia Falk; P=Camilla Ros; R=enhetschef"
    ),
    ("Med vänliga hälsningar\nKommunledningen", "anon"),
    (
      "Med vänlig hälsning\nStefan Larsson (M)\nKommunstyrelsens ordförande i Ekeby kommun",
      "named; P=Stefan Larsson (M)"
    ),
    ("Med vänlig hälsning\nOskar Lund\nTf enhetschef", "named; P=Oskar Lund; R=Tf enhetschef"),
    ("Vänliga hälsningar\nEmma\nKundcenter", "named; P=Emma; B=Kundcenter"),
    ("Med vänlig hälsning\nMalin Roos\nsocialsekreterare, barn och unga", "named; P=Malin Roos; R=socialsekreterare"),
    (
      "Med vänlig hälsning\nLinda Berg (KD)\nLedamot, Socialnämnden",
      "named; P=Linda Berg (KD); R=Ledamot; B=Socialnämnden"
    ),
    ("Med vänlig hälsning\nfornamn.efternamn@ekeby.se", "anon; E=1"),
    ("Med vänlig hälsning\nSocialtjänsten\nTelefon 0480-123 00", "anon; B=Socialtjänsten; T=1"),
    (
      "Med vänlig hälsning\nIsak Holmberg, socialsekreterare, Socialtjänsten Ekeby",
      "named; P=Isak Holmberg; R=socialsekreterare"
    ),
    ("/ Anna Berg, handläggare", "named; P=Anna Berg; R=handläggare"),
    ("Anna Berg\nHandläggare\nSocialförvaltningen", "named; P=Anna Berg; R=Handläggare; B=Socialförvaltningen"),
    ("Magnus Öst (S), kommunalråd\nTelefon: 070-987 65 43", "named; P=Magnus Öst (S); R=kommunalråd; T=1"),
    // The party tag ends the name even without a comma before the role.
    ("Lena Sjö (V) kommunstyrelsens ordförande", "named; P=Lena Sjö (V); R=kommunstyrelsens ordförande"),
    // A surname that ends like a body (*-stad*) after a first name and with a party tag.
    ("Lars Jilmstad (M), ordförande Farsta stadsdelsnämnd", "named; P=Lars Jilmstad (M)"),
    (
      "Britt Ek (C), ordförande i omsorgsnämnden\nAgneta Lind (S), vice ordförande i omsorgsnämnden",
      "named; P=Britt Ek (C); P=Agneta Lind (S)"
    ),
    ("Mona Sand (L) och Leif Ek (L)\nLiberalerna i Ekeby", "named"),
    ("Socialnämnden i Ekeby kommun", "anon; B=Socialnämnden i Ekeby kommun"),
    (
      "Med vänlig hälsning\nOmar Hassan\nHandläggare, ekonomiskt bistånd\nTelefontid vardagar 9–10",
      "named; P=Omar Hassan; R=Handläggare"
    ),
    ("Med vänlig hälsning\nHenrik\nHemtjänsten Väster", "named; P=Henrik; B=Hemtjänsten Väster"),
    ("Varma hälsningar\nTove och Sanna", "named; P=Tove; P=Sanna"),
    ("Med vänlig hälsning\nElin Axelsson\nVerksamhetsutvecklare", "named; P=Elin Axelsson"),
    (
      "Med vänlig hälsning\nAndreas Strömberg\nFörvaltningschef, socialförvaltningen",
      "named; P=Andreas Strömberg; R=Förvaltningschef; B=socialförvaltningen"
    ),
    (
      "Med vänlig hälsning\n\nJohanna Blom (S)\nOrdförande socialnämnden\n\nPresskontakt: Lisa Wik, 0480-111 22",
      "named; P=Johanna Blom (S); P=Lisa Wik; L=presskontakt"
    ),
    ("Med vänlig hälsning\nKvalitetsutvecklare, socialförvaltningen", "anon; R=Kvalitetsutvecklare"),
    ("Hej då!\nNora", "named; P=Nora"),
    ("Med vänlig hälsning\nDaniel Ek\n\n> Hej, jag undrar om avgiften.", "named; P=Daniel Ek"),
    (
      "Vänlig hälsning\nPatrik Nyberg, biståndshandläggare\npatrik.nyberg@ekeby.se",
      "named; P=Patrik Nyberg; R=biståndshandläggare; E=1"
    ),
    (
      "Med vänlig hälsning\nAnneli Forsberg\nEnhetschef LSS\n0480-55 55 55\nanneli.forsberg@ekeby.se",
      "named; P=Anneli Forsberg; R=Enhetschef LSS; T=1; E=1"
    ),
    ("Med vänlig hälsning\nBjörn Ek\nordförande\nSocialdemokraterna i Ekeby", "named; P=Björn Ek; R=ordförande"),
    ("Med vänlig hälsning\nWilliam Nord, assistent", "named; P=William Nord; R=assistent"),
    ("Med vänlig hälsning\nAvdelningen för vuxna", "anon"),
    ("Med vänliga hälsningar\nHans Ek och Mats Ek", "named; P=Hans Ek; P=Mats Ek"),
    ("Hälsningar,\nSandra Ek\nFamiljerättssekreterare", "named; P=Sandra Ek; R=Familjerättssekreterare"),
    (
      "Med vänlig hälsning\nLeila Omar\nSocialsekreterare\nMottagningsgruppen",
      "named; P=Leila Omar; R=Socialsekreterare"
    ),
    ("Mvh Julia", "named; P=Julia"),
    ("Vänliga hälsningar Kristina Ek", "named; P=Kristina Ek"),
    ("Med vänlig hälsning, Ludvig Hall", "named; P=Ludvig Hall"),
    // A party tag after the role is the person's party (issue 12: before, it was dropped).
    ("MVH\nSven Ek\nGruppledare (SD)", "named; P=Sven Ek (SD); R=Gruppledare"),
    ("Med vänlig hälsning\nKommunikationsavdelningen", "anon"),
    (
      "Med vänlig hälsning\nRoger Lindberg\nKommundirektör\nEkeby kommun\n010-123 45 67",
      "named; P=Roger Lindberg; R=Kommundirektör; T=1"
    ),
    ("Med vänlig hälsning\nNils Ek\nchef för hemtjänsten", "named; P=Nils Ek; R=chef; B=hemtjänsten"),
    ("Med vänlig hälsning\nAlice Gran\nUtredare, socialtjänsten", "named; P=Alice Gran; R=Utredare; B=socialtjänsten"),
    (
      "Med vänlig hälsning\nÅsa Ek\nEnhetschef\nHemtjänsten Norra", "named; P=Åsa Ek; R=Enhetschef; B=Hemtjänsten Norra"
    ),
    ("Med vänlig hälsning\nMedborgarservice\nTel 0480-45 00 00", "anon; B=Medborgarservice; T=1"),
    ("Med vänlig hälsning\nEva Lind\n\nPS. Bifogat finns beslutet.", "named; P=Eva Lind"),
    ("Frida Sjö, vice ordförande (C)", "named; P=Frida Sjö (C); R=vice ordförande"),
    ("Ola Berg (S)\nKommunalråd med ansvar för äldreomsorg", "named; P=Ola Berg (S); R=Kommunalråd"),
    ("Med vänlig hälsning\nDin handläggare\nSofia", "named; P=Sofia"),
    ("Med vänlig hälsning\nSocialförvaltningen\nEkeby kommun\nBox 123, 123 45 Ekeby", "anon; B=Socialförvaltningen"),
    ("Med vänlig hälsning\nFilip Ström\nsamordnare\nwww.ekeby.se/hemtjanst", "named; P=Filip Ström; R=samordnare; W=1"),
    ("Med vänlig hälsning\nMartin Ek (MP), ersättare i socialnämnden", "named; P=Martin Ek (MP)"),
    (
      "Med vänlig hälsning\nJessica Lundin\nkommunikatör\npress@ekeby.se",
      "named; P=Jessica Lundin; R=kommunikatör; E=1"
    ),
    ("Med vänlig hälsning\nEkeby kommun, Socialförvaltningen", "anon"),
    ("Med vänlig hälsning\nKarl Ek\nKarin Ek", "named; P=Karl Ek; P=Karin Ek"),
    (
      "Med vänlig hälsning\nLouise Wallin\nHandläggare\nTelefon: 0480-123 45 (tisdag–torsdag)",
      "named; P=Louise Wallin; R=Handläggare; T=1"
    ),
    ("Med vänlig hälsning\nHemtjänstens ledning", "anon"),
    ("Med vänlig hälsning\nAmanda Ek\nKontaktcenter", "named; P=Amanda Ek; B=Kontaktcenter"),
    ("Med vänlig hälsning\nPeter Ek\n\n--\nSkickat från min telefon", "named; P=Peter Ek"),
    (
      "Med vänlig hälsning\nIda Borg (V), ledamot\nMarcus Berg (V), ersättare",
      "named; P=Ida Borg (V); P=Marcus Berg (V)"
    ),
    (
      "Med vänlig hälsning\nDavid Roos\nTelefon: 08-713 10 00\nMobil: 070-111 22 33",
      "named; P=David Roos; T=2; L=telefon"
    ),
    ("Med vänlig hälsning\nHugo Ek, handläggare, tfn 0480-12 34 56", "named; P=Hugo Ek; R=handläggare; T=1"),
    ("Med vänlig hälsning\nElias Ek\nelias.ek@ekeby.se\n0480-123 456", "named; P=Elias Ek; T=1; E=1"),
    ("Med vänlig hälsning\nSocialnämndens presidium", "anon"),
    // No signature at all.
    ("Vi hoppas att detta besvarar din fråga.", "none"),
    ("Ring oss om du har frågor. Vi finns här för dig.", "none"),
    ("Beslutet kan överklagas till förvaltningsrätten.", "none"),
    ("Tack för att du hörde av dig till oss.", "none"),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (block, expected) in Self.cases {
      let document = LanguageDocument(text: Self.body + block)
      let signature = language.signature(of: document)
      let actual = Self.render(signature)
      let checked = expected.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      let actualFields = actual.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
      let matches = checked.allSatisfy { field in
        if field == "named" || field == "anon" || field == "none" { return actualFields.first == field }
        let key = field.prefix(2)
        let values = actualFields.filter { $0.hasPrefix(key) }
        if key == "P=" { return values.elementsEqual(checked.filter { $0.hasPrefix("P=") }) }
        return values.first == field
      }
      outcomes.append(AccuracyOutcome(input: block, expected: expected, actual: matches ? expected : actual))
    }
    expectAccuracy("underskrifter", outcomes, floor: 0.97)
  }

  static func render(_ signature: Signature?) -> String {
    guard let signature else { return "none" }
    var fields = [signature.isSignedByNamedPerson ? "named" : "anon"]
    fields += signature.people.map { "P=" + $0.name + ($0.party.map { " (\($0))" } ?? "") }
    if let role = signature.roles.first { fields.append("R=" + role) }
    if let body = signature.bodies.first { fields.append("B=" + body) }
    fields.append("T=\(signature.phones.count)")
    fields.append("E=\(signature.emails.count)")
    fields.append("W=\(signature.websites.count)")
    if let label = signature.contactLabels.first { fields.append("L=" + label) }
    return fields.joined(separator: "; ")
  }
}
