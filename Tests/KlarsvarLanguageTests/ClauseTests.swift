import Testing

@testable import KlarsvarLanguage

/// Capability 2: clause kinds, verbs, auxiliaries, subjects, questions and reported speech.
///
/// An expectation lists the clauses separated by `|`. Each starts with the kind; the other fields are
/// checked only when given: `S=text/person`, `V=finite lemma/tense`, `A=classes` (`A=` none), `M=main
/// lemma`, flags `q` (question), `imp`, `rep` (reported), `tag` (reporting), `pass`, `inv`, `prog` (forecast);
/// `-flag` requires its absence.
@Suite struct ClauseTests {
  static let cases: [(String, String)] = [
    ("Vi ringer dig i morgon.", "main S=Vi/speaker V=ringa/present"),
    ("Jag skickar beslutet senast fredag.", "main S=Jag/speaker V=skicka/present"),
    ("Kommunen kommer att se över rutinerna.", "main S=Kommunen/speaker V=komma/present A=future M=se över"),
    ("Förvaltningen ska återkomma med besked.", "main S=Förvaltningen/speaker A=future M=återkomma"),
    ("Nämnden beslutade att avslå ansökan.", "main S=Nämnden/speaker V=besluta/past"),
    ("Socialtjänsten har tagit emot din anmälan.", "main S=Socialtjänsten/speaker V=ha/present A=perfect M=ta emot"),
    (
      "Hemtjänsten i Centrum kommer att bemanna nattpasset med två personer.",
      "main S=Hemtjänsten i Centrum/speaker A=future M=bemanna"
    ),
    ("Socialförvaltningen planerar att utreda frågan.", "main S=Socialförvaltningen/speaker A=intent M=utreda"),
    ("Vi på enheten avser att förbättra bemötandet.", "main S=Vi på enheten/speaker A=intent M=förbättra"),
    ("Du kan överklaga beslutet.", "main S=Du/addressee A=possibility M=överklaga"),
    ("Ni får gärna höra av er.", "main S=Ni/addressee A=possibility M=höra av sig"),
    ("Man måste ansöka skriftligt.", "main S=Man/generic A=obligation M=ansöka"),
    ("Det finns lediga platser.", "main S=Det/third V=finnas/present"),
    ("Antalet har ökat.", "main S=Antalet/third A=perfect M=öka"),
    ("Hon bor på ett äldreboende.", "main S=Hon/third V=bo/present"),
    ("De anhöriga var oroliga.", "main S=De anhöriga/third V=vara/past"),
    ("Din handläggare ringer dig nästa vecka.", "main S=Din handläggare/third V=ringa/present"),
    ("Ekeby kommun har beslutat om nya riktlinjer.", "main S=Ekeby kommun/speaker A=perfect M=besluta"),
    ("Ärendet handläggs av en socialsekreterare.", "main S=Ärendet/third V=handlägga/present pass"),
    ("Rutinerna ses över.", "main S=Rutinerna/third V=se över/present pass"),
    ("Frågan kommer att utredas.", "main S=Frågan/third A=future M=utreda pass"),
    ("Åtgärder har vidtagits.", "main S=Åtgärder/third A=perfect M=vidta pass"),
    ("Beslut kommer att fattas i juni.", "main S=Beslut/third A=future M=fatta pass"),
    ("Ansökan har avslagits.", "main S=Ansökan/third A=perfect M=avslå pass"),
    ("Vi hoppas kunna erbjuda en plats.", "main S=Vi/speaker A=intent+possibility M=erbjuda"),
    ("Vi har för avsikt att anställa fler.", "main S=Vi/speaker A=intent M=anställa"),
    ("Vi kommer ringa dig.", "main S=Vi/speaker A=future M=ringa"),
    ("Jag tänker kontakta dig i veckan.", "main S=Jag/speaker A=intent M=kontakta"),
    ("Vi behöver mer information.", "main S=Vi/speaker V=behöva/present A="),
    ("Vi bör se över schemat.", "main S=Vi/speaker A=obligation M=se över"),
    ("Du behöver skicka in intyget.", "main S=Du/addressee A=obligation M=skicka"),
    ("Vi vill be om ursäkt.", "main S=Vi/speaker A=intent M=be"),
    ("Handläggaren hade redan skickat beslutet.", "main S=Handläggaren/third V=ha/past A=perfect M=skicka"),
    ("Beslutet blev försenat.", "main S=Beslutet/third A=passive M=försena pass"),
    ("Vi följer upp ärendet.", "main S=Vi/speaker V=följa upp/present"),
    ("Vi tittar på frågan.", "main S=Vi/speaker V=titta på/present"),
    ("Jag hör av mig.", "main S=Jag/speaker V=höra av sig/present"),
    ("Vi tar emot din ansökan.", "main S=Vi/speaker V=ta emot/present"),
    // V2 inversion.
    ("Under våren kommer vi att starta en ny grupp.", "main S=vi/speaker A=future M=starta inv"),
    ("I dag finns det tio lediga platser.", "main S=det/third V=finnas/present inv"),
    ("Därför ska nämnden fatta ett nytt beslut.", "main S=nämnden/speaker A=future M=fatta inv"),
    ("Nästa vecka ringer din handläggare dig.", "main S=din handläggare/third V=ringa/present inv"),
    ("Senast den 30 juni får du ett skriftligt svar.", "main S=du/addressee V=få/present inv"),
    ("Tyvärr kan vi inte erbjuda en plats.", "main S=vi/speaker A=possibility M=erbjuda inv"),
    ("Nu har vi ändrat rutinerna.", "main S=vi/speaker A=perfect M=ändra inv"),
    ("I början av april skickar förvaltningen ut en enkät.", "main S=förvaltningen/speaker V=skicka ut/present inv"),
    (
      "Efter sommaren kommer hemtjänsten att anställa två undersköterskor.",
      "main S=hemtjänsten/speaker A=future M=anställa inv"
    ),
    (
      "Med anledning av ditt brev vill jag förklara hur vi arbetar.",
      "main S=jag/speaker A=intent M=förklara inv | indirectQuestion S=vi/speaker V=arbeta/present"
    ),
    ("Sedan i höstas har vi haft personalbrist.", "main S=vi/speaker A=perfect M=ha inv"),
    ("Därefter fattar nämnden beslut.", "main S=nämnden/speaker V=fatta/present inv"),
    // Questions.
    ("Har du fått beslutet?", "main q S=du/addressee A=perfect M=få inv"),
    ("Kan ni ringa mig?", "main q S=ni/addressee A=possibility M=ringa"),
    ("Hur ansöker jag om hemtjänst?", "main q S=jag/speaker V=ansöka/present"),
    ("Varför har ingen ringt mig?", "main q S=ingen/third A=perfect M=ringa"),
    ("När kommer beslutet?", "main q S=beslutet/third V=komma/present"),
    ("Vad händer nu?", "main q V=hända/present"),
    ("Vem ansvarar för min mamma?", "main q V=ansvara/present"),
    ("Får jag byta handläggare?", "main q S=jag/speaker A=possibility M=byta"),
    ("Finns det lediga platser", "main q S=det/third V=finnas/present"),
    (
      "Jag undrar om ni kan ringa mig.",
      "main -q tag S=Jag/speaker V=undra/present | indirectQuestion rep S=ni/addressee A=possibility M=ringa"
    ),
    (
      "Jag vill veta när beslutet kommer.",
      "main S=Jag/speaker A=intent M=veta | indirectQuestion S=beslutet/third V=komma/present"
    ),
    // Imperatives.
    ("Ring oss om du har frågor.", "main imp V=ringa/imperative | conditional S=du/addressee V=ha/present"),
    ("Kontakta din handläggare.", "main imp V=kontakta/imperative"),
    ("Hör av dig till kundcenter.", "main imp V=höra av sig/imperative"),
    ("Skicka in blanketten senast den 1 juni.", "main imp V=skicka/imperative"),
    ("Läs mer på kommunens webbplats.", "main imp V=läsa/imperative"),
    ("För mer information ta kontakt med avgiftsenheten.", "main imp V=ta/imperative"),
    ("Vid frågor ring kundcenter.", "main imp V=ringa/imperative"),
    // Fronted subordinate clauses and verb-first conditions.
    (
      "Om du vill, kan vi ringa dig.",
      "conditional S=du/addressee V=vilja/present | main S=vi/speaker A=possibility M=ringa inv"
    ),
    (
      "Om du vill kan vi ringa dig.",
      "conditional S=du/addressee V=vilja/present | main S=vi/speaker A=possibility M=ringa inv"
    ),
    (
      "Har du frågor kan du kontakta mig.",
      "conditional -q S=du/addressee V=ha/present | main S=du/addressee A=possibility M=kontakta inv"
    ),
    ("Har du frågor, ring oss.", "conditional S=du/addressee V=ha/present | main imp V=ringa/imperative"),
    (
      "När du har ansökt får du ett beslut.",
      "temporal S=du/addressee A=perfect M=ansöka | main S=du/addressee V=få/present inv"
    ),
    (
      "Eftersom vi inte har fått svar kan vi inte gå vidare.",
      "causal S=vi/speaker A=perfect M=få | main S=vi/speaker A=possibility M=gå inv"
    ),
    (
      "Innan beslutet fattas ska vi träffa dig.",
      "temporal S=beslutet/third V=fatta/present pass | main S=vi/speaker A=future M=träffa inv"
    ),
    (
      "Även om det tar tid ska vi hitta en lösning.",
      "concessive S=det/third V=ta/present | main S=vi/speaker A=future M=hitta inv"
    ),
    (
      "Ifall du inte är nöjd kan du överklaga.",
      "conditional S=du/addressee V=vara/present | main S=du/addressee A=possibility M=överklaga inv"
    ),
    // Subordinate clauses after the main clause.
    ("Vi ringer dig för att boka ett möte.", "main S=Vi/speaker V=ringa/present | purpose V=boka/infinitive"),
    (
      "Vi skickar beslutet så att du kan läsa det.",
      "main S=Vi/speaker V=skicka/present | consecutive S=du/addressee A=possibility M=läsa"
    ),
    (
      "Vi har ändrat schemat för att du ska få hjälp på morgonen.",
      "main S=Vi/speaker A=perfect M=ändra | purpose S=du/addressee A=future M=få"
    ),
    ("Jag ringde för att jag var orolig.", "main S=Jag/speaker V=ringa/past | causal S=jag/speaker V=vara/past"),
    (
      "Du får ett nytt beslut när utredningen är klar.",
      "main S=Du/addressee V=få/present | temporal S=utredningen/third V=vara/present"
    ),
    ("Vi vet att du har väntat länge.", "main S=Vi/speaker V=veta/present | att S=du/addressee A=perfect M=vänta"),
    (
      "Det är viktigt att du lämnar in intyget.", "main S=Det/third V=vara/present | att S=du/addressee V=lämna/present"
    ),
    ("Vi beklagar att du inte fick svar.", "main S=Vi/speaker V=beklaga/present | att S=du/addressee V=få/past"),
    (
      "Handläggaren som har ditt ärende ringer dig.",
      "relative S=Handläggaren/third V=ha/present | main S=Handläggaren/third V=ringa/present"
    ),
    ("Boendet där hon bor har ny personal.", "relative S=hon/third V=bo/present | main S=Boendet/third V=ha/present"),
    (
      "Det beslut som du fick i maj gäller fortfarande.",
      "relative S=du/addressee V=få/past | main S=Det beslut/third V=gälla/present"
    ),
    (
      "Vi har personal som arbetar på natten.",
      "main S=Vi/speaker V=ha/present | relative S=personal/third V=arbeta/present"
    ),
    (
      "Personalen hade för lite tid, vilket vi beklagar.",
      "main S=Personalen/third V=ha/past | relative S=vi/speaker V=beklaga/present"
    ),
    (
      "Vi förstår att det har varit svårt och vi ber om ursäkt.",
      "main S=Vi/speaker V=förstå/present | att S=det/third A=perfect M=vara | main S=vi/speaker V=be/present"
    ),
    ("Vi ringer dig och bokar ett möte.", "main S=Vi/speaker V=ringa/present | main S=Vi/speaker V=boka/present"),
    (
      "Du har rätt, men vi kan inte ändra beslutet.",
      "main S=Du/addressee V=ha/present | main S=vi/speaker A=possibility M=ändra"
    ),
    (
      "Vi har tagit emot ditt klagomål, och enhetschefen utreder det.",
      "main S=Vi/speaker A=perfect M=ta emot | main S=enhetschefen/third V=utreda/present"
    ),
    (
      "Jag har läst ditt brev och jag förstår din oro.",
      "main S=Jag/speaker A=perfect M=läsa | main S=jag/speaker V=förstå/present"
    ),
    (
      "Nämnden sammanträder den 12 juni och fattar då beslut.",
      "main S=Nämnden/speaker V=sammanträda/present | main S=Nämnden/speaker V=fatta/present"
    ),
    (
      "Vi har inte kunnat ge dig ett besked eftersom underlaget saknas.",
      "main S=Vi/speaker A=perfect+possibility M=ge | causal S=underlaget/third V=sakna/present pass"
    ),
    // Reported speech.
    (
      "Vi gör vårt bästa, säger enhetschefen Anna Berg.",
      "main rep S=Vi/speaker V=göra/present | main tag S=enhetschefen Anna Berg/third V=säga/present"
    ),
    (
      "Du skriver att du inte har fått svar.",
      "main tag S=Du/addressee V=skriva/present | att rep S=du/addressee A=perfect M=få"
    ),
    (
      "Insändarskribenten menar att hemtjänsten brister.",
      "main tag S=Insändarskribenten/third V=mena/present | att rep S=hemtjänsten/speaker V=brista/present"
    ),
    ("Enligt förvaltningen är väntetiden tre månader.", "main rep S=väntetiden/third V=vara/present"),
    (
      "Hon säger att personalen gör sitt bästa.",
      "main tag S=Hon/third V=säga/present | att rep S=personalen/third V=göra/present"
    ),
    (
      "Det är inte acceptabelt, skriver hon.",
      "main rep S=Det/third V=vara/present | main tag S=hon/third V=skriva/present"
    ),
    (
      "Du undrar varför beslutet dröjer.",
      "main tag S=Du/addressee V=undra/present | indirectQuestion rep S=beslutet/third V=dröja/present"
    ),
    ("Enligt IVO brister rutinerna.", "main rep S=rutinerna/third V=brista/present"),
    // Non-finite clauses, verbless lines, verbs that are no auxiliaries here.
    ("Vi arbetar för att förbättra bemötandet.", "main S=Vi/speaker V=arbeta/present | purpose V=förbättra/infinitive"),
    ("Tack för ditt brev.", "main -q"),
    ("Med vänlig hälsning", "main -q"),
    ("Vi beviljar dig hemtjänst från den 1 maj.", "main S=Vi/speaker V=bevilja/present"),
    ("Du beviljas hemtjänst.", "main S=Du/addressee V=bevilja/present pass"),
    ("Ansökan avslås.", "main S=Ansökan/third V=avslå/present pass"),
    ("Vi hoppas att du trivs.", "main S=Vi/speaker V=hoppas/present | att S=du/addressee V=trivas/present"),
    ("Vi kommer till dig på tisdag.", "main S=Vi/speaker V=komma/present A="),
    ("Det kommer fler platser i höst.", "main S=Det/third V=komma/present A="),
    ("Vi har ett beslut.", "main S=Vi/speaker V=ha/present A="),
    ("Du får ett svar i veckan.", "main S=Du/addressee V=få/present A="),
    (
      "Socialnämnden i Ekeby kommun har beslutat följande.",
      "main S=Socialnämnden i Ekeby kommun/speaker A=perfect M=besluta"
    ),
    ("Hemtjänsten Norr har fått ny chef.", "main S=Hemtjänsten Norr/speaker A=perfect M=få"),
    (
      "Ni som deltog i dialogen får en sammanfattning.",
      "relative S=Ni/addressee V=delta/past | main S=Ni/addressee V=få/present"
    ),
    ("Biståndshandläggaren kommer att kontakta dig.", "main S=Biståndshandläggaren/third A=future M=kontakta"),
    ("Vi kan inte kommentera enskilda ärenden.", "main S=Vi/speaker A=possibility M=kommentera"),
    ("Det pågår ett arbete med rutinerna.", "main S=Det/third V=pågå/present"),
    // Words that look like subordinators but are not here.
    ("Vi har fått ditt brev om hemtjänsten.", "main S=Vi/speaker A=perfect M=få"),
    ("Som handläggare ansvarar jag för ditt ärende.", "main S=jag/speaker V=ansvara/present inv"),
    ("Innan jul skickar vi ut information.", "main S=vi/speaker V=skicka ut/present inv"),
    ("Vi ringer dig efter sommaren.", "main S=Vi/speaker V=ringa/present"),
    ("Sedan dess har vi anställt två personer.", "main S=vi/speaker A=perfect M=anställa inv"),
    // A label, a sentence-initial conjunction and a fronted adverb leave the subject where it is.
    ("Svar: Vi tänker se över schemat.", "main S=Vi/speaker A=intent M=se över"),
    ("Men vi vill bygga fler boenden.", "main S=vi/speaker A=intent M=bygga"),
    (
      "Däremot kommer säkert det planerade bygget att vänta.",
      "main S=det planerade bygget/third A=future M=vänta inv"
    ),
    ("Troligen kommer de nya husen i Ekeby att byggas.", "main S=de nya husen i Ekeby/third A=future M=bygga pass inv"),
    (
      "Ärendena är komplexa och utifrån kritiken kommer vi att ändra rutinerna.",
      "main S=Ärendena/third V=vara/present | main S=vi/speaker A=future M=ändra inv"
    ),
    ("Vård- och omsorgsplatserna kommer att behövas.", "main A=future pass prog"),
    (
      "Om du är osäker på om du bör anmäla kan du ringa oss.",
      "conditional S=du/addressee | indirectQuestion S=du/addressee | main S=du/addressee A=possibility M=ringa inv"
    ),
    (
      "Oavsett vad den kommer fram till kommer verksamheten att fokusera på rutinerna.",
      "indirectQuestion S=den/third | main S=verksamheten/speaker A=future M=fokusera inv"
    ),
    ("Jag kommer även i fortsättningen att fråga.", "main S=Jag/speaker A=future M=fråga"),
    (
      "Vi kommer att fråga om schemat fungerar.",
      "main S=Vi/speaker A=future M=fråga -tag | indirectQuestion S=schemat/third -rep"
    ),
    ("Vi ska under våren se över schemat.", "main S=Vi/speaker A=future M=se över"),
    // Forecasts about amounts predict; a promise keeps the speaker or a passive.
    ("Det kommer att bli fler äldre de närmaste åren.", "main S=Det/third A=future M=bli prog"),
    ("Antalet äldre ökar.", "main V=öka/present prog"),
    ("Det kommer att behövas fler platser.", "main S=Det/third A=future pass prog"),
    ("Behovet blir större.", "main S=Behovet/third V=bli/present prog"),
    ("Vi kommer att bli fler i personalgruppen.", "main S=Vi/speaker A=future M=bli -prog"),
    ("Bemanningen ökas i vår.", "main S=Bemanningen/third pass -prog"),
    ("Det blir lättare för dig.", "main S=Det/third V=bli/present -prog"),
    (
      "Du får samtal för att du på sikt ska kunna flytta.",
      "main S=Du/addressee V=få/present | purpose S=du/addressee A=future+possibility M=flytta"
    ),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (text, expected) in Self.cases {
      let sentence = LanguageDocument(text: text).sentences.first ?? LanguageSentence(tokens: [])
      let clauses = language.clauses(in: sentence)
      let rendered = clauses.map { ClauseRendering(clause: $0, sentence: sentence) }
      let expectations = expected.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      let matches =
        expectations.count == rendered.count
        && zip(expectations, rendered).allSatisfy { $1.matches($0) }
      let actual = rendered.map(\.full).joined(separator: " | ")
      outcomes.append(AccuracyOutcome(input: text, expected: expected, actual: matches ? expected : actual))
    }
    expectAccuracy("satser", outcomes, floor: 0.97)
  }
}

