import KlarsvarCore
import KlarsvarText

/// The referral bodies of the packs' contact list (`contacts.json`) that a draft names: by name or
/// alias (also in the genitive, *IVO:s*, *Kvinnofridslinjens*), by a website no other contact shares, or by a one-word number
/// such as *112*. A description for the summary panel, not a judgement: the rules decide what is
/// missing.
enum ReferralMentions {
  /// A contact and where the draft first names it.
  struct Mention {
    var contact: Contact
    var range: TextRange
  }

  /// One way of naming a contact: folded words (by hash), or a website.
  private struct Pattern {
    var contact: Contact
    /// Per word, the hashes of its accepted forms (the last word also with *s* and *:s*).
    var words: [Set<UInt64>]
    /// Short all-capital aliases (*JO*, *DO*) match only as written: *jo* is a common word.
    var exactCase: String?
  }

  /// Every contact named in `text`, in order of first mention.
  static func find(in text: TokenizedText, contacts: [String: Contact]) -> [Mention] {
    let patterns = contacts.keys.sorted().flatMap { namingPatterns(for: contacts[$0]!) }
    let byFirstWord = Dictionary(grouping: patterns.indices) { patterns[$0].words[0] }
      .reduce(into: [UInt64: [Int]]()) { table, entry in
        for hash in entry.key { table[hash, default: []] += entry.value }
      }
    // A website several contacts share (mind.se has three lines) names none of them in particular.
    let sites = Dictionary(grouping: contacts.values.filter { $0.website != nil }) { $0.website! }
    let websites = sites.compactMap { site, owners in owners.count == 1 ? (owners[0], site) : nil }
    var found: [String: Mention] = [:]
    let tokens = text.tokens
    for (index, token) in tokens.enumerated() {
      if token.kind == .url || token.kind == .email {
        let address = text.folded(token)
        for (contact, site) in websites where found[contact.id] == nil && Self.names(address, site) {
          found[contact.id] = Mention(contact: contact, range: token.range)
        }
        continue
      }
      for candidate in byFirstWord[hash(of: token, in: text)] ?? [] {
        let pattern = patterns[candidate]
        guard found[pattern.contact.id] == nil, index + pattern.words.count <= tokens.count,
          pattern.words.indices.allSatisfy({ pattern.words[$0].contains(hash(of: tokens[index + $0], in: text)) })
        else { continue }
        if let exact = pattern.exactCase, !text.text(of: token).hasPrefix(exact) { continue }
        let last = tokens[index + pattern.words.count - 1]
        found[pattern.contact.id] = Mention(
          contact: pattern.contact, range: TextRange(token.range.lowerBound, last.range.upperBound))
      }
    }
    return found.values.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  private static func namingPatterns(for contact: Contact) -> [Pattern] {
    var names = [contact.name] + contact.aliases
    if let phone = contact.phone, phone.allSatisfy(\.isNumber) { names.append(phone) }
    return names.compactMap { name in
      let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordFolder.fold(String($0)) }
      guard !words.isEmpty else { return nil }
      let forms = words.enumerated().map { index, word -> Set<UInt64> in
        let variants = index == words.count - 1 ? [word, word + "s", word + ":s"] : [word]
        return Set(variants.map { Vocabulary.hash(Array($0.utf8)) })
      }
      let capitals = name.count <= 4 && name.allSatisfy { $0.isUppercase }
      return Pattern(contact: contact, words: forms, exactCase: capitals ? name : nil)
    }
  }

  /// The token's folded hash; computed from its text for the kinds the tokenizer does not hash.
  private static func hash(of token: Token, in text: TokenizedText) -> UInt64 {
    token.kind == .word ? token.hash : Vocabulary.hash(Array(text.folded(token).utf8))
  }

  /// Whether an address names a website: the domain itself or a subdomain, with or without a path.
  private static func names(_ address: String, _ site: String) -> Bool {
    var host = Substring(address)
    for scheme in ["https://", "http://"] where host.hasPrefix(scheme) { host = host.dropFirst(scheme.count) }
    host = host.prefix { $0 != "/" }
    if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
    return host == site || host.hasSuffix("." + site)
  }
}
