import KlarsvarJSON
import Testing

@testable import KlarsvarLanguage

/// Capability 1: analyses of forms, forms of lemmas, inflection like a match, compounds.
@Suite struct WordFormTests {
  let lexicon = TestResources.language.lexicon

  /// form → a reading it must have (`lemma/inflection`).
  static let analyses: [(String, String)] = [
    // Irregular and strong verbs.
    ("erhöll", "erhålla/past"), ("erhållit", "erhålla/supine"), ("erhålls", "erhålla/passivePresent"),
    ("erhållna", "erhålla/pastParticiplePlural"), ("vidtog", "vidta/past"), ("vidtagit", "vidta/supine"),
    ("vidtas", "vidta/passivePresent"), ("vidtaga", "vidta/infinitive"), ("tillsåg", "tillse/past"),
    ("tillser", "tillse/present"), ("inkom", "inkomma/past"), ("inkommit", "inkomma/supine"),
    ("inkommer", "inkomma/present"), ("tillhandahöll", "tillhandahålla/past"), ("biföll", "bifalla/past"),
    ("bifallit", "bifalla/supine"), ("avslog", "avslå/past"), ("avslagits", "avslå/passiveSupine"),
    ("avslås", "avslå/passivePresent"), ("förelåg", "föreligga/past"), ("föreligger", "föreligga/present"),
    ("delgav", "delge/past"), ("delgivits", "delge/passiveSupine"), ("handlade", "handlägga/past"),
    ("handlagt", "handlägga/supine"), ("handläggs", "handlägga/passivePresent"), ("var", "vara/past"),
    ("är", "vara/present"), ("varit", "vara/supine"), ("hade", "ha/past"), ("haft", "ha/supine"),
    ("gjorde", "göra/past"), ("gjorts", "göra/passiveSupine"), ("görs", "göra/passivePresent"),
    ("göres", "göra/passivePresent"), ("sa", "säga/past"), ("sade", "säga/past"), ("sagt", "säga/supine"),
    ("fick", "få/past"), ("fått", "få/supine"), ("gick", "gå/past"), ("stod", "stå/past"), ("såg", "se/past"),
    ("sett", "se/supine"), ("gav", "ge/past"), ("givit", "ge/supine"), ("tog", "ta/past"), ("tagit", "ta/supine"),
    ("taga", "ta/infinitive"), ("drog", "dra/past"), ("blev", "bli/past"), ("blivit", "bli/supine"),
    ("kan", "kunna/present"), ("kunde", "kunna/past"), ("vill", "vilja/present"), ("ville", "vilja/past"),
    ("ska", "skola/present"), ("skall", "skola/present"), ("skulle", "skola/past"), ("bör", "böra/present"),
    ("borde", "böra/past"), ("måste", "måste/present"), ("visste", "veta/past"), ("lade", "lägga/past"),
    ("la", "lägga/past"), ("satte", "sätta/past"), ("valde", "välja/past"), ("sålde", "sälja/past"),
    ("skrev", "skriva/past"), ("skriven", "skriva/pastParticipleUtr"), ("skrivna", "skriva/pastParticiplePlural"),
    ("skrevs", "skriva/passivePast"), ("kom", "komma/past"), ("kommit", "komma/supine"), ("kom", "komma/imperative"),
    ("höll", "hålla/past"), ("låg", "ligga/past"), ("legat", "ligga/supine"), ("satt", "sitta/past"),
    ("bar", "bära/past"), ("bär", "bära/present"), ("fanns", "finnas/passivePast"), ("finns", "finnas/passivePresent"),
    ("funnits", "finnas/passiveSupine"), ("hoppades", "hoppas/passivePast"), ("trivs", "trivas/passivePresent"),
    ("mindes", "minnas/passivePast"), ("syntes", "synas/passivePast"), ("förstod", "förstå/past"),
    ("förstått", "förstå/supine"), ("återkom", "återkomma/past"), ("föreslog", "föreslå/past"),
    ("genomfördes", "genomföra/passivePast"), ("utförs", "utföra/passivePresent"), ("redogjorde", "redogöra/past"),
    ("kartlade", "kartlägga/past"), ("kartlagt", "kartlägga/supine"), ("erbjöd", "erbjuda/past"),
    ("erbjudits", "erbjuda/passiveSupine"), ("beskrev", "beskriva/past"),
    // Weak verbs.
    ("kastade", "kasta/past"), ("kastats", "kasta/passiveSupine"), ("kastande", "kasta/presentParticiple"),
    ("meddelade", "meddela/past"), ("meddelas", "meddela/passivePresent"), ("beslutat", "besluta/supine"),
    ("beslutade", "besluta/past"), ("åtgärdas", "åtgärda/passivePresent"), ("åtgärdat", "åtgärda/supine"),
    ("beviljades", "bevilja/passivePast"), ("beviljas", "bevilja/passivePresent"), ("beaktas", "beakta/passivePresent"),
    ("tillämpade", "tillämpa/past"), ("ställer", "ställa/present"), ("ställde", "ställa/past"),
    ("ställts", "ställa/passiveSupine"), ("verkställs", "verkställa/passivePresent"), ("ringde", "ringa/past"),
    ("ring", "ringa/imperative"), ("följde", "följa/past"), ("följs", "följa/passivePresent"), ("hör", "höra/present"),
    ("hörde", "höra/past"), ("glömde", "glömma/past"), ("glöm", "glömma/imperative"), ("glömt", "glömma/supine"),
    ("bestämt", "bestämma/supine"), ("kände", "känna/past"), ("känt", "känna/supine"), ("känn", "känna/imperative"),
    ("använde", "använda/past"), ("använt", "använda/supine"), ("används", "använda/passivePresent"),
    ("hände", "hända/past"), ("ledde", "leda/past"), ("lett", "leda/supine"), ("utredde", "utreda/past"),
    ("utrett", "utreda/supine"), ("utreds", "utreda/passivePresent"), ("köpte", "köpa/past"), ("köpt", "köpa/supine"),
    ("undersökte", "undersöka/past"), ("undersöks", "undersöka/passivePresent"), ("tänkte", "tänka/past"),
    ("bytte", "byta/past"), ("bytt", "byta/supine"), ("mötte", "möta/past"), ("lyfte", "lyfta/past"),
    ("lyft", "lyfta/supine"), ("bodde", "bo/past"), ("bott", "bo/supine"), ("boende", "bo/presentParticiple"),
    ("trodde", "tro/past"), ("skedde", "ske/past"), ("skett", "ske/supine"), ("nådde", "nå/past"),
    ("mådde", "må/past"), ("bedömde", "bedöma/past"), ("anmälde", "anmäla/past"), ("begärde", "begära/past"),
    // Nouns.
    ("beslutet", "beslut/singularDefinite"), ("besluten", "beslut/pluralDefinite"),
    ("beslutets", "beslut/singularDefiniteGenitive"),
    ("ansökan", "ansökan/singularDefinite"), ("ansökningar", "ansökan/pluralIndefinite"),
    ("ansökningarna", "ansökan/pluralDefinite"), ("anmälningar", "anmälan/pluralIndefinite"),
    ("insatser", "insats/pluralIndefinite"), ("insatserna", "insats/pluralDefinite"),
    ("rutinerna", "rutin/pluralDefinite"),
    ("handläggaren", "handläggare/singularDefinite"), ("handläggarna", "handläggare/pluralDefinite"),
    ("handläggarens", "handläggare/singularDefiniteGenitive"), ("brukarna", "brukare/pluralDefinite"),
    ("nämnden", "nämnd/singularDefinite"), ("nämndens", "nämnd/singularDefiniteGenitive"),
    ("förvaltningen", "förvaltning/singularDefinite"), ("förvaltningar", "förvaltning/pluralIndefinite"),
    ("socialtjänsten", "socialtjänst/singularDefinite"), ("hemtjänsten", "hemtjänst/singularDefinite"),
    ("enheten", "enhet/singularDefinite"), ("enheter", "enhet/pluralIndefinite"),
    ("vårdnadshavarna", "vårdnadshavare/pluralDefinite"), ("barnen", "barn/pluralDefinite"),
    ("barnet", "barn/singularDefinite"),
    ("föräldrar", "förälder/pluralIndefinite"), ("föräldern", "förälder/singularDefinite"),
    ("anhöriga", "anhörig/pluralIndefinite"), ("boendet", "boende/singularDefinite"),
    ("boenden", "boende/pluralIndefinite"),
    ("ärendet", "ärende/singularDefinite"), ("ärenden", "ärende/pluralIndefinite"), ("män", "man/pluralIndefinite"),
    ("männen", "man/pluralDefinite"), ("möss", "mus/pluralIndefinite"), ("ögon", "öga/pluralIndefinite"),
    ("ögat", "öga/singularDefinite"), ("händer", "hand/pluralIndefinite"), ("städer", "stad/pluralIndefinite"),
    ("böcker", "bok/pluralIndefinite"), ("döttrar", "dotter/pluralIndefinite"), ("bröder", "bror/pluralIndefinite"),
    ("veckor", "vecka/pluralIndefinite"), ("veckan", "vecka/singularDefinite"), ("timmar", "timme/pluralIndefinite"),
    ("nycklar", "nyckel/pluralIndefinite"), ("regler", "regel/pluralIndefinite"),
    ("exemplet", "exempel/singularDefinite"),
    ("programmet", "program/singularDefinite"), ("hemmet", "hem/singularDefinite"), ("köer", "kö/pluralIndefinite"),
    ("kön", "kö/singularDefinite"), ("ordföranden", "ordförande/singularDefinite"),
    ("politikerna", "politiker/pluralDefinite"),
    ("numret", "nummer/singularDefinite"), ("tjänstemän", "tjänsteman/pluralIndefinite"),
    ("styrelsen", "styrelse/singularDefinite"),
    ("synpunkter", "synpunkt/pluralIndefinite"), ("klagomålet", "klagomål/singularDefinite"),
    ("somrar", "sommar/pluralIndefinite"),
    // Adjectives.
    ("bättre", "bra/comparative"), ("bäst", "bra/superlative"), ("bästa", "bra/superlativeDefinite"),
    ("äldre", "gammal/comparative"), ("äldst", "gammal/superlative"), ("gamla", "gammal/positiveDefinite"),
    ("mindre", "liten/comparative"), ("minst", "liten/superlative"), ("små", "liten/positiveDefinite"),
    ("litet", "liten/positiveNeut"), ("större", "stor/comparative"), ("sämre", "dålig/comparative"),
    ("viktigt", "viktig/positiveNeut"), ("viktigare", "viktig/comparative"), ("viktigast", "viktig/superlative"),
    ("enklare", "enkel/comparative"), ("enkla", "enkel/positiveDefinite"), ("öppna", "öppen/positiveDefinite"),
    ("öppet", "öppen/positiveNeut"), ("säkrare", "säker/comparative"), ("nytt", "ny/positiveNeut"),
    ("rött", "röd/positiveNeut"),
    ("hårt", "hård/positiveNeut"), ("lätt", "lätt/positiveNeut"), ("gemensamma", "gemensam/positiveDefinite"),
    ("sant", "sann/positiveNeut"), ("praktiskt", "praktisk/positiveNeut"),
    ("intresserade", "intresserad/positiveDefinite"),
    ("tydligare", "tydlig/comparative"), ("yngre", "ung/comparative"), ("längst", "lång/superlative"),
    ("fler", "många/comparative"),
  ]

