import KlarsvarLanguage

/// Short texts of every kind, written for the text-kind table.
enum TextKindCases {
  static let replies: [String] = [
    "Hej Anna!\n\nTack för ditt mejl om hemtjänsten. Jag förstår att du är orolig för din mamma. Din handläggare ringer dig senast den 14 mars.\n\nMed vänlig hälsning\nEva Ek\nEnhetschef, hemtjänsten Norr",
    "Hej!\n\nTack för att du hörde av dig. Du kan ansöka om ledsagning genom att kontakta din handläggare. Ring oss om du har frågor.\n\nVänliga hälsningar\nKundcenter, Ekeby kommun",
    "Hej Per,\n\nVi har tagit emot ditt klagomål. Du har rätt i att maten har varit kall flera gånger. Från vecka 12 levereras maten i nya värmeboxar.\n\nMed vänlig hälsning\nLena Holm\nVerksamhetschef",
    "Hej Sara!\n\nDu frågade om avgiften för trygghetslarm. Avgiften är 250 kronor i månaden. Du får en faktura varje månad.\n\nHälsningar\nOmar Hassan, handläggare",
    "Hej!\n\nTack för ditt brev. Jag beklagar att du inte fick svar tidigare. Jag ringer dig på tisdag för att boka ett möte.\n\nMed vänlig hälsning\nMaria Öberg\nSocialsekreterare",
    "Hej Karl!\n\nTack för dina synpunkter på färdtjänsten. Vi har skickat dem vidare till kollektivtrafiken, som ansvarar för färdtjänsten. Du kan också kontakta dem direkt.\n\nVänliga hälsningar\nMedborgarservice",
    "Hej Lisa,\n\nJag förstår att det har varit svårt för dig. Vi ber om ursäkt för att ingen kom på fredagen. Det borde inte ha hänt. Vi har nu ändrat schemat.\n\nMed vänlig hälsning\nHenrik\nHemtjänsten Väster",
    "Hej!\n\nDu undrar hur du ansöker om boendestöd. Du fyller i blanketten på webbplatsen och skickar den till oss. Vi kontaktar dig inom två veckor.\n\nMvh\nJohan Svensson\nbiståndshandläggare",
    "Hej Eva!\n\nTack för ditt samtal i går. Som jag lovade skickar jag här informationen om korttidsboende. Hör av dig om du vill veta mer.\n\nVänliga hälsningar\nCecilia Falk",
    "Hej Ahmed,\n\nVi har fått din ansökan om ekonomiskt bistånd. För att vi ska kunna pröva den behöver vi dina kontoutdrag för mars, senast den 20 april.\n\nMed vänlig hälsning\nLeila Omar\nHandläggare",
    "Hej Britt!\n\nTack för att du berättade om bemötandet. Jag har pratat med personalen och vi har gått igenom rutinerna tillsammans. Du är välkommen att ringa mig.\n\nMed vänlig hälsning\nÅsa Ek, enhetschef",
    "Hej!\n\nVi har tagit emot din anmälan. Vi utreder den nu och du får besked senast den 30 maj. Har du frågor kan du ringa mig.\n\nHälsningar\nMalin Roos\n0480-12 34 56",
    "Hej Gustav!\n\nTack för din fråga om parkeringen vid boendet. Du kan parkera på gästplatserna i högst tre timmar. Välkommen!\n\nMed vänlig hälsning\nFilip Ström, samordnare",
  ]

