import Testing

@testable import KlarsvarLanguage

/// Expressions written after `ExpressionTests` was tuned, measured before any change (first run: see the
/// README). Kept as a regression table.
@Suite struct ExpressionHeldOutTests {
  static let cases: [(String, String)] = [
    ("Vi skickar ett nytt beslut senast den 20 augusti 2026.", "time/date:senast den 20 augusti 2026"),
    ("Områdeschefen besöker boendet i slutet av mars.", "owner/role:Områdeschefen · time/period:i slutet av mars"),
    ("Vi svarar på din fråga inom fem arbetsdagar.", "time/relative:inom fem arbetsdagar"),
    ("Frågan behandlas vid ett kommande tillfälle.", ""),
    ("Nattpersonalen utökas med tre tjänster från den 1 oktober.", "time/date:från den 1 oktober"),
    ("Varannan vecka kommer en sjuksköterska hem till dig.", "measure/frequency:Varannan vecka"),
    (
      "Din kontaktperson Lisa Holm ringer på torsdag kl. 10.",
      "owner/role:Din kontaktperson Lisa Holm · time/weekday:på torsdag · time/clock:kl . 10"
    ),
    ("Vi räknar med att vara klara efter påsk.", "time/period:efter påsk"),
    ("Avgiften sänks med 15 procent under 2027.", "measure/quantity:15 procent · time/period:under 2027"),
    ("Ärendet handläggs fortlöpande.", "time/vague:fortlöpande"),
    ("Socialförvaltningen återkommer i vecka 45.", "owner/unit:Socialförvaltningen · time/week:i vecka 45"),
    ("Insatsen omprövas på kort sikt.", "time/vague:på kort sikt"),
    ("Mötet flyttas till den 2 februari klockan 13.30.", "time/date:till den 2 februari · time/clock:klockan 13.30"),
    ("Samtliga boenden får besök av IVO under våren.", "measure/quantifier:Samtliga · time/period:under våren"),
    ("Beslutet skickades 2026-01-15 och gäller direkt.", "time/date:2026-01-15"),
  ]

  @Test func accuracy() {
    let language = TestResources.language
    var outcomes: [AccuracyOutcome] = []
    for (text, expected) in Self.cases {
      let sentence = LanguageDocument(text: text).sentences[0]
      let rendered = language.expressions(in: sentence).map { span in
        span.kind.name + ":" + span.tokenRange.map { String(sentence.tokens[$0].text) }.joined(separator: " ")
      }.joined(separator: " · ")
      outcomes.append(AccuracyOutcome(input: text, expected: expected, actual: rendered))
    }
    expectAccuracy("uttryck, nya", outcomes, floor: 0.8, minimumCount: 0)
  }
}