  /// lemma + inflection → the preferred form.
  static let generation: [(String, Inflection, String)] = [
    ("erhålla", .past, "erhöll"), ("få", .past, "fick"), ("få", .supine, "fått"), ("ge", .past, "gav"),
    ("ge", .supine, "gett"), ("vidta", .present, "vidtar"), ("tillse", .present, "tillser"), ("göra", .past, "gjorde"),
    ("skriva", .pastParticipleNeut, "skrivet"), ("skriva", .passivePast, "skrevs"), ("kasta", .passivePast, "kastades"),
    ("ställa", .passivePresent, "ställs"), ("köpa", .pastParticiplePlural, "köpta"), ("bo", .passivePast, "boddes"),
    ("bo", .pastParticipleUtr, "bodd"), ("använda", .pastParticipleUtr, "använd"), ("leda", .passiveSupine, "letts"),
    ("glömma", .pastParticipleNeut, "glömt"), ("känna", .pastParticiplePlural, "kända"), ("höra", .imperative, "hör"),
    ("komma", .imperative, "kom"), ("beslut", .singularDefinite, "beslutet"), ("beslut", .pluralDefinite, "besluten"),
    ("insats", .pluralDefinite, "insatserna"), ("ansökan", .pluralIndefinite, "ansökningar"),
    ("handläggare", .pluralDefinite, "handläggarna"), ("flicka", .pluralDefinite, "flickorna"),
    ("pojke", .pluralIndefinite, "pojkar"),
    ("hus", .singularDefinite, "huset"), ("äpple", .pluralIndefinite, "äpplen"), ("öga", .pluralDefinite, "ögonen"),
    ("man", .pluralIndefinite, "män"), ("mus", .pluralIndefinite, "möss"),
    ("nämnd", .singularDefiniteGenitive, "nämndens"),
    ("bra", .comparative, "bättre"), ("gammal", .superlative, "äldst"), ("liten", .comparative, "mindre"),
    ("enkel", .superlativeDefinite, "enklaste"), ("ny", .positiveNeut, "nytt"), ("öppen", .comparative, "öppnare"),
    ("snabb", .superlative, "snabbast"), ("hoppas", .passivePast, "hoppades"), ("finnas", .passiveSupine, "funnits"),
    ("se över", .past, "såg över"), ("följa upp", .supine, "följt upp"), ("höra av sig", .present, "hör av sig"),
  ]