  static let newspaperReplies: [String] = [
    // Talks to the letter's writer first and names the letter only further down.
    "Du har rätt i att informationen om de nya avgifterna kom sent. Det ska inte hända igen.\n\nJag vill ändå rätta en sak. Avgiften höjs inte för alla, bara för dem med de högsta inkomsterna.\n\nJag håller med om att jag och mina kolleger måste bli bättre på att förklara våra beslut. Därför bjuder jag in till ett möte i stadshuset den 5 maj.\n\nInsändaren frågar också om taxan för trygghetslarm. Den är oförändrad i år.\n\nLars Nyberg (C)\nordförande i omsorgsnämnden",
    "Svar på insändaren ”Ingen bryr sig om de gamla”\n\nI insändaren beskriver en anhörig brister i hemtjänsten. Vi tar kritiken på allvar. Från den 1 juni bemannar vi kvällarna med två personer till.\n\nAnna Lind (S)\nordförande i socialnämnden",
    "Replik: Äldreomsorgen behöver mer än ord\n\nInsändarskribenten har rätt i att väntetiderna är för långa. Därför öppnar vi tjugo nya platser under hösten 2026.\n\nPer Ek (KD), kommunalråd",
    "Svar till ”Orolig dotter”\n\nVi förstår din oro. Vi kan inte kommentera enskilda ärenden, men vi kan berätta vad som gäller för alla. Varje brukare ska ha en genomförandeplan.\n\nMikael Andersson, verksamhetschef",
    "Socialnämnden svarar på kritiken om försörjningsstödet\n\nI tisdagens tidning skrev Kalle Ek att handläggningen tar för lång tid. Vi håller med. Från mars har vi fyra fler handläggare.\n\nStefan Larsson (M), ordförande",
    "Replik\n\nVi vill bemöta insändaren om skolskjutsarna. Bilden som ges stämmer delvis. Vi ser nu över turerna inför hösten.\n\nFredrik Ljung (L)\nJenny Ahl (C)",
    "Svar på insändare om matlådorna\n\nTack för att du tar upp frågan. Maten ska vara varm när den kommer fram. Vi byter leverantör den 1 september.\n\nIngrid Sjöberg, avdelningschef",
    "Slutreplik om hemtjänsten i Norr\n\nVi står fast vid att hemtjänsten ska ha tydliga besökstider. Signaturen ”Trött anhörig” har fått svar i sitt ärende.\n\nJohanna Blom (S), ordförande socialnämnden",
    "Svar på ”Varför stängs träffpunkten?”\n\nTräffpunkten stängs inte. Den flyttar till nya lokaler i Centrum i april. Alla som besöker den i dag är välkomna dit.\n\nKarin Berg (M), oppositionsråd",
    "Kommunen svarar: Vi har inte glömt Björkgården\n\nSkribenten undrar vad som händer med Björkgården. Renoveringen startar i maj och är klar till årsskiftet.\n\nSofia Dahl, socialchef",
    "Replik: Fel om LSS-besluten\n\nI insändaren påstås att kommunen sparar på LSS. Det stämmer inte. Budgeten för LSS har ökat med 10 procent.\n\nMagnus Öst (S), kommunalråd",
    "Svar på insändaren ”Skäms, kommunen!”\n\nDu som skrev insändaren har rätt i att vi brast i informationen. Vi ber om ursäkt. Nu får alla brev en vecka före varje förändring.\n\nAndreas Strömberg, förvaltningschef",
    "Socialnämndens ordförande svarar\n\nDen anonyma skribenten menar att ingen lyssnar. Vi bjuder därför in till ett öppet möte den 12 maj i stadshuset.\n\nLinda Berg (KD)",
    "Svar på debattinlägget om fritidsgårdarna\n\nVi delar oron för ungas fritid. Därför håller två fritidsgårdar öppet även på söndagar från och med februari.\n\nTomas Ek (V), gruppledare",
  ]

