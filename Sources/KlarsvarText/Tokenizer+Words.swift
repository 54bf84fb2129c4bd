extension Tokenizer.State {
  /// What the word scanner reads for every byte. Passed by value, so the pointers stay in registers:
  /// read from `self`, they would be loaded again after every store into the folder's buffer.
  struct WordBytes {
    let text: UnsafeBufferPointer<UInt8>
    let base: UnsafePointer<UInt8>
    let count: Int
    /// The folder's buffer, which the folded bytes go straight into.
    let folded: UnsafeMutablePointer<UInt8>
    /// `Tokenizer.asciiLetterFolds`.
    let letterFolds: UnsafePointer<UInt8>

    @inline(__always)
    func startsWord(at offset: Int) -> Bool {
      letterFolds[Int(truncatingIfNeeded: base[offset])] != 0 || base[offset] &- 0x30 < 10
    }
  }

  /// A word being folded. Length and hash stay here (in registers) and are handed to the folder
  /// only around the rare calls that need them.
  struct WordInProgress {
    let start: Int
    let firstIsDigit: Bool
    var cursor: Int
    /// The folded length is `cursor + delta`: ASCII and Latin-1 letters fold to as many bytes as they have.
    var delta: Int
    var hash = Vocabulary.offsetBasis
    /// The word's rare conditions (`overflowed`, `foldedByFolder`, `needsComposition`), in one byte.
    var rare: UInt8 = 0
    /// Bytes of the word that are not a letter's first byte: the word has `cursor - start - this` letters.
    var nonLetterBytes = 0
    /// Below `limit`, the folded length is below `WordFolder.capacity - 1` (room for a two-byte letter).
    var limit: Int

    @inline(__always)
    init(at start: Int, _ bytes: WordBytes) {
      self.start = start
      cursor = start
      firstIsDigit = bytes.base[start] &- 0x30 < 10
      delta = 0 &- start
      limit = min(bytes.count, WordFolder.capacity &- 1 &- delta)
    }

    var length: Int { cursor &+ delta }
  }

  /// Scans one word, and the words after it that follow a single space (most words of any text):
  /// those are scanned here without a return to the dispatch loop, which would skip the space
  /// and call here again. ASCII and Latin-1 letters (all of Swedish) are classified and folded
  /// straight from their bytes; only other scalars are decoded and looked up in the Unicode tables.
  mutating func scanWord(into output: inout TokenizedText) {
    let bytes = WordBytes(
      text: self.bytes, base: self.bytes.baseAddress.unsafelyUnwrapped, count: self.bytes.count,
      folded: folder.buffer.baseAddress.unsafelyUnwrapped, letterFolds: probes.letterFolds)
    // Where the next word may start without a return to the dispatch loop (which handles regions).
    let continuationEnd = min(bytes.count, regionStart)
    while true {
      var word = WordInProgress(at: position, bytes)
      fold(&word, bytes)
      guard let end = finish(word, bytes, into: &output) else { return }
      // A single space and another word: what the dispatch loop would do, outside regions.
      let next = end &+ 1
      guard next < continuationEnd && bytes.base[end] == 0x20 && bytes.startsWord(at: next) else { return }
      position = next
    }
  }

  /// Folds the word at `word.cursor` into the folder's buffer, up to the byte that ends it.
  @inline(__always)
  mutating func fold(_ word: inout WordInProgress, _ bytes: WordBytes) {
    while word.cursor < bytes.count {
      Self.foldLetters(&word, bytes)
      guard word.cursor < bytes.count else { break }
      let byte = bytes.base[word.cursor]
      // Most words end at a space.
      if byte == 0x20 { break }
      if byte < 0x80 {
        guard Self.foldASCII(byte, &word, bytes) else { break }
      } else if byte == 0xC3 && word.cursor &+ 1 < bytes.count && bytes.base[word.cursor &+ 1] | 0x20 != 0xB7 {
        Self.foldLatin1Letter(&word, bytes)
      } else {
        guard foldOtherScalar(&word) else { break }
      }
      word.limit = min(bytes.count, WordFolder.capacity &- 1 &- word.delta)
    }
  }

  /// The tight loop: runs of ASCII and Latin-1 letters (most of any text) while the buffer has room.
  @inline(__always)
  static func foldLetters(_ word: inout WordInProgress, _ bytes: WordBytes) {
    var cursor = word.cursor
    var hash = word.hash
    let delta = word.delta
    while cursor < word.limit {
      let byte = bytes.base[cursor]
      let lower = bytes.letterFolds[Int(truncatingIfNeeded: byte)]
      if lower != 0 {
        bytes.folded[cursor &+ delta] = lower
        hash = (hash ^ UInt64(lower)) &* Vocabulary.prime
        cursor &+= 1
        continue
      }
      // U+00C0–U+00FF but × and ÷: a letter; U+00C0–U+00DE lower-case by adding 0x20.
      guard byte == 0xC3 && cursor &+ 1 < bytes.count else { break }
      let second = bytes.base[cursor &+ 1]
      guard second | 0x20 != 0xB7 else { break }
      let folded = second < 0x9F ? second | 0x20 : second
      bytes.folded[cursor &+ delta] = 0xC3
      bytes.folded[cursor &+ delta &+ 1] = folded
      hash = (hash ^ 0xC3) &* Vocabulary.prime
      hash = (hash ^ UInt64(folded)) &* Vocabulary.prime
      word.nonLetterBytes &+= 1
      cursor &+= 2
    }
    word.cursor = cursor
    word.hash = hash
  }

  /// An ASCII byte outside the tight loop: a letter near the end of the buffer, a digit, or a joiner
  /// (`, - . / :`) between letters or digits. False when the byte ends the word.
  @inline(__always)
  static func foldASCII(_ byte: UInt8, _ word: inout WordInProgress, _ bytes: WordBytes) -> Bool {
    // Most words end here, at a space or a punctuation mark: one bit test sends those away.
    guard ASCIISet.wordContinuations.contains(byte) else { return false }
    let length = word.length
    var folded = byte
    let lower = byte | 0x20
    if lower &- 0x61 < 26 {
      folded = lower
    } else {
      if byte &- 0x30 >= 10 {
        // Joiners only join before a letter or digit: most are punctuation before a space or line end.
        let nextByte = word.cursor &+ 1 < bytes.count ? bytes.base[word.cursor &+ 1] : 0x20
        guard nextByte >= 0x80 || ASCIISet.lettersAndDigits.contains(nextByte),
          joins(
            bytes.text, UInt32(byte), length: 1, at: word.cursor,
            previous: scalar(bytes.text, before: word.cursor, from: word.start), firstIsDigit: word.firstIsDigit)
        else { return false }
      }
      word.nonLetterBytes &+= 1
    }
    if length < WordFolder.capacity {
      bytes.folded[length] = folded
    } else {
      word.rare |= overflowed
      word.delta &-= 1
    }
    word.hash = (word.hash ^ UInt64(folded)) &* Vocabulary.prime
    word.cursor &+= 1
    return true
  }

  /// A Latin-1 letter (0xC3 and its second byte) at the end of the buffer, as in `foldLetters`.
  @inline(__always)
  static func foldLatin1Letter(_ word: inout WordInProgress, _ bytes: WordBytes) {
    var length = word.length
    let second = bytes.base[word.cursor &+ 1]
    let folded = second < 0x9F ? second | 0x20 : second
    word.nonLetterBytes &+= 1
    if length &+ 1 < WordFolder.capacity {
      bytes.folded[length] = 0xC3
      bytes.folded[length &+ 1] = folded
      length &+= 2
    } else {
      if length < WordFolder.capacity {
        bytes.folded[length] = 0xC3
        length &+= 1
      }
      word.rare |= overflowed
    }
    word.hash = (word.hash ^ 0xC3) &* Vocabulary.prime
    word.hash = (word.hash ^ UInt64(folded)) &* Vocabulary.prime
    word.cursor &+= 2
    word.delta = length &- word.cursor
  }

  /// A scalar beyond Latin-1, folded by the folder. False when it ends the word.
  @inline(__always)
  mutating func foldOtherScalar(_ word: inout WordInProgress) -> Bool {
    folder.length = word.length
    folder.hash = word.hash
    folder.overflow = word.rare & Self.overflowed != 0
    // The folder may record prefix hits; they are found again when the word is folded anew.
    folder.clearPrefixHits()
    let scalar = appendOtherScalar(
      at: word.cursor, previous: Self.scalar(bytes, before: word.cursor, from: word.start),
      firstIsDigit: word.firstIsDigit)
    guard scalar.length > 0 else { return false }
    word.rare |= Self.foldedByFolder
    word.hash = folder.hash
    if folder.overflow { word.rare |= Self.overflowed }
    word.nonLetterBytes &+= scalar.role == .letter ? scalar.length &- 1 : scalar.length
    if scalar.role == .mark { word.rare |= Self.needsComposition }
    word.cursor &+= scalar.length
    word.delta = folder.length &- word.cursor
    return true
  }

  /// Turns a folded word into a token (its word id, prefix hits and kind); returns where it ends, or
  /// nil when it was a numbered list marker that closed the sentence instead.
  @inline(__always)
  mutating func finish(_ word: WordInProgress, _ bytes: WordBytes, into output: inout TokenizedText) -> Int? {
    let start = word.start
    var cursor = word.cursor
    var length = word.length
    var hash = word.hash
    var rare = word.rare
    let letters = cursor &- start &- word.nonLetterBytes
    if cursor == start { cursor &+= 1 }
    position = cursor
    var kind = Token.Kind.word
    if word.firstIsDigit {
      if atLineStart && Self.isNumberedListMarker(self.bytes, start, cursor) {
        position = cursor &+ 1
        closeSentence(into: &output)
        return nil
      }
      kind = Self.numberKind(self.bytes, start, cursor)
    }
    var hitCount = 0
    if rare & Self.foldedByFolder != 0 {  // also set for every word that needs composition
      // The folder folds such words scalar by scalar and probes their prefixes as it goes.
      refold(start, cursor, composing: rare & Self.needsComposition != 0)
      length = folder.length
      hash = folder.hash
      rare = folder.overflow ? Self.overflowed : 0
      hitCount = folder.prefixHitCount
    } else {
      // Lengths 1 through `length` (below `WordFolder.prefixLimit`) at which a prefix word may end.
      let candidates =
        probes.prefixStarts[Tokenizer.prefixStartIndex(bytes.folded[0], bytes.folded[1])]
        & ((2 &<< min(length, 63)) &- 2)
      if candidates != 0 { hitCount = recordPrefixes(candidates, length: length) }
    }
    // The buffer holds `WordFolder.capacity` ≥ 8 bytes (the first 8 always initialized) and `length` is at
    // most that, as the probe needs. Most words are in some phrase, so a Bloom filter would cost more
    // than the misses it saves; an empty vocabulary's probe misses at once.
    var wordID: Int32 = -1
    if rare & Self.overflowed == 0 {
      wordID = probes.words.id(hash: hash, bytes: bytes.folded, length: length)
    }
    let prefixStart = prefixIDCount
    if hitCount > 0 { appendPrefixHits(into: &output) }
    appendToken(
      Token(
        range: TextRange(ordered: start, cursor), kind: kind, hash: hash, wordID: wordID,
        prefixStart: prefixStart, prefixCount: UInt16(truncatingIfNeeded: hitCount),
        letterCount: UInt16(truncatingIfNeeded: min(letters, 65535)), isQuoted: lineIsQuoted), into: &output)
    return cursor
  }

  /// Bits of a word's rare conditions: more bytes than the folder's buffer holds, a scalar beyond
  /// Latin-1 (folded by the folder), a combining mark (the word is folded from its NFC form).
  static let overflowed: UInt8 = 1
  static let foldedByFolder: UInt8 = 2
  static let needsComposition: UInt8 = 4

  /// Records the prefix words among the word's first `n` folded bytes for each bit n of `candidates`
  /// (all below `WordFolder.prefixLimit` and at most `length`), shortest first, and returns their number.
  /// Only words of ASCII and Latin-1 letters come here: a scalar boundary is any byte but a continuation.
  @inline(never)
  mutating func recordPrefixes(_ candidates: UInt64, length: Int) -> Int {
    folder.clearPrefixHits()
    let buffer = folder.buffer.baseAddress.unsafelyUnwrapped
    var remaining = candidates
    var hash = Vocabulary.offsetBasis
    var hashed = 0
    while remaining != 0 {
      let prefixLength = remaining.trailingZeroBitCount
      remaining &= remaining &- 1
      while hashed < prefixLength {
        hash = (hash ^ UInt64(buffer[hashed])) &* Vocabulary.prime
        hashed &+= 1
      }
      // The folder only probes where a scalar ends.
      if prefixLength < length && buffer[prefixLength] & 0xC0 == 0x80 { continue }
      // The buffer's `WordFolder.capacity` bytes cover the probe's 8-byte loads.
      if probes.prefixFilter.mayContain(hash) {
        let id = probes.prefixes.id(hash: hash, bytes: buffer, length: prefixLength)
        if id >= 0 { folder.addPrefixHit(id) }
      }
    }
    return folder.prefixHitCount
  }

  /// One append per hit: cheaper than `append(contentsOf:)` for the one or two hits a word has.
  @inline(never)
  mutating func appendPrefixHits(into output: inout TokenizedText) {
    for id in folder.prefixHits { output.prefixIDs.append(id) }
    prefixIDCount = Int32(output.prefixIDs.count)
  }

  /// Classifies the scalar beyond Latin-1 at `cursor` and, if it continues the word, folds it into
  /// the folder; a length of 0 means the word ends before it. Kept out of line (with its Unicode
  /// look-ups) so the scanner's frame stays small.
  @inline(never)
  mutating func appendOtherScalar(
    at cursor: Int, previous: UInt32, firstIsDigit: Bool
  ) -> (length: Int, role: ScalarClass.WordRole) {
    let (value, scalarLength) = ScalarClass.decode(bytes, at: cursor)
    let role = ScalarClass.wordRole(value)
    if role == .other
      && !Self.joins(bytes, value, length: scalarLength, at: cursor, previous: previous, firstIsDigit: firstIsDigit)
    {
      return (0, role)
    }
    folder.append(value, index: index)
    return (scalarLength, role)
  }

  /// Folds the word again, scalar by scalar (from its NFC form if it has combining marks), probing
  /// its prefixes as it goes.
  @inline(never)
  mutating func refold(_ start: Int, _ end: Int, composing: Bool) {
    folder.reset()
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    for scalar in (composing ? text.precomposedStringWithCanonicalMapping : text).unicodeScalars {
      folder.append(scalar.value, index: index)
    }
  }
}
