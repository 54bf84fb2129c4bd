import XCTest

@testable import KlarsvarCore
@testable import KlarsvarReporting
@testable import KlarsvarText

/// Text output shows at most about 120 characters of a line under a finding, whatever the line's length.
final class LineWindowTests: XCTestCase {
  private func window(_ line: String, _ needle: String) -> LineWindow {
    let bytes = Array(line.utf8)
    let start = line.utf8.count - line[line.range(of: needle)!.lowerBound...].utf8.count
    return LineWindow(bytes, line: 0..<bytes.count, finding: start..<(start + needle.utf8.count))
  }

  func testAShortLineIsShownWhole() {
    let shown = window("Vi svarar\tinom kort.", "inom kort")
    XCTAssertEqual(shown.text, "Vi svarar inom kort.")
    XCTAssertEqual(shown.caretIndent, 10)
    XCTAssertEqual(shown.caretCount, 9)
    let full = String(repeating: "å", count: 120)
    XCTAssertEqual(window(full + "x", "x").text.hasPrefix("…"), true, "121 characters are cut")
    XCTAssertEqual(window(full, "å").text, full, "120 characters are not")
  }

  func testALongLineIsCutAroundTheFinding() {
    let line = String(repeating: "ord ", count: 50_000) + "inom kort" + String(repeating: " ord", count: 50_000)
    let shown = window(line, "inom kort")
    XCTAssertTrue(shown.text.hasPrefix("…") && shown.text.hasSuffix("…"), shown.text)
    XCTAssertEqual(shown.text.count, LineWindow.width + 2)
    let carets = shown.text.dropFirst(shown.caretIndent).prefix(shown.caretCount)
    XCTAssertEqual(String(carets), "inom kort")
    let atStart = window("inom kort " + String(repeating: "x", count: 1_000), "inom kort")
    XCTAssertFalse(atStart.text.hasPrefix("…"))
    XCTAssertEqual(atStart.caretIndent, 0)
  }

  func testAFindingLongerThanTheWindowGetsCaretsToItsEdge() {
    let line = "a " + String(repeating: "b", count: 500) + " c"
    let shown = window(line, String(repeating: "b", count: 500))
    XCTAssertEqual(shown.caretIndent, 2)
    XCTAssertEqual(shown.caretCount, LineWindow.width - 2)
  }

  func testWidthsOfCombiningMarksAndWideCharacters() {
    XCTAssertEqual(window("a\u{030A} 漢字 x", "x").caretIndent, 7, "a+ring is one column, each Han character two")
    XCTAssertEqual(window("😀 x", "x").caretIndent, 3)
  }

  /// The case a hostile tester found: text output on one 200 KB line with a finding every 100 bytes
  /// wrote the whole line under each finding (2 GB); now each finding shows one window.
  func testTextOutputOnALongLineIsBoundedPerFinding() {
    let sentence = "Vi svarar inom kort och hoppas att det går bra för dig och de dina i dagsläget. "
    let line = String(repeating: sentence, count: 200_000 / sentence.utf8.count)
    var result = ReportingSample.emptyLinter.lint(line)
    var offset = 0
    while let found = line.utf8.dropFirst(offset).firstRange(of: "inom kort".utf8) {
      let start = line.utf8.distance(from: line.startIndex, to: found.lowerBound)
      result.findings.append(
        Finding(
          ruleID: "test-awkward", category: .commitment, severity: .warning, message: "Otydlig tid",
          range: TextRange(start, start + 9), matchedText: "inom kort"))
      offset = start + 9
    }
    var report = FileReport(file: InputFile(displayPath: "lång.txt", url: nil), failOn: .warning)
    report.result = result
    report.source = result.source
    report.longLines = LongLineIndex(result.source)
    let text = ReportFormat.text.render(
      Checker.Outcome(reports: [report], rules: ReportingSample.rules), options: ReportOptions(toolVersion: "0"))
    XCTAssertGreaterThan(result.findings.count, 2_000)
    let lines = text.split(separator: "\n")
    XCTAssertTrue(lines.allSatisfy { $0.count < 200 }, "no output line holds the whole input line")
    XCTAssertLessThan(text.utf8.count, result.findings.count * 400)
    XCTAssertTrue(
      text.contains(
        "lång.txt:1:\(line.unicodeScalars.count - sentence.unicodeScalars.count + 11): warning [test-awkward]"))
  }
}