  static let decisions: [String] = [
    "Beslut\n\nDu beviljas hemtjänst med tre besök per dag från den 1 maj 2026.\n\nMotivering\n\nVi bedömer att du behöver hjälp med personlig omvårdnad.\n\nSå överklagar du\n\nDu kan överklaga beslutet till förvaltningsrätten. Överklagandet ska ha kommit in inom tre veckor från den dag du fick beslutet.",
    "Beslut om ekonomiskt bistånd\n\nDin ansökan avslås.\n\nSkäl för beslutet\n\nDina inkomster är högre än riksnormen.\n\nOm du vill överklaga\n\nSkriv till förvaltningsrätten inom tre veckor.",
    "Beslut: Ansökan om särskilt boende beviljas.\n\nBeslutet gäller från den 1 juni. Lagrum: 4 kap. 1 § socialtjänstlagen.\n\nDu kan överklaga beslutet.\n\nMaria Öberg, biståndshandläggare",
    "Hej Anna!\n\nNämnden har beslutat att bevilja din ansökan om ledsagarservice, tio timmar per månad. Beslutet gäller till den 31 december.\n\nDu kan överklaga beslutet till förvaltningsrätten inom tre veckor.\n\nMed vänlig hälsning\nLena Holm",
    "Beslut\n\nAnsökan om bostadsanpassning avslås.\n\nBeslutsmotivering\n\nÅtgärden behövs inte på grund av funktionsnedsättningen.\n\nHur man överklagar\n\nBeslutet kan överklagas till förvaltningsrätten.",
    "Delegationsbeslut\n\nDnr SN 2026/114\n\nDu beviljas korttidsvistelse två helger per månad.\n\nBeslutet gäller från och med den 3 mars 2026.",
    "Beslut om avgift\n\nDin avgift för hemtjänst blir 1 200 kronor per månad.\n\nSå har vi räknat\n\nAvgiften bygger på dina inkomster.\n\nOm du inte är nöjd\n\nDu kan överklaga beslutet till förvaltningsrätten inom tre veckor från den dag du fick beslutet.",
    "Beslut\n\nSocialnämnden har beslutat att inleda en utredning enligt 11 kap. 1 § socialtjänstlagen.\n\nSkäl\n\nNämnden har fått en orosanmälan.",
    "Hej!\n\nDin ansökan om färdtjänst har beviljats från och med den 10 april. Beslutet gäller i två år.\n\nOm du vill överklaga beslutet ska du skriva till förvaltningsrätten inom tre veckor.\n\nMed vänlig hälsning\nMedborgarservice",
    "Beslut om bistånd\n\nDu beviljas trygghetslarm.\n\nDu kan överklaga\n\nDu kan överklaga beslutet om du inte är nöjd. Skriv till förvaltningsrätten.",
    "Beslut\n\nAnsökan om kontaktperson avslås med stöd av 9 § LSS.\n\nMotivering\n\nDu tillhör inte lagens personkrets.\n\nÖverklagande\n\nBeslutet kan överklagas till förvaltningsrätten inom tre veckor.",
    "Beslut om ändrad insats\n\nDin hemtjänst ändras från fyra till tre besök per dag från den 1 februari.\n\nVarför vi har beslutat så\n\nDitt behov av hjälp på natten har minskat.\n\nDu kan överklaga beslutet till förvaltningsrätten.",
    "Ärendenummer 2026-0456\n\nBeslut\n\nDu beviljas boendestöd sex timmar per vecka.\n\nDu kan överklaga beslutet inom tre veckor från den dag du fick del av det.",
  ]

