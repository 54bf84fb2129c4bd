import Foundation

/// Splits Swedish text into words, sentences and paragraphs in one pass over its UTF-8 bytes.
///
/// Word identities are resolved against a `WordIndex` while scanning, so the matcher afterwards
/// compares integers only. Placeholders, URLs and e-mail addresses become opaque tokens that never
/// end a sentence; code, comments and front matter are skipped.
package struct Tokenizer {
  let index: WordIndex
  private let prefixFilter: HashFilter
  /// For each pair of first bytes (see `prefixStartIndex`), bit n is set when some prefix word of
  /// n bytes (1 ≤ n < `WordFolder.prefixLimit`) starts with them: most words start like no prefix
  /// word, and are done with one look-up instead of a probe at every length.
  private let prefixStarts: [UInt64]
  /// Markup scanner tables per format and placeholder delimiters.
  private let markupSetups = MarkupScanner.SetupCache()
  /// Each ASCII letter's lower-case form; 0 for every other byte.
  private static let asciiLetterFolds: [UInt8] = (0..<256).map { byte in
    let lower = UInt8(byte) | 0x20
    return lower >= 0x61 && lower <= 0x7A ? lower : 0
  }

  package init(index: WordIndex) {
    self.index = index
    prefixFilter = HashFilter(index.prefixes)
    prefixStarts = Self.prefixStarts(index.prefixes)
  }

  static func prefixStarts(_ prefixes: Vocabulary) -> [UInt64] {
    var table = [UInt64](repeating: 0, count: 1024)
    prefixes.forEachKey { key in
      guard key.count >= 1 && key.count < WordFolder.prefixLimit else { return }
      let bit: UInt64 = 1 << UInt64(key.count)
      if key.count == 1 {
        // The word's second byte is anything (or stale, for a word of one byte).
        for second in 0..<UInt8(32) { table[prefixStartIndex(key[0], second)] |= bit }
      } else {
        table[prefixStartIndex(key[0], key[1])] |= bit
      }
    }
    return table
  }

  /// Five bits of each of the first two bytes: exact for ASCII letters, a shared slot for others.
  @inline(__always)
  static func prefixStartIndex(_ first: UInt8, _ second: UInt8) -> Int {
    Int(truncatingIfNeeded: first & 31) &<< 5 | Int(truncatingIfNeeded: second & 31)
  }

  package func tokenize(
    _ source: SourceText, format: DocumentFormat, placeholders: [PlaceholderDelimiters]
  ) -> TokenizedText {
    let setup = markupSetups.setup(format: format, placeholders: placeholders)
    let markup = MarkupScanner(source: source, setup: setup).scan()
    var output = TokenizedText(source: source, format: format)
    output.masked = markup.regions
    output.directives = markup.directives
    output.directiveProblems = markup.directiveProblems
    output.frontMatter = markup.frontMatter
    output.quoted = markup.quotedLines
    source.utf8.withUnsafeBufferPointer { bytes in
      withProbes { probes in
        // Tokens are written straight into the array's storage (about one per six bytes of text);
        // a document that needs more moves them to a larger buffer once.
        var outgrown: [Token]?
        let tokens = [Token](unsafeUninitializedCapacity: max(16, bytes.count / 6)) { storage, initializedCount in
          var state = State(
            bytes: bytes, index: index, probes: probes, folder: WordFolder(prefixFilter: prefixFilter), markup: markup,
            tokens: TokenBuffer(storage: storage))
          state.run(into: &output)
          state.folder.deallocate()
          initializedCount = state.tokens.finish(outgrown: &outgrown)
        }
        output.tokens = outgrown ?? tokens
      }
    }
    output.quoted.sort()
    return output
  }
}

extension Tokenizer {
  /// Unchecked views of the vocabularies and their filters for the word scanner, valid for one document.
  struct Probes {
    let words: Vocabulary.Probe
    let prefixes: Vocabulary.Probe
    let prefixFilter: HashFilter.Probe
    /// `Tokenizer.prefixStarts`.
    let prefixStarts: UnsafePointer<UInt64>
    /// `Tokenizer.asciiLetterFolds`.
    let letterFolds: UnsafePointer<UInt8>
  }

  private func withProbes(_ body: (Probes) -> Void) {
    index.words.withProbe { words in
      index.prefixes.withProbe { prefixes in
        prefixFilter.withProbe { prefixFilter in
          prefixStarts.withUnsafeBufferPointer { prefixStarts in
            Self.asciiLetterFolds.withUnsafeBufferPointer { letterFolds in
              body(
                Probes(
                  words: words, prefixes: prefixes, prefixFilter: prefixFilter,
                  prefixStarts: prefixStarts.baseAddress.unsafelyUnwrapped,
                  letterFolds: letterFolds.baseAddress.unsafelyUnwrapped))
            }
          }
        }
      }
    }
  }
}