  /// replacement, matched form, matched lemma → replacement inflected like the match.
  static let inflections: [(String, String, String, String)] = [
    ("få", "erhöll", "erhålla", "fick"), ("få", "erhåller", "erhålla", "får"), ("få", "erhållit", "erhålla", "fått"),
    ("få", "erhålls", "erhålla", "fås"), ("se till", "tillsåg", "tillse", "såg till"),
    ("se till", "tillser", "tillse", "ser till"),
    ("ta emot", "mottog", "motta", "tog emot"), ("ge", "tillhandahöll", "tillhandahålla", "gav"),
    ("finnas", "föreligger", "föreligga", "finns"), ("finnas", "förelåg", "föreligga", "fanns"),
    ("göra", "vidtog", "vidta", "gjorde"), ("skicka", "tillställde", "tillställa", "skickade"),
    ("skicka", "översänts", "översända", "skickats"), ("lämna in", "inkom", "inkomma", "lämnade in"),
    ("ha", "innehar", "inneha", "har"), ("behålla", "bibehållit", "bibehålla", "behållit"),
    ("betala", "erlade", "erlägga", "betalade"), ("leda till", "föranledde", "föranleda", "ledde till"),
    ("behövas", "erfordras", "erfordra", "behövs"), ("använda", "nyttjade", "nyttja", "använde"),
    ("beslut", "avgörandena", "avgörande", "besluten"), ("ansökan", "begäran", "begäran", "ansökan"),
  ]