  static let summaries: [String] = [
    "Sammanfattning av medborgardialogen om äldreomsorgen\n\nDen 12 mars träffades 40 invånare i stadshuset. Många lyfte bristen på aktiviteter. Det här tar vi med oss.\n\nVad händer nu\n\nVi återkommer till er som deltog senast den 1 juni.",
    "Det här hörde vi\n\nTack till er som deltog i dialogmötet om parken. Flera deltagare ville ha bättre belysning. Vi fick in 86 synpunkter.\n\nSå går vi vidare\n\nFörvaltningen tar fram ett förslag till hösten.",
    "Medborgardialog om biblioteket\n\nSammanfattning\n\nEnkäten besvarades av 312 personer. De flesta svarande vill ha längre öppettider.\n\nVad händer nu\n\nKulturnämnden beslutar i juni.",
    "Sammanfattning av workshopen om trygghet\n\nNi som deltog pekade på tre platser där ni känner er otrygga. Vi fick in många förslag.\n\nNästa steg\n\nVi sätter upp ny belysning vid stationen i oktober.",
    "Dialogmöte om hemtjänsten, 4 april\n\nDeltagarna var brukare och anhöriga. Det som kom fram var att många vill ha samma personal. Flera deltagare efterfrågade tydligare scheman.\n\nVi återkommer till er i maj.",
    "Vad tyckte ni om skolvägen?\n\nSammanfattning\n\nI enkäten svarade 140 föräldrar. Många lyfte trafiken vid skolan.\n\nVad händer nu\n\nVi bygger ett nytt övergångsställe under sommaren.",
    "Sammanfattning av dialogen med unga\n\nDu som deltog i dialogen gav oss många idéer. Flera deltagare ville ha en fritidsgård i Norr.\n\nDet här tar vi med oss\n\nFritidsnämnden får en rapport i september.",
    "Återkoppling från medborgardialogen\n\nTack för att ni kom! Vi fick in synpunkter om lekplatsen, parkeringen och belysningen.\n\nSå går vi vidare\n\nLekplatsen rustas upp i maj.",
    "Sammanfattning: Dialog om matsalen på Solgården\n\nDeltagarna tyckte att maten är god men att det är för bullrigt. Många lyfte önskemål om mer grönsaker.\n\nVi återkommer till er som deltog.",
    "Det här kom fram på mötet om nya boendet\n\nGrannarna oroade sig för trafiken. Flera deltagare frågade om parkeringen.\n\nVad händer nu\n\nVi svarar på alla frågor på webbplatsen senast den 15 maj.",
    "Medborgardialog om budgeten 2027\n\nSammanfattning\n\nI workshopen diskuterade ni vad kommunen ska prioritera. Många lyfte skolan och äldreomsorgen.\n\nNästa steg\n\nFullmäktige beslutar om budgeten i november.",
    "Sammanfattning av enkäten om hemtjänsten\n\n212 brukare svarade på enkäten. De flesta svarande är nöjda med bemötandet. Många lyfte att tiderna ändras ofta.\n\nVad händer nu\n\nVi inför fasta besökstider från vecka 36.",
    "Tack för ert deltagande!\n\nHär är en sammanfattning av det som kom fram vid dialogmötet i Centrum. Ni ville ha fler bänkar och mer grönska.\n\nVi återkommer när beslutet är fattat.",
  ]

  static let opinions: [String] = [
    "Äldreomsorgen behöver en ny riktning\n\nVi anser att alla äldre ska ha rätt till samma personal varje dag. Därför vill vi anställa fler undersköterskor. Det är dags att majoriteten tar ansvar.\n\nKarin Berg (M), oppositionsråd",
    "Satsa på de unga nu\n\nVi socialdemokrater vill att varje ung person får ett sommarjobb. Det är en investering i framtiden. Vi föreslår att kommunen avsätter fem miljoner kronor.\n\nAnna Lind (S)\nMagnus Öst (S)",
    "Debatt: Vi måste prata om ensamheten\n\nEnsamheten bland äldre är ett av vår tids största problem. Vi menar att kommunen ska öppna fler träffpunkter. Politiken måste våga prioritera.\n\nTomas Ek (V), gruppledare",
    "Dags att ta tryggheten på allvar\n\nVi kräver fler trygghetsvärdar i centrum. Styret har under flera år sparat på fel saker. Vi föreslår en ny budget för trygghet.\n\nLars Nilsson (SD)",
    "Skolan behöver arbetsro\n\nVi liberaler vill ha mindre klasser och fler lärare. Därför vill vi flytta pengar från administrationen till undervisningen.\n\nFredrik Ljung (L)",
    "Låt landsbygden leva\n\nVi anser att servicen på landsbygden måste finnas kvar. Budgeten ska inte drabba de små orterna. Vi föreslår att biblioteket i Norrby hålls öppet.\n\nJenny Ahl (C)",
    "Klimatet kan inte vänta\n\nVi menar att kommunen måste halvera utsläppen till 2030. Det är dags att investera i cykelvägar och solceller.\n\nAnnika Strand (MP), språkrör",
    "Familjerna behöver valfrihet\n\nVi vill att föräldrar själva ska kunna välja omsorg för sina barn. Därför föreslår vi ett vårdnadsbidrag.\n\nLinda Berg (KD), ledamot",
    "Vi vill se en ärligare budget\n\nMajoriteten lovar mycket men levererar lite. Vi anser att äldreomsorgen har fått för lite under flera år. Vi föreslår tjugo miljoner mer.\n\nStefan Larsson (M)\nBritt Ek (C)",
    "Debatt: Hemtjänsten är ingen löpande band\n\nVi menar att personalen måste få tid att prata med de äldre. Minuterna kan inte styra allt. Oppositionen har länge krävt en ny modell.\n\nIda Borg (V)",
    "Rädda simhallen\n\nVi kräver att simhallen blir kvar. Det är dags att majoriteten lyssnar på invånarna. Vi föreslår att renoveringen tidigareläggs.\n\nSven Ek (SD), gruppledare",
    "Fler poliser räcker inte\n\nVi anser att det förebyggande arbetet måste stärkas. Fritidsgårdar och fältassistenter är politikens bästa verktyg.\n\nJohanna Blom (S)",
    "Bygg bostäder för äldre\n\nVi föreslår att kommunen bygger trygghetsboenden i alla kommundelar. Det är dags att politiken planerar för framtiden.\n\nChrister Lund (M)\nMona Sand (L)",
  ]

