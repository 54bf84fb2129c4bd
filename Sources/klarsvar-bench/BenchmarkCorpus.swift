/// A deterministic Swedish corpus for benchmarks, assembled from a bank of reply paragraphs.
///
/// The bank mixes clean text with the problems klarsvar looks for, so every rule type does real
/// work; a fixed seed makes every run read the same bytes.
public enum BenchmarkCorpus {
  static let paragraphs: [String] = [
    "Tack för ditt mejl om hemtjänsten hos din mamma på Solvägen. Jag förstår att det har varit oroligt när personalen kommit vid olika tider under de senaste veckorna.",
    "Vi kommer att se över rutinerna för planeringen inom en snar framtid. Målet är att alla brukare ska få besök vid den tid som står i genomförandeplanen.",
    "Enhetschefen Maria Lind ringer dig senast fredagen den 14 mars för att boka ett möte. Då går vi tillsammans igenom vad som har hänt och vad vi ändrar.",
    "Beträffande din fråga om avgiften för trygghetslarmet erhåller du ett nytt beslut inom tre veckor. I syfte att undvika missförstånd bifogar vi avgiftstaxan.",
    "Tyvärr har vi ingen möjlighet att besvara frågor om enskilda ärenden via kommunens frågesida, eftersom uppgifterna omfattas av sekretess enligt offentlighets- och sekretesslagen.",
    "Om du inte är nöjd med hur vi har hanterat ditt klagomål kan du vända dig till Inspektionen för vård och omsorg (IVO). Du når IVO på telefon 010-788 50 00 eller via www.ivo.se.",
    "Socialnämnden har beslutat att avslå din ansökan om ledsagarservice enligt LSS, eftersom behovet enligt utredningen kan tillgodoses på annat sätt genom den hemtjänst du redan har.",
    "Du kan överklaga beslutet till förvaltningsrätten. Skicka överklagandet till socialnämnden inom tre veckor från den dag du fick del av beslutet. Skriv vilket beslut du överklagar och vilken ändring du vill ha.",
    "Vi arbetar för att ständigt förbättra kvaliteten i verksamheten och tar med oss dina synpunkter i det fortsatta arbetet. Vi ser allvarligt på det som har hänt.",
    "Kommunen genomför under våren 2027 en utredning av behovet av fler platser på särskilt boende i norra kommundelen. Resultatet redovisas för nämnden i juni 2027.",
    "Personalen har i dagsläget en hög arbetsbelastning, vilket har medfört att vissa besök har blivit kortare än planerat. Det är inte acceptabelt, och vi har därför anställt två undersköterskor från och med den 1 april.",
    "Vid frågor om försörjningsstöd kontaktar du din handläggare via kommunens växel på 0455-30 30 00, vardagar klockan 8–16. Du kan också skicka ett meddelande via e-tjänsten.",
    "Det är viktigt för oss att alla som bor på våra boenden känner sig trygga och blir bemötta med respekt. Därför går all personal en utbildning i bemötande under hösten 2027.",
    "Dessa personer har ofta ett komplext behov av stöd som kräver samverkan mellan socialtjänsten, regionen och andra aktörer, och det är inte alltid möjligt att tillgodose alla önskemål.",
    "Har du eller någon i din närhet utsatts för våld kan du ringa Kvinnofridslinjen på 020-50 50 50, dygnet runt och kostnadsfritt. Vid akut fara ringer du 112.",
    "Vi har tagit del av din insändare om väntetiderna till äldreboende och vill gärna förklara hur kommunen arbetar med frågan. Just nu väntar den som fått ett beslut i genomsnitt 54 dagar.",
    "Med anledning av ovanstående vill vi informera om att handläggningen av ditt ärende kommer att ta längre tid än beräknat, då utredningen är mer omfattande än vi först bedömde.",
    "Du är alltid välkommen att höra av dig till mig om du har fler frågor. Jag heter Anna Berg och är enhetschef för hemtjänsten i Östra distriktet.",
  ]

  static let greetings = ["Hej Karin!", "Hej!", "Hej Ahmed,", "Bästa Lena,"]
  static let closings = [
    "Med vänliga hälsningar\n\nAnna Berg\nEnhetschef, hemtjänsten Östra\nTelefon 0455-30 31 32\nanna.berg@kommun.se",
    "Vänliga hälsningar\n\nMaria Lind\nSocialsekreterare\n0455-30 40 50",
  ]

  /// A letter of about `words` words: greeting, paragraphs drawn with a seeded generator, closing.
  public static func letter(words: Int, seed: UInt64) -> String {
    var generator = SplitMix64(seed: seed)
    var parts = [greetings[Int(generator.next() % UInt64(greetings.count))]]
    var count = 0
    while count < words {
      let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
      parts.append(paragraph)
      count += paragraph.split(separator: " ").count
    }
    parts.append(closings[Int(generator.next() % UInt64(closings.count))])
    return parts.joined(separator: "\n\n") + "\n"
  }

  /// `count` letters of varying length (300–1,500 words), deterministic for a seed.
  public static func letters(count: Int, seed: UInt64 = 2027) -> [String] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in letter(words: 300 + Int(generator.next() % 1200), seed: generator.next()) }
  }

  /// Made-up phrases for the scaling test: plausible Swedish-looking words, never in real letters.
  public static func syntheticPhrases(count: Int, seed: UInt64 = 7) -> [String] {
    var generator = SplitMix64(seed: seed)
    let onsets = [
      "bl", "br", "d", "f", "fr", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "sk", "st", "t", "tr",
      "v",
    ]
    let vowels = ["a", "e", "i", "o", "u", "y", "å", "ä", "ö"]
    let codas = ["n", "r", "s", "t", "ll", "ng", "rd", "st", "k", ""]
    func word() -> String {
      let syllables = 2 + Int(generator.next() % 2)
      return (0..<syllables).map { _ in
        onsets[Int(generator.next() % UInt64(onsets.count))] + vowels[Int(generator.next() % UInt64(vowels.count))]
          + codas[Int(generator.next() % UInt64(codas.count))]
      }.joined()
    }
    return (0..<count).map { _ in (0..<(2 + Int(generator.next() % 3))).map { _ in word() }.joined(separator: " ") }
  }
}

/// A small, fast, seedable generator (SplitMix64) so corpora are identical on every run.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
