import Foundation
import KlarsvarLanguage
import KlarsvarText

/// Per-document values that several rules may need, computed at most once per lint.
///
/// - Important: Belongs to one lint on one thread; never shared.
final class DocumentScratch {
  let text: TokenizedText
  /// Clauses, time spans, kind and signature of this document, from the rule set's language layer.
  let language: DocumentLanguage
  /// How long each rule's regular expressions may still run on this document.
  let regexBudget: RegexBudget
  private var maskedViewStorage: RegexView?
  private var rawViewStorage: RegexView?
  private var phonesStorage: [PhoneNumbers.Occurrence]?
  private var domainsStorage: [String: [TextRange]]?
  private var sentenceCountsStorage: [(words: Int, longWords: Int)]?
  /// Words and lexicon readings for the grammar rule types, looked up once per document.
  private(set) lazy var grammar = GrammarText(text: text, language: language.language)
  /// Where a published answer begins after the reader's question and a label such as *Kommentarer*
  /// (byte offset); nil when the text does not open with a reader's question. The writer's rules do not
  /// judge the reader's words.
  private(set) lazy var readerQuestionEnd: Int? = readerQuestionParagraph.map { text.paragraphs[$0].range.lowerBound }
  /// The paragraph where that answer begins (structure rules count a greeting from there).
  private(set) lazy var readerQuestionParagraph: Int? = {
    let labels = AnswerLabels(language.language.expressionGrammar.letter.answerLabels)
    guard let paragraph = labels.answerStart(in: text), paragraph < text.paragraphs.count else { return nil }
    return paragraph
  }()
  /// Where inserted paragraphs (referral templates) go: before the closing, else at the end.
  var insertionOffset: () -> Int

  init(text: TokenizedText, language: SwedishLanguage = .empty) {
    self.text = text
    self.language = DocumentLanguage(language: language, text: text)
    regexBudget = RegexBudget(documentBytes: text.source.utf8Count)
    insertionOffset = { text.source.utf8Count }
  }

  /// Whether the text has combining marks to compose for regular expressions (one scan for both views).
  private lazy var needsComposition = RegexView.needsComposition(text.source.utf8)

  /// NFC text with code, URLs, e-mail addresses and placeholders blanked (for `pattern` rules).
  var maskedView: RegexView {
    if let maskedViewStorage { return maskedViewStorage }
    let view = RegexView(text: text, blankingMasked: true, needsComposition: needsComposition, budget: regexBudget)
    maskedViewStorage = view
    return view
  }

  /// NFC text with nothing blanked (for evidence: phone numbers, addresses).
  var rawView: RegexView {
    if let rawViewStorage { return rawViewStorage }
    let view = RegexView(text: text, blankingMasked: false, needsComposition: needsComposition, budget: regexBudget)
    rawViewStorage = view
    return view
  }

  /// Per sentence: words and long words (more than six letters) of the writer's own text.
  var sentenceWordCounts: [(words: Int, longWords: Int)] {
    if let sentenceCountsStorage { return sentenceCountsStorage }
    let sentences = text.sentences
    // Bit k set when a token of kind raw value k counts as a word (as `Token.isCountedWord` says).
    let countedKinds = ~(1 << Int(Token.Kind.url.rawValue) | 1 << Int(Token.Kind.email.rawValue)) & 0xFF
    let tokens = text.tokens
    var counts: [(words: Int, longWords: Int)] = []
    counts.reserveCapacity(sentences.count)
    for sentence in sentences {
      var words = 0
      var long = 0
      for token in tokens[sentence.tokenRange] {
        // 0 or 1, added without a branch on every word.
        let counted = (countedKinds &>> Int(token.kind.rawValue)) & (token.isQuoted ? 0 : 1)
        words &+= counted
        long &+= counted & (token.letterCount > 6 ? 1 : 0)
      }
      counts.append((words, long))
    }
    sentenceCountsStorage = counts
    return counts
  }

  var phoneNumbers: [PhoneNumbers.Occurrence] {
    if let phonesStorage { return phonesStorage }
    let found = PhoneNumbers.occurrences(in: text.source.utf8)
    phonesStorage = found
    return found
  }

  /// Indices of the URL, e-mail and word tokens that hold a dot (where host names are), in order.
  /// Found by walking the text's dots (`ByteScan.firstIndex(of:)`) and the tokens together.
  private(set) lazy var dottedTokens: [Int] = {
    let tokens = text.tokens
    let bytes = text.source.utf8
    var dotted: [Int] = []
    var tokenIndex = 0
    var start = 0
    while let offset = ByteScan.firstIndex(of: UInt8(ascii: "."), in: bytes, from: start, to: bytes.count) {
      start = offset + 1
      while tokenIndex < tokens.count && tokens[tokenIndex].range.upperBound <= offset { tokenIndex += 1 }
      guard tokenIndex < tokens.count, dotted.last != tokenIndex, tokens[tokenIndex].range.lowerBound <= offset
      else { continue }
      let kind = tokens[tokenIndex].kind
      guard kind == .url || kind == .email || kind == .word else { continue }
      dotted.append(tokenIndex)
    }
    return dotted
  }()

  /// Every host name in the text ("www.ivo.se" also counts as "ivo.se" and "se"), from the tokens
  /// that can hold one (URLs, e-mail addresses, words with a dot) rather than a scan of every byte.
  var domains: [String: [TextRange]] {
    if let domainsStorage { return domainsStorage }
    var index: [String: [TextRange]] = [:]
    let bytes = text.source.utf8
    for tokenIndex in dottedTokens {
      let token = text.tokens[tokenIndex]
      let range = token.range
      var start = range.lowerBound
      if token.kind == .email, let at = bytes[range.lowerBound..<range.upperBound].firstIndex(of: 0x40) {
        start = at + 1
      } else if token.kind == .url {
        var probe = range.lowerBound
        while probe + 2 < range.upperBound {
          if bytes[probe] == 0x3A && bytes[probe + 1] == 0x2F && bytes[probe + 2] == 0x2F {
            start = probe + 3
            break
          }
          probe += 1
        }
      }
      var end = start
      while end < range.upperBound, ![0x2F, 0x3A, 0x3F, 0x23].contains(bytes[end]) { end += 1 }
      while end > start && bytes[end - 1] == 0x2E { end -= 1 }
      var suffixStart = start
      while suffixStart < end {
        let host = String(
          decoding: bytes[suffixStart..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        index[host, default: []].append(TextRange(suffixStart, end))
        guard let dot = bytes[suffixStart..<end].firstIndex(of: 0x2E) else { break }
        suffixStart = dot + 1
      }
    }
    domainsStorage = index
    return index
  }

}