  static let informationPages: [String] = [
    // *beviljas eller avslås* names the outcomes a page explains, not a decision.
    "Så går det till\n\nEfter hembesöket gör handläggaren en utredning. Sedan fattas beslut i ärendet, det vill säga ansökan beviljas eller avslås.\n\nÖverklaga\n\nÄr man inte nöjd med beslutet kan det överklagas till förvaltningsrätten inom tre veckor.",
    // Markdown headings, and decision words that only say what happens *if* an application is refused.
    "## Ekonomiskt bistånd\n\nOm din ansökan avslås helt eller delvis kan du överklaga beslutet.\n\n## Så går det till\n\nBistånd beviljas om du inte kan klara din försörjning på annat sätt. Skicka överklagandet till socialnämnden inom tre veckor från den dag du fick beslutet. Nämnden skickar det vidare till förvaltningsrätten.",
    "Hemtjänst\n\nVem kan få hemtjänst?\n\nDu som behöver hjälp i vardagen kan ansöka om hemtjänst.\n\nHur ansöker jag?\n\nDu ansöker genom att kontakta kommunens biståndshandläggare.\n\nVad kostar det?\n\nAvgiften beror på din inkomst.",
    "Vanliga frågor om färdtjänst\n\nVem kan få färdtjänst?\n\nDu som har svårt att åka buss kan ansöka.\n\nHur bokar jag en resa?\n\nDu bokar på telefon 0771-12 34 56.",
    "Trygghetslarm\n\nEtt trygghetslarm gör att du kan få hjälp dygnet runt.\n\nSå ansöker du\n\nFyll i blanketten och skicka den till oss.\n\nBra att veta\n\nLarmet fungerar i hela bostaden.",
    "Ekonomiskt bistånd\n\nDu som inte kan försörja dig kan ansöka om ekonomiskt bistånd.\n\nVad behöver jag skicka med?\n\nDu behöver skicka kontoutdrag och hyresavi.\n\nMer information\n\nLäs mer på socialstyrelsen.se.",
    "Frågor och svar om matlådor\n\nHur beställer jag matlådor?\n\nDu beställer via din handläggare.\n\nKan jag välja mat?\n\nJa, du kan välja mellan tre rätter varje dag.",
    "Anhörigstöd\n\nDu som hjälper en närstående kan få stöd av kommunen.\n\nVad kan jag få?\n\nDu kan få samtalsstöd och avlösning.\n\nKontakta oss\n\nRing anhörigkonsulenten på 0480-45 00 00.",
    "Särskilt boende\n\nHär hittar du information om särskilt boende för äldre.\n\nVem kan få en plats?\n\nDu som behöver omsorg dygnet runt.\n\nHur lång är väntetiden?\n\nVäntetiden är i genomsnitt tre månader.",
    "Bostadsanpassning\n\nSå här gör du\n\nDu ansöker med en blankett och ett intyg från arbetsterapeut.\n\nVad kostar det?\n\nBidraget är gratis för dig.\n\nÖppettider\n\nVi svarar i telefon vardagar 9–12.",
    "Vanliga frågor om LSS\n\nVad är LSS?\n\nLSS är en lag som ger rätt till stöd för personer med vissa funktionsnedsättningar.\n\nHur ansöker jag?\n\nKontakta en LSS-handläggare.",
    "Budget- och skuldrådgivning\n\nHar du svårt att få pengarna att räcka? Kommunens rådgivare hjälper dig gratis.\n\nSå går det till\n\nDu bokar ett samtal på telefon.\n\nLäs mer\n\nMer information finns på konsumentverket.se.",
    "Dagverksamhet för äldre\n\nVem kan få dagverksamhet?\n\nDu som bor hemma och behöver social gemenskap.\n\nVar finns den?\n\nDagverksamheten finns på Solgården.",
    "Ledsagarservice\n\nLedsagarservice är ett stöd för dig som behöver hjälp att delta i fritidsaktiviteter.\n\nVem kan få ledsagarservice?\n\nDu som omfattas av LSS.\n\nHur ansöker jag?\n\nKontakta oss på telefon.",
    "Försörjningsstöd – vanliga frågor\n\nHur lång tid tar det?\n\nVi fattar beslut inom tre veckor.\n\nKan jag ansöka digitalt?\n\nJa, du ansöker via e-tjänsten.",
  ]

