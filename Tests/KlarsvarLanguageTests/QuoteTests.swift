import Testing

@testable import KlarsvarLanguage

/// Capability 6: quotations, block quotes and reported paraphrase.
///
/// Expected: the spans in order as `q+:text` (attributed quotation), `q-:text` (unattributed), `b:text`
/// (block quote), `r:text` (reported), joined by ` · `; empty means none.
@Suite struct QuoteTests {
  static let cases: [(String, String)] = [
    // Swedish quotation marks, attributed.
    ("Hon sa: ”Vi gör vårt bästa.”", "q+:Vi gör vårt bästa."),
    ("”Vi gör vårt bästa”, säger enhetschefen.", "q+:Vi gör vårt bästa"),
    ("”Det är inte acceptabelt”, skriver insändarskribenten.", "q+:Det är inte acceptabelt"),
    ("Enligt chefen ”fungerar allt som det ska”.", "q+:fungerar allt som det ska"),
    ("Du skriver: ”Ingen har ringt mig på tre veckor.”", "q+:Ingen har ringt mig på tre veckor."),
    ("Han menar att ”personalen inte lyssnar”.", "q+:personalen inte lyssnar"),
    ("”Vi tar kritiken på allvar” säger verksamhetschefen.", "q+:Vi tar kritiken på allvar"),
    ("Insändaren har rubriken ”Ingen bryr sig om de gamla”.", "q-:Ingen bryr sig om de gamla"),
    ("Ordföranden säger: ”Vi ska anställa fler.”", "q+:Vi ska anställa fler."),
    ("”Jag är besviken”, berättar hon.", "q+:Jag är besviken"),
    // Straight, angled and English marks.
    ("Hon sa: \"Vi ringer i morgon.\"", "q+:Vi ringer i morgon."),
    ("\"Det löser sig\", säger han.", "q+:Det löser sig"),
    ("Han skrev: «Vi saknar personal.»", "q+:Vi saknar personal."),
    ("Hon sa: »Vi återkommer.»", "q+:Vi återkommer."),
    ("Hon sa: »Vi återkommer.«", "q+:Vi återkommer."),
    ("He said: “We will call you.”", "q+:We will call you."),
    ("Sie sagte: „Wir rufen an.“", "q+:Wir rufen an."),
    ("Rubriken var ’Äldreomsorgen brister’.", "q-:Äldreomsorgen brister"),
    ("Hon sa: ’Vi hörs.’", "q+:Vi hörs."),
    ("Det kallas \"trygg hemgång\" i kommunen.", "q-:trygg hemgång"),
    // Scare quotes (unattributed, short).
    ("Vi har många ”brukare” i hemtjänsten.", "q-:brukare"),
    ("Det så kallade ”stödet” kom aldrig.", "q-:stödet"),
    ("Kommunens ”hjälp” var otillräcklig.", "q-:hjälp"),
    ("De ”klienter” som nämns har egna handläggare.", "q-:klienter"),
    ("Den ”tryggheten” märks inte.", "q-:tryggheten"),
    ("Personalen ger ”god omsorg” varje dag.", "q-:god omsorg"),
    ("Vi erbjuder ”flexibla lösningar”.", "q-:flexibla lösningar"),
    ("Det här är ”kvalitet” enligt förvaltningen.", "r:Det här är ”kvalitet” enligt förvaltningen · q-:kvalitet"),
    ("Hemtjänsten ”Trygg i Norr” startar i maj.", "q-:Trygg i Norr"),
    ("Projektet heter ”Ett gott liv”.", "q-:Ett gott liv"),
    // Several quotations.
    ("Hon sa ”ja” och han sa ”nej”.", "q+:ja · q+:nej"),
    ("”Vi hör av oss”, sa de. ”Snart”, lade de till.", "q+:Vi hör av oss · q-:Snart"),
    ("Orden ”snart” och ”inom kort” säger inget.", "q-:snart · q-:inom kort"),
    // Quotations across a line break and within paragraphs.
    ("Hon skrev: ”Vi har inte fått\nnågot svar.”", "q+:Vi har inte fått\nnågot svar."),
    ("”Det är fel” – så skriver du i ditt brev.", "q-:Det är fel"),
    // Apostrophes and inch marks are no quotation.
    ("IVO’s tillsyn gäller alla.", ""),
    ("Skärmen är 24\" stor.", ""),
    ("Det är Anna’s bok.", ""),
    ("Kommunen har 12 000 invånare.", ""),
    ("Vi ringer dig i morgon.", ""),
    // An opening mark without a closing one.
    ("Hon sa: ”Vi ringer i morgon.\n\nNästa stycke.", ""),
    ("Han skrev \"inget mer.", ""),
    // Block quotes.
    ("> Hej, jag undrar varför ingen har ringt.\n\nHej Anna!", "b:Hej, jag undrar varför ingen har ringt."),
    (
      "> Jag har väntat i tre veckor.\n> Ingen svarar.\n\nTack för ditt mejl.",
      "b:Jag har väntat i tre veckor.\n> Ingen svarar."
    ),
    ("Tack för ditt mejl.\n\n> Min mamma får ingen hjälp.", "b:Min mamma får ingen hjälp."),
    (">> Gammalt citat\n\nSvar.", "b:Gammalt citat"),
    ("> \n\nHej.", ""),
    // Reported paraphrase.
    ("Du skriver att du inte har fått något svar.", "r:du inte har fått något svar"),
    ("Du skriver att personalen är stressad.", "r:personalen är stressad"),
    ("Insändarskribenten menar att hemtjänsten brister.", "r:hemtjänsten brister"),
    ("Hon säger att beslutet kom för sent.", "r:beslutet kom för sent"),
    ("Vi gör vårt bästa, säger enhetschefen.", "r:Vi gör vårt bästa"),
    ("Det är inte acceptabelt, skriver hon.", "r:Det är inte acceptabelt"),
    ("Enligt insändaren är väntetiden lång.", "r:Enligt insändaren är väntetiden lång"),
    ("Du undrar varför beslutet dröjer.", "r:varför beslutet dröjer"),
    ("Du frågar om du kan få mer hjälp.", "r:om du kan få mer hjälp"),
    ("Du påpekar att ingen har hört av sig.", "r:ingen har hört av sig"),
    ("Ni skriver att ni inte blev informerade.", "r:ni inte blev informerade"),
    ("Många hävdar att kvaliteten har sjunkit.", "r:kvaliteten har sjunkit"),
    ("Din mamma berättar att hon känner sig ensam.", "r:hon känner sig ensam"),
    ("Vi förstår att du är orolig.", ""),
    ("Vi vet att väntan har varit lång.", ""),
    ("Det är viktigt att du ringer oss.", ""),
    ("Vi har beslutat att bevilja din ansökan.", ""),
    ("Vi ringer dig och förklarar beslutet.", ""),
    ("Du har rätt till en ny bedömning.", ""),
    ("Tack för att du skrev till oss.", ""),
    ("Vi skriver till dig för att berätta om beslutet.", ""),
    // Reported speech with quotation.
    ("Du skriver att ”ingen bryr sig”.", "q+:ingen bryr sig"),
    ("”Ingen bryr sig”, skriver du.", "q+:Ingen bryr sig"),
    // Mixed document.
    (
      "Hej Anna!\n\nDu skriver att ingen har ringt dig. Enhetschefen säger: ”Det ska inte hända.”\n\n> Ingen har ringt.\n\nMed vänlig hälsning\nEva",
      "r:ingen har ringt dig · q+:Det ska inte hända. · b:Ingen har ringt."
    ),
    (
      "I insändaren ”Skäms, kommunen!” skriver Kalle Ek att maten är kall. Vi har talat med köket.",
      "q-:Skäms, kommunen! · r:maten är kall"
    ),
    (
      "Du menar att vi har glömt dig. Det har vi inte.",
      "r:vi har glömt dig"
    ),
    ("Beslutet, som du skriver, kom sent.", ""),
    ("Vi kallar det ”samordnad individuell plan” (SIP).", "q-:samordnad individuell plan"),
    ("Läs broschyren ”Hemtjänst i Ekeby” på vår webbplats.", "q-:Hemtjänst i Ekeby"),
    ("Klicka på ”Ansök”.", "q-:Ansök"),
    ("Välj ”Mina sidor” och sedan ”Ärenden”.", "q-:Mina sidor · q-:Ärenden"),
    ("Rubriken ”Vem tar ansvar?” stämmer.", "q-:Vem tar ansvar?"),
    ("Han svarade: ”Nej.”", "q+:Nej."),
    ("”Nej”, svarade han.", "q+:Nej"),
    ("Hon konstaterar: ”Rutinerna följs inte.”", "q+:Rutinerna följs inte."),
    ("”Vi behöver fler händer”, säger undersköterskan Lisa.", "q+:Vi behöver fler händer"),
    ("Som du skriver: ”Det tar för lång tid.”", "q+:Det tar för lång tid."),
    ("Det står ”senast den 1 juni” i beslutet.", "q-:senast den 1 juni"),
    ("Formuleringen ”inom kort” är för vag.", "q-:inom kort"),
    ("”Snart” är inget datum.", "q-:Snart"),
    ("Vi har ersatt ”brukare” med ”du”.", "q-:brukare · q-:du"),
    ("Ordet ’stöd’ används ofta.", "q-:stöd"),
    ("Hon sa att ”allt är bra”, men det stämmer inte.", "q+:allt är bra"),
    ("Ni skriver: ”Vi vill ha svar nu!”", "q+:Vi vill ha svar nu!"),
    ("”Varför svarar ingen?” undrar du.", "q+:Varför svarar ingen?"),
    ("Du undrar: ”Varför svarar ingen?”", "q+:Varför svarar ingen?"),
    ("Det heter numera ”vård- och omsorgsnämnden”.", "q-:vård- och omsorgsnämnden"),
    ("Enligt IVO brister rutinerna.", "r:Enligt IVO brister rutinerna"),
    ("Enligt vår bedömning har du rätt till hjälp.", "r:Enligt vår bedömning har du rätt till hjälp"),
    (
      "Hon berättar att hon har väntat länge, och att ingen har ringt.",
      "r:hon har väntat länge, och att ingen har ringt"
    ),
    ("Jag håller med dig om att det har tagit för lång tid.", ""),
    ("Vi svarar på din fråga om avgiften.", ""),
    ("Du skriver i ditt mejl att maten ofta är kall.", "r:maten ofta är kall"),
    ("Hon frågade: ”När kommer beslutet?”", "q+:När kommer beslutet?"),
    ("Vi använder inte ordet ”vårdtagare” längre.", "q-:vårdtagare"),
  ]