  /// word → head reading (`lemma/inflection`) of its compound split.
  static let compounds: [(String, String)] = [
    ("hemtjänstbesluten", "beslut/pluralDefinite"), ("biståndsbeslutet", "biståndsbeslut/singularDefinite"),
    ("LSS-beslutet", "beslut/singularDefinite"), ("äldreomsorgsnämnden", "omsorgsnämnd/singularDefinite"),
    ("vårdnadshavarens", "vårdnadshavare/singularDefiniteGenitive"), ("boendestödsinsatserna", "insats/pluralDefinite"),
    ("kvällspersonalen", "personal/singularDefinite"), ("ekonomihandläggaren", "handläggare/singularDefinite"),
    ("stadsdelsförvaltningen", "förvaltning/singularDefinite"),
    ("utbildningsnämndens", "nämnd/singularDefiniteGenitive"),
    ("socialtjänstlagen", "socialtjänstlag/singularDefinite"), ("hemtjänstpersonalen", "personal/singularDefinite"),
    ("matlådorna", ""), ("trygghetsrutinerna", "rutin/pluralDefinite"), ("avgiftsbeslut", "beslut/singularIndefinite"),
  ]

  /// Forms that must not get the reading given (or any reading, when empty).
  static let negatives: [(String, String)] = [
    ("gådde", ""), ("kastarna", ""), ("erhållade", ""), ("beslutar", "beslut/pluralIndefinite"), ("xyzzy", ""),
    ("gåtts", "gå/supine"), ("bättre", "bra/positiveUtr"), ("köpade", ""), ("ställade", ""), ("mannar", ""),
  ]

