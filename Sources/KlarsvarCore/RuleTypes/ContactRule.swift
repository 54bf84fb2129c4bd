/// A referral body's phone number or website written wrongly: an outdated value or a near miss
/// (one or two digits off, two swapped) close to the body's name. The fix is the correct value.
struct ContactRule: RuleType {
  static let typeName = "contact"
  var needsMatches: Bool { true }

  let checked: [Contact]
  /// Digits of every known body's phone, so "IVO … eller polisen 114 14" is not taken for a typo.
  let knownPhones: Set<String>
  let knownDomains: Set<String>
  let window: Int

  init(reading reader: inout JSONObjectReader, builder: inout RuleBuilder) throws {
    let all = builder.contacts.values.sorted { $0.id < $1.id }
    if let ids = try reader.optionalStringArray("contacts") {
      checked = try ids.enumerated().map { index, id in
        guard let contact = builder.contacts[id] else {
          throw JSONObjectReader.Failure(
            path: "\(reader.child("contacts"))/\(index)", message: "okänd kontakt \"\(id)\"")
        }
        return contact
      }
    } else {
      checked = all
    }
    window = try reader.optionalInt("window") ?? 12
    knownPhones = Set(all.compactMap { $0.phone.map(PhoneNumbers.digits) })
    knownDomains = Set(all.compactMap(\.website))
    for (index, contact) in checked.enumerated() {
      let names = ([contact.name] + contact.aliases).map { PhraseEntry(text: $0) }
      try builder.register(names, role: .contactName, path: reader.child("contacts"), item: { _ in Int32(index) })
    }
  }

  func check(_ context: inout RuleCheckContext) {
    let mentions = context.matches(.contactName)
    guard !mentions.isEmpty else { return }
    var reported = Set<TextRange>()
    // A contact is often mentioned many times: its digits are worked out once per document.
    var digitsByContact: [Int32: PhoneDigits] = [:]
    for mention in mentions {
      let contact = checked[Int(mention.output.item)]
      let (near, tokenWindow) = nearbyRange(of: mention, in: context)
      if let phone = contact.phone {
        let digits =
          digitsByContact[mention.output.item]
          ?? PhoneDigits(
            correct: PhoneNumbers.digits(of: phone), outdated: Set(contact.outdatedPhones.map(PhoneNumbers.digits)))
        digitsByContact[mention.output.item] = digits
        checkPhones(contact, phone, digits, near, &context, &reported)
      }
      if let website = contact.website { checkWebsites(contact, website, near, tokenWindow, &context, &reported) }
    }
  }

  /// Bytes within `window` words of the mention, inside its paragraph.
  private func nearbyRange(of mention: PhraseMatch, in context: RuleCheckContext) -> (TextRange, Range<Int>) {
    let tokens = context.text.tokens
    let low = max(0, Int(mention.tokenStart) - window)
    let high = min(tokens.count - 1, Int(mention.tokenEnd) - 1 + window)
    var range = TextRange(tokens[low].range.lowerBound, tokens[high].range.upperBound)
    if let paragraph = context.paragraphIndex(containing: tokens[Int(mention.tokenStart)].range.lowerBound) {
      let bounds = context.text.paragraphs[paragraph].range
      range = TextRange(max(range.lowerBound, bounds.lowerBound), min(range.upperBound, bounds.upperBound))
    }
    return (range, low..<(high + 1))
  }

  /// A contact's phone number and its outdated ones as bare digits.
  private struct PhoneDigits {
    var correct: String
    var outdated: Set<String>
  }

  private func checkPhones(
    _ contact: Contact, _ phone: String, _ digits: PhoneDigits, _ near: TextRange, _ context: inout RuleCheckContext,
    _ reported: inout Set<TextRange>
  ) {
    let correct = digits.correct
    let outdated = digits.outdated
    for occurrence in context.scratch.phoneNumbers where near.overlaps(occurrence.range) {
      if PhoneNumbers.find(correct, in: occurrence) != nil { continue }
      let digits = occurrence.allDigits
      if knownPhones.contains(where: { PhoneNumbers.find($0, in: occurrence) != nil }) { continue }
      guard outdated.contains(digits) || Self.isNearMiss(digits, correct) else { continue }
      guard reported.insert(occurrence.range).inserted else { continue }
      let suggestion = Suggestion(
        kind: .replacement, title: "Ersätt med \(phone)", edit: TextEdit(range: occurrence.range, newText: phone))
      context.report(
        range: occurrence.range, values: [("correct", phone), ("contact", contact.name)], suggestions: [suggestion])
    }
  }

