/// Abbreviations whose final period does not end a sentence.
///
/// Stored folded, without the final period. `sentenceFinal` ones (osv., m.m., etc.) often close a
/// sentence, so they end one when the next word starts with a capital letter.
enum SwedishAbbreviations {
  static let inner: Set<String> = [
    "t.ex", "bl.a", "d.v.s", "dvs", "s.k", "ca", "kl", "nr", "tel", "resp", "fr.o.m", "t.o.m", "jfr",
    "p.g.a", "pga", "m.a.p", "f.d", "ev", "enl", "inkl", "exkl", "tfn", "mobilnr", "org.nr",
    "s", "sid", "kap", "prop", "dnr", "ang", "betr", "e.d", "u.a", "adr", "avd", "dir",
    "mån", "tis", "ons", "tors", "fre", "lör", "sön", "jan", "feb", "apr", "aug", "sep", "sept", "okt",
    "nov", "dec", "ff", "forts", "fig", "obs", "vs", "ibid",
  ]
  static let innerHashes = SortedHashes(inner)
  static let sentenceFinalHashes = SortedHashes(sentenceFinal)

  static let sentenceFinal: Set<String> = [
    "osv", "o.s.v", "m.m", "m.fl", "etc", "mfl", "mm", "kr", "mnkr", "st", "min", "max",
  ]
}

/// The FNV hashes of a few folded words, sorted: every period after a word asks for membership,
/// and a binary search is much cheaper than `Set<UInt64>`'s seeded hashing of the hash.
struct SortedHashes: Sendable {
  private let hashes: [UInt64]
  /// A 512-bit filter on the hashes' top bits: most words are no abbreviation and stop here.
  private let filter: [UInt64]

  init(_ words: Set<String>) {
    hashes = words.map { Vocabulary.hash(Array($0.utf8)) }.sorted()
    var filter = [UInt64](repeating: 0, count: 8)
    for hash in hashes { filter[Int(hash >> 61)] |= 1 << ((hash >> 55) & 63) }
    self.filter = filter
  }

  func contains(_ hash: UInt64) -> Bool {
    guard filter[Int(hash >> 61)] & (1 << ((hash >> 55) & 63)) != 0 else { return false }
    var low = 0
    var high = hashes.count
    while low < high {
      let middle = (low + high) / 2
      if hashes[middle] < hash { low = middle + 1 } else { high = middle }
    }
    return low < hashes.count && hashes[low] == hash
  }
}
