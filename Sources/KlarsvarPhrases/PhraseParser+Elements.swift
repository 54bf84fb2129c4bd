import KlarsvarText

extension PhraseParser {
  /// Where the element ids of one piece (a word, class, gap or prefix) are in `cache.pieceElements`.
  static func elementIDs(of piece: UnsafeBufferPointer<UInt8>, _ phrase: String, cache: inout Cache) throws
    -> Range<Int>
  {
    let hash = Vocabulary.hash(piece)
    if let known = cache.piece(piece, hash: hash) { return known }
    if let id = singleElementID(of: piece, cache: &cache) {
      return cache.store(piece: piece, hash: hash, CollectionOfOne(id))
    }
    let elements = try elementsOf(String(decoding: piece, as: UTF8.self), in: phrase)
    let ids = elements.map { cache.id(of: $0) }
    return cache.store(piece: piece, hash: hash, ids)
  }

  private static let classes: [(name: [UInt8], id: Int32)] = [
    ("<number>", 0), ("<tal>", 0), ("<date>", 1), ("<datum>", 1), ("<year>", 2), ("<år>", 2), ("<word>", 3),
    ("<ord>", 3), ("<same>", Cache.sameAsPreviousID), ("<samma>", Cache.sameAsPreviousID), ("<email>", 5),
    ("<e-post>", 5), ("<url>", 6),
  ].map { (Array($0.0.utf8), $0.1) }

  /// The element of a well-formed class, gap, Latin-1 prefix or plain word, read from the bytes; nil
  /// for anything that needs `elementsOf` (other words, and every malformed piece, for its message).
  private static func singleElementID(of piece: UnsafeBufferPointer<UInt8>, cache: inout Cache) -> Int32? {
    guard let first = piece.first else { return nil }
    if first == lessThan {
      return classes.first { $0.name.elementsEqual(piece) }?.id
    }
    if first == tilde {
      guard piece.count == 2 || piece.count == 3, piece.dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
        return nil
      }
      let count = piece.dropFirst().reduce(0) { $0 * 10 + Int($1 - 0x30) }
      return count >= 1 && count <= maximumGap ? Cache.gapID(count) : nil
    }
    let isPrefix = piece.last == star
    let word = isPrefix ? UnsafeBufferPointer(rebasing: piece.dropLast()) : piece
    guard !word.isEmpty, isPrefix ? !word.contains(star) : PhraseWords.isPlainWord(word) else { return nil }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { folded -> Int32? in
      _ = folded.initialize(fromContentsOf: word)
      guard PhraseWords.foldLatin1(folded) else { return nil }
      return cache.id(folded: UnsafeBufferPointer(folded), prefix: isPrefix)
    }
  }

  /// The elements of one piece: a word class, a gap, a prefix or the piece's words.
  static func elementsOf(_ piece: String, in phrase: String) throws -> [PhraseElement] {
    switch piece {
    case "<number>", "<tal>": return [.number]
    case "<date>", "<datum>": return [.date]
    case "<year>", "<år>": return [.year]
    case "<word>", "<ord>": return [.anyWord]
    case "<same>", "<samma>": return [.sameAsPrevious]
    case "<email>", "<e-post>": return [.email]
    case "<url>": return [.url]
    default: break
    }
    if piece.hasPrefix("<") && piece.hasSuffix(">") {
      throw Failure(
        description:
          "okänd ordklass \(piece) i \"\(phrase)\" (giltiga: <number>, <date>, <year>, <word>, <same>, <email>, <url>)")
    }
    if piece.hasPrefix("~") {
      guard let count = Int(piece.dropFirst()), count >= 1, count <= maximumGap else {
        throw Failure(description: "luckan \(piece) i \"\(phrase)\" måste vara ~1 till ~\(maximumGap)")
      }
      return [.gap(count)]
    }
    if piece.dropLast().contains("*") || piece == "*" {
      throw Failure(description: "jokertecknet * måste stå sist i ett ord med minst en bokstav: \"\(phrase)\"")
    }
    if piece.hasSuffix("*") {
      let stem = WordFolder.fold(String(piece.dropLast()))
      guard !stem.isEmpty, !stem.contains("*") else {
        throw Failure(description: "jokertecknet * måste stå sist i ett ord med minst en bokstav: \"\(phrase)\"")
      }
      return [.prefix(stem)]
    }
    let words = PhraseWords.split(piece)
    return words.map { .word($0) }
  }
}
