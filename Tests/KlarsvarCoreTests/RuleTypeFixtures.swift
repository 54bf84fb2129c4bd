/// Pack pieces several rule-type tests share.
enum RuleTypeFixtures {
  /// A contact with a phone, a website, and outdated values of both.
  static var ivo: [String: Any] {
    [
      "contacts": [
        [
          "id": "ivo", "name": "Inspektionen för vård och omsorg", "aliases": ["IVO"], "website": "ivo.se",
          "phone": "010-788 50 00", "outdatedPhones": ["08-555 00 00"], "outdatedWebsites": ["ivo.nu"],
        ] as [String: Any]
      ]
    ]
  }

  /// A closing ("med vänliga hälsningar") in the last two paragraphs: where insertions go before.
  static var closing: [String: Any] {
    TestPack.rule(
      "test-closing", type: "structure", category: "structure",
      ["anyOf": ["med vänliga hälsningar", "hälsningar"], "within": ["from": "end", "paragraphs": 2]])
  }
}
