import Testing

@testable import KlarsvarLanguage

/// Capability 3: time (concrete and vague), owner and measure spans.
///
/// Expected: every span of the sentence as `kind/sub:text`, joined by ` · `; an empty string means none.
@Suite struct ExpressionTests {
  static let cases: [(String, String)] = [
    // Dates.
    ("Vi ringer dig den 3 mars.", "owner/person:Vi? · time/date:den 3 mars"),
    ("Beslutet gäller från 3 mars 2027.", "time/date:från 3 mars 2027"),
    ("Mötet är den 15 april 2026 i stadshuset.", "time/date:den 15 april 2026"),
    ("Svaret kommer senast den 14 mars.", "time/date:senast den 14 mars"),
    ("Skicka in blanketten före den 1 juni.", "time/date:före den 1 juni"),
    ("Du får beslutet 3/3.", "time/date:3/3"),
    ("Senast 30/6 2026 ska allt vara klart.", "time/date:Senast 30/6 2026 · measure/quantifier:allt?"),
    ("Beslut fattat 2026-03-03.", "time/date:2026-03-03"),
    ("Planen gäller till och med den 31 december 2026.", "time/date:till och med den 31 december 2026"),
    ("Insatsen gäller fr.o.m. den 1 maj.", "time/date:fr.o.m . den 1 maj"),
    ("Insatsen gäller t.o.m. 30.6.2027.", "time/date:t.o.m . 30.6.2027"),
    ("Vi träffas måndagen den 3 mars.", "time/date:måndagen den 3 mars"),
    ("Handläggaren ringer dig den 3:e april.", "owner/role:Handläggaren · time/date:den 3:e april"),
    ("Ansökan kom in den 2 jan.", "time/date:den 2 jan"),
    ("Du har rätt att överklaga inom tre veckor från den dag du fick beslutet.", "time/relative:inom tre veckor"),
    // Clock times and weekdays.
    ("Mottagningen är öppen klockan 14.", "owner/unit:Mottagningen · time/clock:klockan 14"),
    ("Ring oss kl. 9.45.", "time/clock:kl . 9.45"),
    ("Telefontiden är kl. 9–11.", "time/clock:kl . 9 – 11"),
    ("Vi ses på måndag.", "time/weekday:på måndag"),
    ("Jag ringer dig nästa fredag.", "owner/person:Jag · time/weekday:nästa fredag"),
    ("Svaret kommer senast fredag.", "time/weekday:senast fredag"),
    ("Hon besöker dig på onsdag eftermiddag.", "time/weekday:på onsdag eftermiddag"),
    ("Före klockan 12 behöver vi svaret.", "time/clock:Före klockan 12"),
    // Relative times.
    ("Vi ringer i morgon.", "time/relative:i morgon"),
    ("Handläggaren hör av sig idag.", "owner/role:Handläggaren · time/relative:idag"),
    ("Du får svar nästa vecka.", "time/relative:nästa vecka"),
    ("Vi återkommer inom två veckor.", "time/relative:inom två veckor"),
    ("Beslutet kommer inom 14 dagar.", "time/relative:inom 14 dagar"),
    ("Vi svarar inom tre arbetsdagar.", "time/relative:inom tre arbetsdagar"),
    ("Du får ett brev om två veckor.", "time/relative:om två veckor"),
    ("Vi kontaktar dig i slutet av veckan.", "time/relative:i slutet av veckan"),
    ("Vi skickar underlaget i veckan.", "time/relative:i veckan"),
    ("Utredningen blir klar senast i morgon.", "time/relative:senast i morgon"),
    ("Vi hörs den här veckan.", "time/relative:den här veckan"),
    // Named periods.
    ("Vi återkommer i januari.", "time/period:i januari"),
    ("Beslutet kommer senast i maj.", "time/period:senast i maj"),
    ("Arbetet börjar i början av april.", "time/period:i början av april"),
    ("Vi utvärderar under hösten 2026.", "time/period:under hösten 2026"),
    ("Förändringen gäller före sommaren.", "time/period:före sommaren"),
    ("Allt ska vara klart till årsskiftet.", "measure/quantifier:Allt? · time/period:till årsskiftet"),
    ("Vi hör av oss innan jul.", "time/period:innan jul"),
    ("Den nya rutinen införs i mitten av september 2026.", "time/period:i mitten av september 2026"),
    ("Enkäten skickas ut under första kvartalet 2027.", "time/period:under första kvartalet 2027"),
    ("Budgeten gäller under 2027.", "time/period:under 2027"),
    ("Vi ser över avgifterna vid årsskiftet 2026/2027.", "time/period:vid årsskiftet 2026/2027"),
    ("Platserna öppnar i höst.", "time/period:i höst"),
    ("Vi startade arbetet i våras.", "time/period:i våras"),
    ("Nya lokaler tas i bruk efter semestern.", "time/period:efter semestern"),
    ("Planen följs upp i slutet av året.", "time/period:i slutet av året"),
    ("Målen gäller för läsåret 2026/27.", "time/period:läsåret 2026/27"),
    ("Resultatet redovisas i år.", "time/period:i år"),
    ("Arbetet ska vara klart Q3 2027.", "time/period:Q3 2027"),
    ("Beslutet tas i juni 2026.", "time/period:i juni 2026"),
    // Weeks.
    ("Du får besked vecka 12.", "time/week:vecka 12"),
    ("Mötet hålls v. 41.", "time/week:v . 41"),
    ("Svaret kommer i vecka 8.", "time/week:i vecka 8"),
    ("Vi planerar starten till v 34.", "time/week:till v 34"),
    // Vague times.
    ("Vi återkommer inom kort.", "time/vague:inom kort"),
    ("Frågan ska utredas snart.", "time/vague:snart"),
    ("Vi kommer att se över rutinerna framöver.", "time/vague:framöver"),
    ("Det blir aktuellt längre fram.", "time/vague:längre fram"),
    ("På sikt vill vi bygga fler platser.", "time/vague:På sikt"),
    ("Vi återkommer så snart som möjligt.", "time/vague:så snart som möjligt"),
    ("Det sker inom en snar framtid.", "time/vague:inom en snar framtid"),
    ("Frågan tas upp i ett senare skede.", "time/vague:i ett senare skede"),
    ("Vi hör av oss vid ett senare tillfälle.", "time/vague:vid ett senare tillfälle"),
    ("Vi följer upp arbetet löpande.", "time/vague:löpande"),
    ("Kvaliteten förbättras kontinuerligt.", "time/vague:kontinuerligt"),
    ("Beslutet gäller tills vidare.", "time/vague:tills vidare"),
    ("Vi ska se över detta under året.", "time/vague:under året"),
    ("Vi ser över avgifterna på längre sikt.", "time/vague:på längre sikt"),
    ("Det löser sig så småningom.", "time/vague:så småningom"),
    ("Frågan kommer att lösas i framtiden.", "time/vague:i framtiden"),
    ("Vi återkommer inom den närmaste tiden.", "time/vague:inom den närmaste tiden"),
    // Owners.
    ("Enhetschefen ringer dig.", "owner/role:Enhetschefen"),
    ("Din handläggare skickar beslutet.", "owner/role:Din handläggare"),
    ("Socialsekreteraren Eva Lund tar kontakt med er.", "owner/role:Socialsekreteraren Eva Lund"),
    ("Kontakta verksamhetschefen på äldreboendet.", "owner/role:verksamhetschefen · owner/unit:äldreboendet"),
    ("Hemtjänsten i Norr ansvarar för bemanningen.", "owner/unit:Hemtjänsten i Norr"),
    ("Biståndsenheten fattar beslutet.", "owner/unit:Biståndsenheten"),
    ("Beslutet fattas av enheten för äldreomsorg.", "owner/unit:enheten för äldreomsorg"),
    ("Anna Berg ringer dig på tisdag.", "owner/person:Anna Berg · time/weekday:på tisdag"),
    ("Jag skickar papperen.", "owner/person:Jag"),
    ("Ring handläggare Maria Öberg.", "owner/role:handläggare Maria Öberg"),
    ("Hemtjänstchefen har fått frågan.", "owner/role:Hemtjänstchefen"),
    ("Socialnämnden beslutar i juni.", "owner/unit:Socialnämnden · time/period:i juni"),
    ("Er kontaktperson hör av sig.", "owner/role:Er kontaktperson"),
    ("Hemtjänsten Centrum bemannar kvällen.", "owner/unit:Hemtjänsten Centrum"),
    // Measures.
    ("Vi bemannar nattpasset med två personer.", "measure/quantity:två personer"),
    ("Besöket tar 30 minuter.", "measure/quantity:30 minuter"),
    ("Avgiften höjs med 10 procent.", "measure/quantity:10 procent"),
    ("Vi öppnar fem platser.", "measure/quantity:fem platser"),
    ("Vi öppnar fem nya platser.", "measure/quantity:fem nya platser"),
    ("Alla brukare får en kontaktperson.", "measure/quantifier:Alla"),
    ("Varje boende har en egen plan.", "measure/quantifier:Varje"),
    ("Samtliga medarbetare går utbildningen.", "measure/quantifier:Samtliga"),
    ("Städning sker var fjortonde dag.", "measure/frequency:var fjortonde dag"),
    ("Vi följer upp varje vecka.", "measure/frequency:varje vecka"),
    ("Personalen kommer två gånger per dag.", "measure/frequency:två gånger per dag"),
    ("Sjuksköterskan besöker dig en gång i veckan.", "owner/role:Sjuksköterskan · measure/frequency:en gång i veckan"),
    ("Vi kontrollerar larmen dagligen.", "measure/frequency:dagligen"),
    ("Avgiften är 250 kronor.", "measure/quantity:250 kronor"),
    ("Väntetiden har minskat med 20 %.", "measure/quantity:20 %"),
    ("Minst tre undersköterskor arbetar natt.", "measure/quantity:Minst tre undersköterskor"),
    // Combined.
    ("Enhetschefen ringer dig senast den 14 mars.", "owner/role:Enhetschefen · time/date:senast den 14 mars"),
    (
      "Från vecka 12 bemannar hemtjänsten i Norr kvällen med två personer.",
      "time/week:Från vecka 12 · owner/unit:hemtjänsten i Norr · measure/quantity:två personer"
    ),
    // No expression.
    ("Tack för ditt brev.", ""),
    ("Vi förstår att du är orolig.", ""),
    ("Det är viktigt för oss.", ""),
    ("Du har rätt till hjälp.", ""),
    ("Vi har fått många synpunkter.", ""),
    ("Vi arbetar med frågan.", ""),
    ("En handläggare har ansvaret.", ""),
    ("Vår verksamhet har höga krav.", ""),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (text, expected) in Self.cases {
      let sentence = LanguageDocument(text: text).sentences.first ?? LanguageSentence(tokens: [])
      let spans = language.expressions(in: sentence)
      let rendered = spans.map { span in
        span.kind.name + ":" + span.tokenRange.map { String(sentence.tokens[$0].text) }.joined(separator: " ")
      }
      // `?` marks a span that may or may not be found (a pronoun or quantifier beside the point of the case).
      let required = expected.split(separator: "·").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      let optional = Set(required.filter { $0.hasSuffix("?") }.map { String($0.dropLast()) })
      let mandatory = required.filter { !$0.hasSuffix("?") }
      let matches = rendered.filter { !optional.contains($0) } == mandatory
      outcomes.append(
        AccuracyOutcome(
          input: text, expected: mandatory.joined(separator: " · "),
          actual: matches ? mandatory.joined(separator: " · ") : rendered.joined(separator: " · ")))
    }
    expectAccuracy("uttryck", outcomes, floor: 0.97)
  }

  @Test func concreteAndVague() {
    let language = TestResources.language
    let sentence = LanguageDocument(text: "Vi återkommer inom kort, senast den 14 mars.").sentences[0]
    let spans = language.expressions(in: sentence).filter(\.isTime)
    #expect(spans.map(\.isConcrete) == [false, true])
  }
}
