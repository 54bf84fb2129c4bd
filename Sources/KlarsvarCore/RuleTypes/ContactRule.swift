import Foundation
import KlarsvarPhrases
import KlarsvarText

/// A referral body's phone number or website written wrongly: an outdated value or a near miss
/// (one or two digits off, two swapped) close to the body's name. The fix is the correct value.
struct ContactRule: RuleType {
  static let typeName = "contact"
  var needsMatches: Bool { true }

  enum Role: UInt8, RuleRole {
    /// A checked contact's name or alias.
    case name
  }

  let checked: [Contact]
  /// Digits of every known body's phone, so "IVO … eller polisen 114 14" is not taken for a typo.
  let knownPhones: Set<String>
  let knownDomains: Set<String>
  let window: Int
  /// Per checked contact, worked out at load: its phone's digits (nil without a phone) and outdated websites.
  let phoneDigits: [PhoneDigits?]
  let outdatedWebsites: [Set<String>]

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
    phoneDigits = checked.map { contact in
      contact.phone.map {
        PhoneDigits(
          correct: PhoneNumbers.digits(of: $0), outdated: Set(contact.outdatedPhones.map(PhoneNumbers.digits)))
      }
    }
    outdatedWebsites = checked.map { Set($0.outdatedWebsites) }
    for (index, contact) in checked.enumerated() {
      let names = ([contact.name] + contact.aliases).map { PhraseEntry(text: $0) }
      try builder.register(names, role: Role.name, path: reader.child("contacts"), item: { _ in Int32(index) })
    }
  }

  func check(_ context: inout RuleCheckContext) {
    var reported = Set<TextRange>()
    // The rule's matches are all contact names; iterated in place rather than filtered into a new array.
    for mention in context.matches where mention.output.plays(Role.name) {
      let item = Int(mention.output.item)
      let (near, tokenWindow) = nearbyRange(of: mention, in: context)
      if let phone = checked[item].phone, let digits = phoneDigits[item] {
        checkPhones(item, phone, digits, near, &context, &reported)
      }
      if let website = checked[item].website { checkWebsites(item, website, near, tokenWindow, &context, &reported) }
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
  struct PhoneDigits {
    var correct: String
    var outdated: Set<String>
  }

  private func checkPhones(
    _ item: Int, _ phone: String, _ digits: PhoneDigits, _ near: TextRange, _ context: inout RuleCheckContext,
    _ reported: inout Set<TextRange>
  ) {
    let correct = digits.correct
    let occurrences = context.scratch.phoneNumbers
    // Occurrences are disjoint and in text order: start at the first one ending after `near` begins.
    for index in Self.firstOccurrence(endingAfter: near.lowerBound, in: occurrences)..<occurrences.count {
      let range = occurrences[index].range
      // Past `near` (an empty `near` overlaps only a range starting where it does).
      if range.lowerBound > near.upperBound { break }
      guard near.overlaps(range) else { continue }
      let occurrence = occurrences[index]
      if PhoneNumbers.find(correct, in: occurrence) != nil { continue }
      if knownPhones.contains(where: { PhoneNumbers.find($0, in: occurrence) != nil }) { continue }
      let written = occurrence.allDigits
      guard digits.outdated.contains(written) || Self.isNearMiss(written, correct) else { continue }
      guard reported.insert(range).inserted else { continue }
      let suggestion = Suggestion(
        kind: .replacement, title: "Ersätt med \(phone)", edit: TextEdit(range: range, newText: phone),
        isSafeInContext: true)
      context.report(
        range: range, values: [("correct", phone), ("contact", checked[item].name)], suggestions: [suggestion])
    }
  }

  /// Index of the first occurrence whose range ends after `offset` (occurrences are disjoint, in order).
  static func firstOccurrence(endingAfter offset: Int, in occurrences: [PhoneNumbers.Occurrence]) -> Int {
    var low = 0
    var high = occurrences.count
    while low < high {
      let mid = (low + high) / 2
      if occurrences[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  private func checkWebsites(
    _ item: Int, _ website: String, _ near: TextRange, _ tokenWindow: Range<Int>,
    _ context: inout RuleCheckContext, _ reported: inout Set<TextRange>
  ) {
    Self.forEachDomain(in: context.text, dotted: context.scratch.dottedTokens, tokens: tokenWindow, within: near) {
      range, domain in
      if domain == website || knownDomains.contains(domain) { return }
      guard outdatedWebsites[item].contains(domain) || Self.isNearMissDomain(domain, website) else { return }
      guard reported.insert(range).inserted else { return }
      let original = context.text.source.text(in: range)
      // Replace only the host; paths are case-sensitive and stay as written.
      var replacement = original
      if let hostRange = original.range(of: domain, options: [.caseInsensitive]) {
        replacement.replaceSubrange(hostRange, with: website)
      }
      let suggestion = Suggestion(
        kind: .replacement, title: "Ersätt med \(replacement)", edit: TextEdit(range: range, newText: replacement),
        isSafeInContext: true)
      context.report(
        range: range, values: [("correct", website), ("contact", checked[item].name)], suggestions: [suggestion])
    }
  }

  /// `domains(in:tokens:within:)` for the tokens among `dotted` (the document's tokens holding a
  /// dot, in order), without looking at every word of the window.
  static func domains(in text: TokenizedText, dotted: [Int], tokens: Range<Int>, within near: TextRange) -> [(
    TextRange, String
  )] {
    var result: [(TextRange, String)] = []
    forEachDomain(in: text, dotted: dotted, tokens: tokens, within: near) { result.append(($0, $1)) }
    return result
  }

  /// `domains(in:dotted:tokens:within:)` handed to `body` one by one, without collecting them.
  static func forEachDomain(
    in text: TokenizedText, dotted: [Int], tokens: Range<Int>, within near: TextRange,
    _ body: (TextRange, String) -> Void
  ) {
    var low = 0
    var high = dotted.count
    while low < high {
      let mid = (low + high) / 2
      if dotted[mid] < tokens.lowerBound { low = mid + 1 } else { high = mid }
    }
    for position in low..<dotted.count {
      let index = dotted[position]
      guard index < tokens.upperBound else { break }
      let token = text.tokens[index]
      guard near.overlaps(token.range) && (token.kind == .url || token.kind == .word) else { continue }
      if let host = host(of: token, in: text) { body(token.range, host) }
    }
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
    let range = token.range
    // Printable ASCII (nearly every token) is read from its bytes, where a byte is a character.
    let bytes = text.source.utf8[range.lowerBound..<range.upperBound]
    if bytes.allSatisfy({ $0 &- 0x21 < 0x5E }) { return asciiHost(bytes) }
    let raw = text.source.text(in: token.range)
    var host = Contact.bareDomain(raw)
    if let slash = host.firstIndex(of: "/") { host = String(host[..<slash]) }
    guard let dot = host.lastIndex(of: "."), host.distance(from: dot, to: host.endIndex) >= 3 else { return nil }
    return host
  }

  /// `host(of:in:)` for printable ASCII bytes, without building and searching intermediate strings:
  /// the same steps as `Contact.bareDomain` and the cut at the first slash, lowercasing as it reads.
  private static func asciiHost(_ bytes: ArraySlice<UInt8>) -> String? {
    func lower(_ index: Int) -> UInt8 {
      let byte = bytes[index]
      return byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
    var start = bytes.startIndex
    var end = bytes.endIndex
    func hasPrefix(_ prefix: StaticString) -> Bool {
      let count = prefix.utf8CodeUnitCount
      guard end - start >= count else { return false }
      for offset in 0..<count where lower(start + offset) != prefix.utf8Start[offset] { return false }
      return true
    }
    if hasPrefix("https://") { start += 8 }
    if hasPrefix("http://") { start += 7 }
    if hasPrefix("www.") { start += 4 }
    while end > start && bytes[end - 1] == 0x2F { end -= 1 }
    if let slash = (start..<end).first(where: { bytes[$0] == 0x2F }) { end = slash }
    guard let dot = (start..<end).last(where: { bytes[$0] == 0x2E }), end - dot >= 3 else { return nil }
    let host = bytes[start..<end]
    // Most hosts are written in lower case already.
    guard host.contains(where: { $0 &- 0x41 < 26 }) else { return String(decoding: host, as: UTF8.self) }
    return String(decoding: host.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
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