  /// Someone's words (a speech verb before or after) against a title or question the writer cites after a
  /// colon; only the first make a text look like a news item.
  @Test func spokenOnlyWithASpeechVerb() {
    let language = TestResources.language
    let cases: [(String, Bool)] = [
      ("Enhetschefen säger: ”Vi har fått fler sökande i år.”", true),
      ("”Vi har fått fler sökande i år”, säger enhetschefen.", true),
      ("Tidningen gav min text rubriken: ”Räcker platserna?”", false),
      ("Frågan jag ställde i debatten var denna: ”Vem bär ansvaret för bemanningen?”", false),
    ]
    for (text, spoken) in cases {
      let quotes = language.quotedSpans(in: LanguageDocument(text: text)).filter { $0.kind == .quotation }
      #expect(quotes.count == 1 && quotes[0].isAttributed && quotes[0].isSpoken == spoken, "\(text)")
    }
  }

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (text, expected) in Self.cases {
      let document = LanguageDocument(text: text)
      let utf8 = Array(text.utf8)
      let rendered = language.quotedSpans(in: document).map { span -> String in
        let content = String(decoding: utf8[span.utf8Range], as: UTF8.self)
        switch span.kind {
        case .quotation: return (span.isAttributed ? "q+:" : "q-:") + content
        case .blockQuote: return "b:" + content
        case .reported: return "r:" + content
        }
      }.joined(separator: " · ")
      outcomes.append(AccuracyOutcome(input: text, expected: expected, actual: rendered))
    }
    expectAccuracy("citat", outcomes, floor: 0.97)
  }
}
