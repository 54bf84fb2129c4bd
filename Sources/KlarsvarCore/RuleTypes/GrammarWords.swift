import KlarsvarLanguage
import KlarsvarText

/// One word of a sentence as the grammar rule types read it: the engine's token with its text, folded
/// form and what stands between it and the word before (a comma, a full stop), which the engine's tokens
/// leave out. Built from the engine's tokens instead of the language layer's tokenizer, which is slower.
struct GrammarWord {
  /// Index of the token in `TokenizedText.tokens`.
  let token: Int
  let range: TextRange
  let text: String
  let folded: String
  /// The engine's hash of the folded word, for `WordHashes`.
  let hash: UInt64
  let kind: Token.Kind
  /// The characters between the previous word of the sentence (or the sentence's start) and this one,
  /// without spaces and tabs: `","`, `"."`, `"\n"`, `""`.
  let gap: String
  /// Whether a hyphen follows the word directly: the first part of a compound shared with the next
  /// word (*vård- och omsorgsboenden*), which no rule judges on its own.
  let isTruncated: Bool
  /// Whether the word as written starts with an upper-case letter.
  let isCapitalized: Bool
  /// Whether every letter of the word is lower case.
  let isLowerCase: Bool

  init(token: Int, range: TextRange, text: String, hash: UInt64, kind: Token.Kind, gap: String, isTruncated: Bool) {
    self.token = token
    self.range = range
    self.text = text
    folded = CaseFolding.fold(text)
    self.hash = hash
    self.kind = kind
    self.gap = gap
    self.isTruncated = isTruncated
    isLowerCase = text == folded
    if let first = text.utf8.first, first < 0x80 {
      isCapitalized = first >= 0x41 && first <= 0x5A
    } else {
      isCapitalized = !isLowerCase && (text.unicodeScalars.first?.properties.isUppercase ?? false)
    }
  }

  var isWord: Bool { kind == .word && !isTruncated }

  /// Whether a comma stands right before the word.
  var followsComma: Bool { !gap.isEmpty && gap.utf8.contains(UInt8(ascii: ",")) }

  /// Whether nothing but spaces stands between this word and the one before.
  var isAdjacent: Bool { gap.isEmpty }

  /// Whether only quotation marks stand between this word and the one before (*för ”jourhemmet”*): the
  /// words still belong to one phrase.
  var followsQuotationMark: Bool {
    !gap.isEmpty && gap.unicodeScalars.allSatisfy { quotationMarkScalars.contains($0) }
  }
}

/// The words of a sentence, and lexicon questions the grammar rule types share.
struct GrammarSentence {
  let words: [GrammarWord]
  let index: Int

  init(_ index: Int, in text: TokenizedText) {
    self.index = index
    let sentence = text.sentences[index]
    let bytes = text.source.utf8
    var words: [GrammarWord] = []
    words.reserveCapacity(sentence.tokenRange.count)
    var previousEnd = sentence.range.lowerBound
    for tokenIndex in sentence.tokenRange {
      let token = text.tokens[tokenIndex]
      let written = ByteScan.string(validUTF8: bytes[token.range.lowerBound..<token.range.upperBound])
      words.append(
        GrammarWord(
          token: tokenIndex, range: token.range, text: written, hash: token.hash, kind: token.kind,
          gap: Self.gap(bytes, from: previousEnd, to: token.range.lowerBound, in: text),
          isTruncated: token.range.upperBound < bytes.count && bytes[token.range.upperBound] == 0x2D))
      previousEnd = token.range.upperBound
    }
    self.words = words
  }

  /// What stands between two words, without spaces: empty for most words, so no string is built.
  private static func gap(_ bytes: [UInt8], from start: Int, to end: Int, in text: TokenizedText) -> String {
    guard start < end else { return "" }
    var gap = ""
    for byte in bytes[start..<end] where byte != 0x20 && byte != 0x09 && byte != 0x0D {
      // Multi-byte punctuation (dashes, quotation marks) only matters as "something stands here".
      guard byte < 0x80 else {
        return text.source.text(in: TextRange(start, end)).filter { $0 != " " && $0 != "\t" && $0 != "\r" }
      }
      gap.unicodeScalars.append(Unicode.Scalar(byte))
    }
    return gap
  }
}

/// A set of words compared by the engine's hash of the folded word: asking it costs no `String`
/// hashing, which matters for rules that ask about every word of a text.
struct WordHashes {
  /// Sorted: the lists are short, and a binary search costs less than `Set`'s seeded hashing.
  private let hashes: [UInt64]

  init(_ words: some Sequence<String>) {
    hashes = Set(words.map { Vocabulary.hash(Array(CaseFolding.fold($0).utf8)) }).sorted()
  }

  var isEmpty: Bool { hashes.isEmpty }

  func contains(_ word: GrammarWord) -> Bool {
    var low = 0
    var high = hashes.count
    while low < high {
      let middle = (low + high) / 2
      if hashes[middle] < word.hash { low = middle + 1 } else { high = middle }
    }
    return low < hashes.count && hashes[low] == word.hash
  }
}

/// What the lexicon and the function words say about one folded word, in the terms the grammar rule
/// types ask about.
struct WordReadings {
  let analyses: [WordAnalysis]
  /// Whether the readings come from a compound's last part rather than the word itself.
  let isCompound: Bool
  /// Letters of that last part (0 for a word the lexicon knows itself).
  let compoundHeadLength: Int
  /// The closed classes the word belongs to (pronoun, determiner, preposition …), nil for none.
  let closedClass: FunctionWords.Entry?
  /// Whether a pronoun, determiner, preposition, coordinator, interrogative or sentence adverb.
  var isFunctionWord: Bool {
    guard let closedClass else { return false }
    return closedClass.pronoun != nil || closedClass.determiner != nil || closedClass.isPreposition
      || closedClass.isCoordinator || closedClass.isInterrogative || closedClass.isSentenceAdverb
  }

  init(
    analyses: [WordAnalysis], isCompound: Bool, compoundHeadLength: Int, closedClass: FunctionWords.Entry?
  ) {
    self.analyses = analyses
    self.isCompound = isCompound
    self.compoundHeadLength = compoundHeadLength
    self.closedClass = closedClass
  }

  /// These readings without those of a compound's head: what the word itself is.
  var withoutCompound: WordReadings {
    guard isCompound else { return self }
    return WordReadings(analyses: [], isCompound: false, compoundHeadLength: 0, closedClass: closedClass)
  }

  var isKnown: Bool { !analyses.isEmpty }

  /// Whether the gender and number the readings give can be trusted: a compound's head of three letters
  /// is often a chance ending (*hjälpmedel* is no *del*).
  var isReliable: Bool { !isCompound || compoundHeadLength >= 4 }

  /// Whether every reading is a noun (and there is one).
  var isOnlyNoun: Bool { isKnown && !isFunctionWord && analyses.allSatisfy { $0.partOfSpeech == .noun } }

  var nouns: [WordAnalysis] { analyses.filter { $0.partOfSpeech == .noun } }

  /// Whether some reading is of `partOfSpeech`.
  func has(_ partOfSpeech: PartOfSpeech) -> Bool { analyses.contains { $0.partOfSpeech == partOfSpeech } }
}
