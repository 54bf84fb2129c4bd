import Foundation
import XCTest

@testable import KlarsvarCore
@testable import KlarsvarFormats
@testable import KlarsvarReporting
@testable import KlarsvarText

/// A run with awkward text for the reporter tests: quotes, `<`, `&`, `%`, newlines, emoji, å ä ö,
/// `:` and `,` in a path, a .docx, a clean file and an unreadable one.
enum ReportingSample {
  static let letter = """
    Hej Åsa!

    Vi "lovar" att <svara> & återkomma 100% säkert 🙂 inom kort.
    Andra raden: med, komma.

    """

  static let awkwardMessage = "Citat \"x\" <y> & 100% ny\nrad, kolon: komma\r och 🙂 åäö"

  static func rule(_ id: String, _ category: RuleCategory, _ severity: Severity) -> RuleMetadata {
    RuleMetadata(
      id: id, type: "phrase", category: category, severity: severity, message: "Meddelande för {match} & <mer>",
      explanation: "Förklaring av \(id) med **fetstil** & <vinkel>.\n\nAndra stycket.", reference: "Språklagen 11 §",
      kinds: Set(DocumentKind.allCases), suggestions: [], examples: RuleExamples(flag: [], pass: []),
      packID: "test-pack",
      file: "rules/test.json")
  }

  static var rules: [RuleMetadata] {
    [
      rule("test-awkward", .commitment, .warning), rule("test-emoji", .tone, .error),
      rule("test-hint", .plainLanguage, .hint),
    ]
  }

  static func range(of needle: String, in text: String) -> TextRange {
    let found = text.range(of: needle)!
    let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    return TextRange(start, start + needle.utf8.count)
  }

  static let emptyLinter = Linter(ruleSet: RuleSetLoader.load([]).ruleSet)

  static func outcome() -> Checker.Outcome {
    var result = emptyLinter.lint(letter)
    let quoted = range(of: "\"lovar\"", in: letter)
    let emoji = range(of: "🙂 inom kort", in: letter)
    let other = range(of: "Andra", in: letter)
    result.findings = [
      Finding(
        ruleID: "test-awkward", category: .commitment, severity: .warning, message: awkwardMessage, range: quoted,
        matchedText: "\"lovar\"",
        suggestions: [
          Suggestion(
            kind: .replacement, title: "Ersätt med ”lova & <hålla>”", edit: TextEdit(range: quoted, newText: "lova"))
        ]),
      Finding(
        ruleID: "test-emoji", category: .tone, severity: .error, message: "Emoji 🙂 och åäö: ”inom kort”", range: emoji,
        matchedText: "🙂 inom kort"),
      Finding(
        ruleID: "test-hint", category: .plainLanguage, severity: .hint, message: "Ett tips, 50%", range: other,
        matchedText: "Andra"),
    ]
    var awkward = FileReport(file: InputFile(displayPath: "mallar/svar, 100%: åäö.md", url: nil), failOn: .warning)
    awkward.format = .markdown
    awkward.result = result
    awkward.source = result.source

    let document = ExtractedDocument(paragraphs: ["Första stycket.", "Vi återkommer inom kort om ärendet."])
    var documentResult = emptyLinter.lint(document.text)
    documentResult.findings = [
      Finding(
        ruleID: "test-awkward", category: .commitment, severity: .warning, message: "Otydlig tid: ”inom kort”",
        range: range(of: "inom kort", in: document.text), matchedText: "inom kort")
    ]
    var docx = FileReport(file: InputFile(displayPath: "mallar/beslut.docx", url: nil), failOn: .warning)
    docx.format = .docx
    docx.result = documentResult
    docx.source = documentResult.source
    docx.document = document

    var clean = FileReport(file: InputFile(displayPath: "mallar/bra.md", url: nil), failOn: .warning)
    let cleanResult = emptyLinter.lint("Tack för ditt brev.\n")
    clean.result = cleanResult
    clean.source = cleanResult.source

    var broken = FileReport(file: InputFile(displayPath: "mallar/låst.docx", url: nil), failOn: .warning)
    broken.format = .docx
    broken.error = "kan inte läsa dokumentet: encrypted document: remove the password protection to check it"

    return Checker.Outcome(reports: [awkward, docx, clean, broken], rules: rules)
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Compares `actual` with a golden file; `KLARSVAR_UPDATE_GOLDEN=1` rewrites it.
  static func assertGolden(
    _ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let url = fixtures.appendingPathComponent("golden/\(name)")
    if ProcessInfo.processInfo.environment["KLARSVAR_UPDATE_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      XCTFail("golden file \(name) missing; run with KLARSVAR_UPDATE_GOLDEN=1", file: file, line: line)
      return
    }
    XCTAssertEqual(
      actual, expected, "output differs from golden/\(name) (KLARSVAR_UPDATE_GOLDEN=1 rewrites it)", file: file,
      line: line)
  }
}

/// The formats the tests name (the product names only `text` and `sarif`).
extension ReportFormat {
  static let json = ReportFormat(rawValue: "json")!
  static let junit = ReportFormat(rawValue: "junit")!
  static let github = ReportFormat(rawValue: "github")!
  static let gitlab = ReportFormat(rawValue: "gitlab")!
  static let checkstyle = ReportFormat(rawValue: "checkstyle")!
}