  static let news: [String] = [
    // An interview: the reporter's questions, answers after dashes.
    "Väntan på LSS-boende kritiseras\n\nFlera familjer har väntat över ett år på en plats i gruppbostad.\n\nVarför tar det så lång tid?\n\n– Vi har fler beslut än lediga lägenheter just nu, och bygget i Norr har blivit försenat.\n\nNär blir det bättre?\n\n– Den nya gruppbostaden öppnar i mars, och då får sex personer flytta in, säger avdelningschefen Karin Lund.",
    "Fler platser i äldreomsorgen\n\nEkeby kommun öppnar 20 nya platser på Solgården i höst. ”Det är ett efterlängtat tillskott”, säger socialnämndens ordförande Anna Lind.\n\nByggstarten blir i mars, enligt förvaltningen.",
    "Nytt system för trygghetslarm\n\nKommunen byter till digitala trygghetslarm. ”Larmen blir säkrare”, säger enhetschefen Eva Ek. Bytet sker under våren, uppger kommunen.",
    "Hemtjänsten anställer\n\nHemtjänsten i Norr anställer tio nya undersköterskor. Enligt verksamhetschefen Mikael Andersson minskar det antalet personal per brukare.\n\n”Vi har lyssnat på kritiken”, säger han.",
    "Väntetiden till LSS-boende kortas\n\nVäntetiden till LSS-boende har halverats på ett år, visar nya siffror. ”Det är resultatet av ett långsiktigt arbete”, säger avdelningschefen Ingrid Sjöberg.",
    "Träffpunkten flyttar\n\nTräffpunkten i Centrum flyttar till nya lokaler i april. Enligt kommunen blir lokalerna större och mer tillgängliga. ”Alla är välkomna”, berättar samordnaren Filip Ström.",
    "Pressmeddelande: Ny förvaltningschef\n\nAndreas Strömberg blir ny förvaltningschef för socialförvaltningen. ”Jag ser fram emot att börja”, säger han. Han tillträder den 1 september.",
    "Matleveranserna förbättras\n\nEfter klagomål byter kommunen leverantör av matlådor. ”Maten ska vara varm när den kommer fram”, säger enhetschefen Åsa Ek.\n\nBytet sker den 1 september, meddelar kommunen.",
    "Kommunen satsar på anhörigstöd\n\nSocialnämnden har beslutat att anställa en anhörigkonsulent till. ”Anhöriga gör ett enormt arbete”, säger ordföranden Johanna Blom.",
    "Fritidsgården öppnar igen\n\nFritidsgården i Norr öppnar igen efter renoveringen. Enligt fritidschefen kommer över hundra ungdomar varje vecka.\n\n”Vi har saknat dem”, säger fritidsledaren Hugo Ek.",
    "Rekordmånga sökte försörjningsstöd\n\nAntalet hushåll som söker försörjningsstöd ökade i fjol, visar kommunens statistik. ”Vi ser effekterna av de höjda priserna”, konstaterar socialchefen Sofia Dahl.",
    "Ny rutin efter larmincidenten\n\nEfter att ett trygghetslarm inte besvarades har kommunen infört en ny rutin. ”Det ska inte kunna hända igen”, säger verksamhetschefen Lena Holm.",
    "IVO granskar Solgården\n\nInspektionen för vård och omsorg granskar äldreboendet Solgården. Enligt kommunen har boendet redan rättat till bristerna. ”Vi välkomnar granskningen”, säger enhetschefen.",
    "Sommarjobb för unga\n\nI år får 300 ungdomar sommarjobb i kommunen. ”Det är fler än någonsin”, berättar arbetsmarknadschefen Karl Ek. Ansökan öppnar i februari, uppger kommunen.",
  ]