/// A clause as the fields of the test notation.
struct ClauseRendering {
  var fields: [String: String] = [:]
  var flags: Set<String> = []
  var kind: String

  init(clause: Clause, sentence: LanguageSentence) {
    kind = clause.kind.rawValue
    func text(_ range: Range<Int>) -> String { range.map { String(sentence.tokens[$0].text) }.joined(separator: " ") }
    if let subject = clause.subject { fields["S"] = "\(text(subject.tokenRange))/\(subject.person.rawValue)" }
    if let verb = clause.finiteVerb { fields["V"] = "\(verb.lemma)/\(verb.tense.rawValue)" }
    fields["A"] = clause.auxiliaries.map(\.auxiliaryClass.rawValue).joined(separator: "+")
    if let verb = clause.mainVerb { fields["M"] = verb.lemma }
    if clause.isQuestion { flags.insert("q") }
    if clause.isImperative { flags.insert("imp") }
    if clause.isPassive { flags.insert("pass") }
    if clause.hasInvertedSubject { flags.insert("inv") }
    if clause.speech == .reported { flags.insert("rep") }
    if clause.speech == .reportingTag { flags.insert("tag") }
    if clause.isForecast { flags.insert("prog") }
  }

  var full: String {
    ([kind] + flags.sorted() + fields.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
  }

  /// Whether the fields given in `expectation` agree.
  func matches(_ expectation: String) -> Bool {
    var parts = expectation.split(separator: " ").map(String.init)
    guard parts.first == kind else { return false }
    parts.removeFirst()
    var index = 0
    while index < parts.count {
      var part = parts[index]
      if let equals = part.firstIndex(of: "=") {
        let key = String(part[..<equals])
        var value = String(part[part.index(after: equals)...])
        // Values may contain spaces (`S=Hemtjänsten i Centrum/speaker`, `M=se över`).
        func next() -> String? { index + 1 < parts.count ? parts[index + 1] : nil }
        if key == "S" || key == "V" {
          while !value.contains("/"), let following = next() {
            index += 1
            value += " " + following
          }
        } else if key == "M" {
          while let following = next(), !following.contains("="), !Self.flagNames.contains(following) {
            index += 1
            value += " " + following
          }
        }
        if (fields[key] ?? "") != value { return false }
      } else if part.hasPrefix("-") {
        part.removeFirst()
        if flags.contains(part) { return false }
      } else if !flags.contains(part) {
        return false
      }
      index += 1
    }
    return true
  }

  static let flagNames: Set<String> = ["q", "imp", "pass", "inv", "rep", "tag", "prog", "-q", "-prog", "-tag", "-rep"]
}
