import Foundation
import TestSupport
import XCTest

/// `klarsvar explain` renders the rule's Markdown for a terminal: styled with colour, plain text
/// without markup characters when colour is off, and never wrapped.
final class ExplainRenderingTests: XCTestCase {
  private var work: URL!
  private var binary: KlarsvarBinary!

  private static let explanation = """
    Uttryck som *inom kort* säger inte **när**; skriv `senast den 30 juni`. Se [JO:s beslut](https://www.jo.se/beslut) \
    och ett_ord_med_understreck, 5 * 3 = 15.

    ## Vad du kan göra

    - Ange ett datum.
    * Skriv *senast* före datumet.
    1. Först det här.

    ~~Vi svarar inom kort.~~ → **Vi svarar senast fredag.**
    """

  override func setUpWithError() throws {
    binary = try KlarsvarBinary.locate()
    work =
      FileManager.default.temporaryDirectory.appendingPathComponent("klarsvar-explain-\(UUID().uuidString)")
      .standardizedFileURL
    let rules = [
      PackJSON.rule(
        "test-vague", type: "phrase", category: "commitment",
        [
          "phrases": ["inom kort"], "explanation": Self.explanation, "reference": "JO 2023/24 s. 12",
          "examples": ["flag": ["Vi svarar *inom kort*."], "pass": ["Vi svarar senast fredag."]],
        ])
    ]
    for file in PackJSON.files(id: "test", rules: rules) {
      let url = work.appendingPathComponent("packs/test/\(file.name)")
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try file.contents.write(to: url)
    }
  }

  override func tearDownWithError() throws {
    if let work { try? FileManager.default.removeItem(at: work) }
  }

  private func explain(_ extra: [String], _ environment: [String: String] = [:]) throws -> String {
    let run = try binary.run(
      ["explain", "test-vague", "--rules", "packs/test"] + extra,
      in: work, environment: environment)
    XCTAssertEqual(run.status, 0, run.stderr)
    return run.stdout
  }

  func testWithoutColourTheTextHasNoMarkupCharacters() throws {
    let expected = """
      test-vague · commitment · warning · paket test

      Uttryck som inom kort säger inte när; skriv senast den 30 juni. Se JO:s beslut (https://www.jo.se/beslut) \
      och ett_ord_med_understreck, 5 * 3 = 15.

      Vad du kan göra

      • Ange ett datum.
      • Skriv senast före datumet.
      1. Först det här.

      Vi svarar inom kort. → Vi svarar senast fredag.

      Källa: JO 2023/24 s. 12

      Flaggas:

        Vi svarar inom kort.

      Godtas:

        Vi svarar senast fredag.

      """
    XCTAssertEqual(try explain([]), expected, "a pipe gets no colour")
    XCTAssertEqual(try explain(["--color", "never"], ["FORCE_COLOR": "1"]), expected)
    XCTAssertEqual(try explain(["--color", "auto"], ["FORCE_COLOR": "1", "NO_COLOR": "1"]), expected)
  }

  func testWithColourMarkupBecomesStyles() throws {
    let output = try explain(["--color", "always"])
    XCTAssertEqual(output, try explain([], ["FORCE_COLOR": "1"]), "FORCE_COLOR turns it on as --color always does")
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(lines[0], "\u{1B}[1mtest-vague\u{1B}[22m · commitment · warning · paket test")
    XCTAssertEqual(
      lines[2],
      "Uttryck som \u{1B}[3minom kort\u{1B}[23m säger inte \u{1B}[1mnär\u{1B}[22m; skriv "
        + "\u{1B}[36msenast den 30 juni\u{1B}[39m. Se JO:s beslut (\u{1B}[4mhttps://www.jo.se/beslut\u{1B}[24m) "
        + "och ett_ord_med_understreck, 5 * 3 = 15.")
    XCTAssertEqual(lines[4], "\u{1B}[1;4mVad du kan göra\u{1B}[22;24m")
    XCTAssertEqual(lines[6], "• Ange ett datum.")
    XCTAssertEqual(lines[7], "• Skriv \u{1B}[3msenast\u{1B}[23m före datumet.")
    XCTAssertEqual(
      lines[10], "\u{1B}[9mVi svarar inom kort.\u{1B}[29m → \u{1B}[1mVi svarar senast fredag.\u{1B}[22m")
    // Without the escape codes (which a terminal does not copy) the text is the uncoloured one.
    let withoutEscapes = output.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    XCTAssertEqual(withoutEscapes, try explain(["--color", "never"]))
  }

  func testAnUnknownColourValueIsAUsageError() throws {
    let run = try binary.run(["explain", "test-vague", "--rules", "packs/test", "--color", "ibland"], in: work)
    XCTAssertEqual(run.status, 2)
    XCTAssertTrue(run.stderr.contains("--color"), run.stderr)
  }
}