  static let citizenLetters: [String] = [
    // A citizen's reply to a published letter, under a pen name: no official's newspaper reply.
    "Svar på insändaren om hemtjänsten\n\nJag blev förvånad när jag läste kommunalrådets svar. Min far har haft hemtjänst i tre år och har aldrig fått samma personal två dagar i rad.\n\nNär ska ni politiker lyssna på oss som ser verkligheten?\n\nTrött anhörig",
    "Hej!\n\nJag vill klaga på hemtjänsten. Min mamma har inte fått sin medicin i tid tre gånger den här veckan. Jag har ringt flera gånger men ingen svarar. Jag förväntar mig ett svar.\n\nMed vänlig hälsning\nKerstin Lund",
    "Till socialnämnden\n\nJag är mycket besviken på hur ni har behandlat min pappa. Ingen har hört av sig sedan mötet i mars. Hur kan det ta så lång tid?\n\nHans Ek",
    "Hej,\n\nJag har fortfarande inte fått något beslut om min ansökan. Jag skickade den för två månader sedan. Jag vill ha svar nu.\n\nMvh\nAhmed Ali",
    "Hej!\n\nJag är upprörd över att min son inte får sin assistans. Det är oacceptabelt. Jag kräver att ni ordnar detta omedelbart.\n\nSara Lund",
    "Till hemtjänsten i Norr\n\nJag vill framföra klagomål på bemötandet. Personalen var otrevlig mot min far i går. Jag undrar varför ingen har tagit upp det.\n\nHälsningar\nPeter Ek",
    "Hej!\n\nMin mamma bor på Solgården. Maten är kall nästan varje dag. Jag har påpekat det flera gånger utan att något händer. Varför har ingen gjort något?\n\nEva Holm",
    "Hej kommunen,\n\nJag har ringt er fem gånger om min ansökan om bostadsanpassning. Ni har inte svarat. Jag är missnöjd och vill veta när jag får besked.\n\nMats",
    "Hej!\n\nJag skriver för att min dotter inte har fått plats på korttidsboendet. Jag förstår inte varför. Jag förväntar mig att någon ringer mig.\n\nLinnea Sjögren",
    "Till ansvarig chef\n\nJag vill klaga på att min pappas hemtjänst har minskats utan att vi blev tillfrågade. Det är skandal. Jag kräver en ny bedömning.\n\nOla Berg",
    "Hej,\n\nJag är besviken. Jag har väntat i sex veckor på ett samtal från min handläggare. Jag har inte fått något svar på mina mejl.\n\nJulia",
    "Hej!\n\nJag undrar varför min mamma måste byta boende. Ingen har förklarat det för oss. Jag vill ha ett möte med chefen.\n\nMed vänliga hälsningar\nNiklas Ahlgren",
    "Synpunkt på äldreboendet\n\nJag vill framföra att personalen på Björkgården gör ett fantastiskt arbete, men de är för få. Min far får vänta länge på hjälp. Jag förväntar mig att ni anställer fler.\n\nBirgitta Ek",
    "Hej!\n\nJag har inte fått min faktura förklarad. Jag har ringt och mejlat men ingen har hört av sig. Jag är upprörd.\n\nRoger",
  ]

  static let all: [(TextKind, String)] =
    replies.map { (.reply, $0) } + newspaperReplies.map { (.newspaperReply, $0) } + decisions.map { (.decision, $0) }
    + summaries.map { (.summary, $0) } + opinions.map { (.opinion, $0) } + informationPages.map { (.information, $0) }
    + news.map { (.news, $0) } + citizenLetters.map { (.citizenLetter, $0) } + frames
}
