import Foundation
import Testing

@testable import KlarsvarLanguage

/// Throughput of each stage on a corpus of the example texts (about 400 kB), printed in MB/s.
///
/// Debug builds are an order of magnitude slower; the README quotes `swift test -c release` figures. The
/// assertion only guards against a stage turning quadratic.
@Suite struct ThroughputTests {
  static let corpus: String = {
    let texts = TextKindCases.all.map(\.1) + [DescriptionTests.letter]
    var corpus = ""
    while corpus.utf8.count < 400_000 { corpus += texts.joined(separator: "\n\n") + "\n\n" }
    return corpus
  }()

  @Test func stages() {
    let language = TestResources.language
    let bytes = Double(Self.corpus.utf8.count)
    func measure(_ name: String, _ body: () -> Int) -> Double {
      let start = Date()
      let result = body()
      let seconds = Date().timeIntervalSince(start)
      let rate = bytes / 1_000_000 / seconds
      print("[hastighet] \(name): \(String(format: "%.1f", rate)) MB/s (\(result))")
      return rate
    }
    let document = LanguageDocument(text: Self.corpus)
    _ = measure("tokenisering och meningar") { LanguageDocument(text: Self.corpus).sentences.count }
    let lookup = measure("ordformer (uppslag per ord)") {
      document.tokens.reduce(0) { $0 + (language.lexicon.formID(of: $1.folded) == nil ? 0 : 1) }
    }
    let clauses = measure("satser") { document.sentences.reduce(0) { $0 + language.clauses(in: $1).count } }
    let spans = measure("uttryck") { document.sentences.reduce(0) { $0 + language.expressions(in: $1).count } }
    _ = measure("citat och återgiven text") { language.quotedSpans(in: document).count }
    _ = measure("textsort och underskrift") {
      language.textKind(of: document).signals.count + (language.signature(of: document)?.people.count ?? 0)
    }
    #expect(lookup > 0.5 && clauses > 0.05 && spans > 0.05)
  }

  @Test func loading() throws {
    let start = Date()
    let language = try SwedishLanguage.load(directory: TestResources.directory)
    let milliseconds = String(format: "%.0f", Date().timeIntervalSince(start) * 1000)
    print("[hastighet] laddning av rules/sv-sprak: \(milliseconds) ms")
    print("[hastighet] lexikon: \(language.lexicon.lemmaCount) lemman, \(language.lexicon.formCount) former")
  }
}