  private func checkWebsites(
    _ contact: Contact, _ website: String, _ near: TextRange, _ tokenWindow: Range<Int>,
    _ context: inout RuleCheckContext, _ reported: inout Set<TextRange>
  ) {
    let outdated = Set(contact.outdatedWebsites)
    for (range, domain) in Self.domains(
      in: context.text, dotted: context.scratch.dottedTokens, tokens: tokenWindow, within: near)
    {
      if domain == website || knownDomains.contains(domain) { continue }
      guard outdated.contains(domain) || Self.isNearMissDomain(domain, website) else { continue }
      guard reported.insert(range).inserted else { continue }
      let original = context.text.source.text(in: range)
      // Replace only the host; paths are case-sensitive and stay as written.
      var replacement = original
      if let hostRange = original.range(of: domain, options: [.caseInsensitive]) {
        replacement.replaceSubrange(hostRange, with: website)
      }
      let suggestion = Suggestion(
        kind: .replacement, title: "Ersätt med \(replacement)", edit: TextEdit(range: range, newText: replacement))
      context.report(
        range: range, values: [("correct", website), ("contact", contact.name)], suggestions: [suggestion])
    }
  }

  /// `domains(in:tokens:within:)` for the tokens among `dotted` (the document's tokens holding a
  /// dot, in order), without looking at every word of the window.
  static func domains(in text: TokenizedText, dotted: [Int], tokens: Range<Int>, within near: TextRange) -> [(
    TextRange, String
  )] {
    var low = 0
    var high = dotted.count
    while low < high {
      let mid = (low + high) / 2
      if dotted[mid] < tokens.lowerBound { low = mid + 1 } else { high = mid }
    }
    var result: [(TextRange, String)] = []
    for position in low..<dotted.count {
      let index = dotted[position]
      guard index < tokens.upperBound else { break }
      let token = text.tokens[index]
      guard near.overlaps(token.range) && (token.kind == .url || token.kind == .word) else { continue }
      if let host = host(of: token, in: text) { result.append((token.range, host)) }
    }
    return result
  }

  /// Host names written in the text (URLs and bare `name.tld` words) with their ranges.
  static func domains(in text: TokenizedText, tokens: Range<Int>, within near: TextRange) -> [(TextRange, String)] {
    var result: [(TextRange, String)] = []
    for token in text.tokens[tokens] where near.overlaps(token.range) && (token.kind == .url || token.kind == .word) {
      guard text.source.utf8[token.range.lowerBound..<token.range.upperBound].contains(UInt8(ascii: ".")) else {
        continue
      }
      if let host = host(of: token, in: text) { result.append((token.range, host)) }
    }
    return result
  }

  /// The host name a token holding a dot writes, if it looks like one.
  private static func host(of token: Token, in text: TokenizedText) -> String? {
    let bytes = text.source.utf8[token.range.lowerBound..<token.range.upperBound]
    // Printable ASCII (nearly every token) is read from its bytes, where a byte is a character.
    if bytes.allSatisfy({ (0x21...0x7E).contains($0) }) { return asciiHost(bytes) }
    let raw = text.source.text(in: token.range)
    var host = Contact.bareDomain(raw)
    if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
    guard let dot = host.lastIndex(of: "."), host.distance(from: dot, to: host.endIndex) >= 3 else { return nil }
    return host
  }

  /// `host(of:in:)` for printable ASCII bytes, without building and searching intermediate strings:
  /// the same steps as `Contact.bareDomain` and the cut at the first slash.
  private static func asciiHost(_ bytes: ArraySlice<UInt8>) -> String? {
    let lower = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    var start = 0
    var end = lower.count
    func hasPrefix(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard end - start >= count else { return false }
      return (0..<count).allSatisfy { lower[start + $0] == prefix.utf8Start[$0] }
    }
    if hasPrefix("https://") { start += 8 }
    if hasPrefix("http://") { start += 7 }
    if hasPrefix("www.") { start += 4 }
    while end > start && lower[end - 1] == 0x2F { end -= 1 }
    if let slash = lower[start..<end].firstIndex(of: 0x2F) { end = slash }
    guard let dot = lower[start..<end].lastIndex(of: 0x2E), end - dot >= 3 else { return nil }
    return String(decoding: lower[start..<end], as: UTF8.self)
  }

  /// Same length with one or two digits different, or two neighbours swapped, or one digit
  /// missing or extra. Short numbers (112, 1177) are too easy to confuse with other facts.
  static func isNearMiss(_ written: String, _ correct: String) -> Bool {
    guard correct.count >= 5, written != correct else { return false }
    return EditDistance.isWithin(written, correct, limit: written.count == correct.count ? 2 : 1)
  }

  static func isNearMissDomain(_ written: String, _ correct: String) -> Bool {
    guard written != correct, correct.count >= 5 else { return false }
    return EditDistance.isWithin(written, correct, limit: 2)
  }
}