  @Test func accuracy() {
    var outcomes: [AccuracyOutcome] = []
    for (form, reading) in Self.analyses {
      let found = lexicon.analyses(of: form).map(\.description)
      outcomes.append(
        .init(input: form, expected: reading, actual: found.contains(reading) ? reading : found.joined(separator: " ")))
    }
    for (lemma, cell, form) in Self.generation {
      outcomes.append(.init(input: "\(lemma) \(cell)", expected: form, actual: lexicon.form(of: lemma, cell) ?? "–"))
    }
    for (replacement, form, lemma, expected) in Self.inflections {
      // A finite reading first, as a clause would pick it (*erfordras* is also an infinitive).
      let readings = lexicon.analyses(of: form).filter { $0.lemma == lemma }
      let match = readings.first { $0.inflection.isFinite } ?? readings.first
      let actual = match.flatMap { lexicon.inflect(replacement, like: $0) } ?? "–"
      outcomes.append(.init(input: "\(replacement) som \(form)", expected: expected, actual: actual))
    }
    for (word, reading) in Self.compounds {
      let head = lexicon.analysesOrCompoundHead(of: CaseFolding.fold(word)).map(\.description)
      let actual = head.contains(reading) || (reading.isEmpty && head.isEmpty) ? reading : head.joined(separator: " ")
      outcomes.append(.init(input: word, expected: reading, actual: actual))
    }
    for (form, reading) in Self.negatives {
      let found = lexicon.analyses(of: form).map(\.description)
      let wrong = reading.isEmpty ? !found.isEmpty : found.contains(reading)
      outcomes.append(
        .init(input: "inte: \(form) \(reading)", expected: "nej", actual: wrong ? found.joined(separator: " ") : "nej"))
    }
    expectAccuracy("ordformer", outcomes, floor: 0.97)
  }

  @Test func sizeOfTheData() {
    #expect(lexicon.lemmaCount >= 600)
    for verb in [
      "erhålla", "inkomma", "tillhandahålla", "vidta", "tillse", "bifalla", "avslå", "föreligga", "tillställa",
      "delge", "åtgärda", "besluta", "meddela", "återkomma", "beakta", "tillämpa", "verkställa", "bevilja", "handlägga",
      "se över", "titta på", "arbeta", "utreda", "undersöka", "förbättra", "utveckla", "följa upp", "prioritera",
      "ringa",
      "skicka", "kontakta", "höra av sig",
    ] {
      #expect(lexicon.contains(lemma: verb, .verb), "\(verb)")
    }
    for noun in [
      "beslut", "ansökan", "bistånd", "handläggare", "boende", "insats", "rutin", "brukare", "omsorg", "hemtjänst",
      "nämnd", "förvaltning", "socialtjänst", "enhet", "vårdnadshavare", "barn", "förälder", "anhörig",
    ] {
      #expect(lexicon.gender(of: noun) != nil, "\(noun)")
    }
  }

  @Test func particleVerbsAreListedUnderTheirVerb() {
    #expect(lexicon.particleVerbs(of: "se").map(\.lemma).contains("se över"))
    #expect(lexicon.forms(of: "följa upp")[.past] == ["följde upp"])
  }
}
