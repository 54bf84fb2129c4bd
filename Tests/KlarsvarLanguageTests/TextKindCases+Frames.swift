import KlarsvarLanguage

/// Texts written for the second round of kind detection (issue 12): pages that address *du* without
/// greeting anyone, pages that explain decisions and appeals, Q&A pages with *Fråga:*/*Svar:*, titles
/// that are questions, replies placed under a reader's question, news that reports in the past tense,
/// citizens' letters that ask and complain, dialogue summaries whose headings ask the participants.
extension TextKindCases {
  static let frames: [(TextKind, String)] = [
    (
      .information,
      "Försörjningsstöd\n\nDu kan ansöka om försörjningsstöd om dina inkomster inte räcker till hyra och mat. När du skriver under ansökan godkänner du att vi kontrollerar dina uppgifter hos andra myndigheter.\n\nHandläggaren räknar ut ditt behov efter riksnormen. Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten."
    ),
    (
      .information,
      "Ansök om bostadsanpassning\n\nDu som har en funktionsnedsättning kan få bidrag för att anpassa din bostad. Du ansöker hos kommunen och bifogar ett intyg från en arbetsterapeut.\n\nNär kommunen har fattat ett beslut får du det skriftligt. Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten."
    ),
    (
      .information,
      "Överklaga ett beslut om bistånd\n\nÄr du inte nöjd med ett beslut från socialtjänsten kan du överklaga. Skriv vilket beslut det gäller och varför du tycker att det ska ändras.\n\nSkicka överklagandet till socialnämnden inom tre veckor från den dag du fick del av beslutet. Nämnden skickar det vidare till förvaltningsrätten."
    ),
    (
      .information,
      "Fråga: Kan jag få hemtjänst på natten?\n\nSvar: Ja, om du behöver hjälp på natten kan du ansöka om nattpatrull. En biståndshandläggare utreder ditt behov.\n\nFråga: Vad kostar det?\n\nSvar: Avgiften beror på din inkomst och är högst 2 400 kronor i månaden."
    ),
    (
      .information,
      "Varför får inte alla ett trygghetslarm direkt?\n\nEtt trygghetslarm är en insats enligt socialtjänstlagen. Kommunen prövar varje ansökan för sig och tittar på behovet av hjälp dygnet runt. Handläggningen tar oftast två veckor."
    ),
    (
      .information,
      "Stöd till anhöriga\n\nAnhörigstöd är till för den som vårdar eller stödjer en närstående. Stödet är gratis och kräver inget beslut.\n\nAnhörigkonsulenten kan ge råd, samtal och information om avlösning. Ring kommunens växel och fråga efter anhörigkonsulenten."
    ),
    (
      .decision,
      "Avgiftsbeslut för hemtjänst\n\nDin avgift för hemtjänst blir 1 450 kronor per månad från och med den 1 mars. Avgiften bygger på de inkomster du har uppgett.\n\nDu kan överklaga beslutet till förvaltningsrätten inom tre veckor från den dag du fick del av det.\n\nSara Lindqvist\nAvgiftshandläggare"
    ),
    (
      .decision,
      "Beslut om ledsagarservice\n\nDin ansökan om ledsagarservice beviljas med sex timmar per månad. Beslutet gäller från den 1 april till den 31 december.\n\nSkäl\n\nDu har behov av stöd för att delta i aktiviteter utanför hemmet."
    ),
    (
      .reply,
      "Orolig för pappas medicinering\n\nHej! Min pappa får sina mediciner för sent varje kväll. Vem ska jag prata med?\n\nDotter i Norrby\n\nSvar\n\nHej!\n\nDu undrar vem du ska vända dig till. Ring enhetschefen för hemtjänsten i Norrby, så går hon igenom kvällsturerna med dig.\n\nVänliga hälsningar\nKommunens frågelåda"
    ),
    (
      .reply,
      "Hej Gunnel,\n\nTack för ditt mejl om snöröjningen. Du skriver att gången till soptunnorna inte har plogats på två veckor. Vi har pratat med entreprenören och den plogas från och med i morgon.\n\nMed vänlig hälsning\nPatrik Holm, gatuenheten"
    ),
    (
      .newspaperReply,
      "Kommentar med anledning av kritiken mot skolskjutsarna\n\nI tidningen har flera föräldrar beskrivit långa väntetider vid hållplatserna. Vi har gått igenom turerna och ändrar två av dem från och med höstterminen.\n\nJonas Berg (M), ordförande i barn- och utbildningsnämnden"
    ),
    (
      .news,
      "Kommunen anställer fler nattsköterskor\n\nFrån i höst får äldreboendena i Södra två nattsköterskor till. Beslutet fattades av omsorgsnämnden i tisdags.\n\nVi har sett att behovet har ökat, berättade förvaltningschefen Lena Dahl för tidningen. Enligt henne kostar satsningen fyra miljoner kronor om året."
    ),
    (
      .news,
      "Lex Maria-anmälan efter fallolycka\n\nEn boende på Ekgården föll och bröt höften i början av maj. Verksamhetschefen Anders Ek uppgav att personalen inte hade larmats i tid.\n\nVerksamheten har anmält händelsen till IVO, meddelade kommunen på fredagen."
    ),
    (
      .citizenLetter,
      "Insändare: Varför stänger ni träffpunkten?\n\nJag har gått till träffpunkten i Centrum varje vecka i tio år. Nu ska den stänga och ingen har frågat oss som går dit. Var ska vi ta vägen på eftermiddagarna? Har politikerna ens varit där?\n\nEn besviken pensionär"
    ),
    (
      .citizenLetter,
      "Ge vår dotter en skolskjuts\n\nVår dotter har en rörelsenedsättning och kan inte gå de två kilometrarna till skolan. Vi har ansökt om skolskjuts två gånger och fått avslag båda gångerna. Hur ska hon ta sig till skolan när det är is på vägarna? Vem tar ansvar om hon faller?\n\nKarin och Mats Holmberg"
    ),
    (
      .summary,
      "Det här sa ni om lekplatsen i Västra\n\nI mars träffade vi 35 barn och föräldrar vid lekplatsen. Deltagarna fick svara på två frågor.\n\nVad saknar du på lekplatsen?\n\nFlest ville ha en större sandlåda och fler bänkar.\n\nVad skulle få dig att komma oftare?\n\nMånga lyfte belysningen på kvällen.\n\nVad händer nu\n\nParkavdelningen tar fram ett förslag till hösten."
    ),
    (
      .opinion,
      "Kommunen måste satsa på förebyggande arbete\n\nVi anser att kommunen lägger för lite pengar på förebyggande insatser för barn och unga. Det är dags att majoriteten tar ansvar. Vi föreslår att fältassistenterna blir fler.\n\nEmma Sandberg (V)\nLars Öberg (V)"
    ),
  ]
}
