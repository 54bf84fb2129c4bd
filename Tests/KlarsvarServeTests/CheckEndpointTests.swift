import Foundation
import KlarsvarJSON
import TestSupport
import XCTest

@testable import KlarsvarServe

/// The checking endpoints answer what the command line writes: byte for byte the JSON of
/// `check --format json`, and the text `check --fix` leaves.
final class CheckEndpointTests: XCTestCase {
  private let folder = ServeFixtures.folder

  private func binary(_ arguments: [String], stdin: Data? = nil) throws -> KlarsvarBinary.Run {
    try KlarsvarBinary.locate().run(arguments, in: folder, stdin: stdin)
  }

  func testCheckIsTheJSONOfCheckFormatJSON() throws {
    let drafts: [(text: String, name: String?, kind: String?)] = [
      (ServeFixtures.vaguePromiseDraft, nil, nil),
      (try ServeFixtures.example("klagomal-hemtjanst.md"), "klagomal.md", nil),
      (try ServeFixtures.example("beslut-avslag-ledsagning.md"), "beslut.md", "decision"),
      ("Hej 👋🏽 Åsa!\r\nVi återkommer.\r\n", "crlf.txt", "reply"),
      ("", "tom.txt", nil),
    ]
    for draft in drafts {
      var body: [String: JSONValue] = ["text": .string(draft.text)]
      if let name = draft.name { body["name"] = .string(name) }
      if let kind = draft.kind { body["kind"] = .string(kind) }
      let response = ServeFixtures.post("/api/check", .object(body))
      XCTAssertEqual(response.status, .ok)
      var arguments = ["check", "-", "--stdin-filename", draft.name ?? "utkast.txt", "--format", "json"]
      if let kind = draft.kind { arguments += ["--kind", kind] }
      let run = try binary(arguments, stdin: Data(draft.text.utf8))
      XCTAssertEqual(response.text, run.stdout, "draft \(draft.name ?? "utkast.txt")")
      XCTAssertTrue(response.headers["Server-Timing"]?.contains("lint;dur=") ?? false)
    }
  }

  func testSettingsApplyAsAnEditorsDo() throws {
    let plain = try ServeFixtures.json(
      ServeFixtures.post("/api/check", ["text": .string(ServeFixtures.vaguePromiseDraft)]))
    let ids = Set(plain["files"]?[0]?["findings"]?.arrayValue?.compactMap { $0["ruleId"]?.stringValue } ?? [])
    XCTAssertTrue(ids.contains("commitment-no-deadline"), "\(ids)")
    let settings: JSONValue = ["rules": ["commitment-no-deadline": "off", "commitment-vague-time": "error"]]
    let off = try ServeFixtures.json(
      ServeFixtures.post("/api/check", ["text": .string(ServeFixtures.vaguePromiseDraft), "settings": settings]))
    let findings = off["files"]?[0]?["findings"]?.arrayValue ?? []
    XCTAssertFalse(findings.contains { $0["ruleId"] == "commitment-no-deadline" })
    XCTAssertTrue(findings.contains { $0["ruleId"] == "commitment-vague-time" && $0["severity"] == "error" })
  }

  func testCheckFileIsTheJSONOfCheckOnTheDocument() throws {
    let paragraphs = ServeFixtures.vaguePromiseDraft.components(separatedBy: "\n\n").filter { !$0.isEmpty }
    let document = ServeFixtures.docx(paragraphs)
    try document.write(to: folder.appendingPathComponent("brev.docx"))
    let expected = try binary(["check", "brev.docx", "--format", "json"]).stdout
    let form = ServeFixtures.form(file: document, name: "brev.docx")
    let viaForm = ServeFixtures.api.handle(
      ServeFixtures.request("POST", "/api/check-file", body: form.body, headers: [("Content-Type", form.type)]))
    XCTAssertEqual(viaForm.text, expected)
    let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    let raw = ServeFixtures.api.handle(
      ServeFixtures.request(
        "POST", "/api/check-file?name=brev.docx", body: document, headers: [("Content-Type", docxType)]))
    XCTAssertEqual(raw.text, expected)
    XCTAssertTrue(expected.contains("\"unit\" : \"paragraph\""), "located by paragraph, as check does")
  }

  /// A damaged document or a zip bomb is reported for the file, as `check` reports it; the reader's
  /// limits hold.
  func testBrokenDocumentsAreReportedNotFatal() throws {
    let bomb = TestZip.make([
      .init(name: "[Content_Types].xml", data: Data("<Types/>".utf8)),
      .init(name: "word/document.xml", data: Data("<w:document/>".utf8), declaredSize: 3_000_000_000),
    ])
    for (name, bytes) in [("trasig.docx", Data("PK\u{3}\u{4}nonsense".utf8)), ("bomb.docx", bomb)] {
      let form = ServeFixtures.form(file: bytes, name: name)
      let response = ServeFixtures.api.handle(
        ServeFixtures.request("POST", "/api/check-file", body: form.body, headers: [("Content-Type", form.type)]))
      let error = try ServeFixtures.json(response)["files"]?[0]?["error"]?.stringValue ?? ""
      XCTAssertTrue(error.hasPrefix("kan inte läsa dokumentet"), "\(name): \(error)")
      let read = ServeFixtures.api.handle(
        ServeFixtures.request("POST", "/api/read-file", body: form.body, headers: [("Content-Type", form.type)]))
      XCTAssertEqual(read.status, .unprocessableContent, name)
      XCTAssertTrue(read.text.contains(name), read.text)
    }
  }

  func testReadFileGivesTheDocumentsText() throws {
    let document = ServeFixtures.docx(["Hej Åsa!", "Vi återkommer & hör av oss."])
    let form = ServeFixtures.form(file: document, name: "svar.docx", extra: [("kind", "reply")])
    let read = try ServeFixtures.json(
      ServeFixtures.api.handle(
        ServeFixtures.request("POST", "/api/read-file", body: form.body, headers: [("Content-Type", form.type)])))
    XCTAssertEqual(read["name"], "svar.docx")
    XCTAssertEqual(read["format"], "docx")
    XCTAssertEqual(read["text"]?.stringValue?.contains("Vi återkommer & hör av oss."), true)
    let markdown = ServeFixtures.api.handle(
      ServeFixtures.request(
        "POST", "/api/read-file?name=brev.md", body: Data("# Rubrik\n".utf8),
        headers: [("Content-Type", "text/markdown")]))
    XCTAssertEqual(try ServeFixtures.json(markdown)["markdown"], .bool(true))
    let unnamed = ServeFixtures.api.handle(
      ServeFixtures.request(
        "POST", "/api/read-file", body: document, headers: [("Content-Type", "application/octet-stream")]))
    XCTAssertEqual(unnamed.status, .unsupportedMediaType)
  }

  func testFixAppliesWhatCheckFixApplies() throws {
    let draft = try ServeFixtures.example("klagomal-hemtjanst.md")
    let file = folder.appendingPathComponent("rattas.md")
    try draft.write(to: file, atomically: true, encoding: .utf8)
    _ = try binary(["check", "--fix", "rattas.md", "--fail-on", "never"])
    let fixedByCLI = try String(contentsOf: file, encoding: .utf8)
    XCTAssertNotEqual(fixedByCLI, draft, "the example has something to fix")
    let answer = try ServeFixtures.json(ServeFixtures.post("/api/fix", ["text": .string(draft), "name": "rattas.md"]))
    XCTAssertEqual(answer["text"]?.stringValue, fixedByCLI)
    XCTAssertFalse(answer["fixes"]?.arrayValue?.isEmpty ?? true)
  }

  func testReviewHasTheReportTheSummaryAndTheFixCount() throws {
    let review = try ServeFixtures.json(
      ServeFixtures.post("/api/review", ["text": .string(ServeFixtures.vaguePromiseDraft)]))
    let check = try ServeFixtures.json(
      ServeFixtures.post("/api/check", ["text": .string(ServeFixtures.vaguePromiseDraft)]))
    XCTAssertEqual(review["report"], check)
    let findings = check["files"]?[0]?["findings"]?.arrayValue ?? []
    let summary = review["summary"]
    XCTAssertEqual(summary?["kind"]?["id"], "reply")
    XCTAssertNotNil(summary?["lix"]?.intValue)
    let commitment = summary?["commitments"]?[0]
    XCTAssertEqual(commitment?["time"], .null, "the vague promise has no time")
    XCTAssertTrue(commitment?["promise"]?.stringValue?.contains("se över rutinerna") ?? false)
    let linked = commitment?["findings"]?.arrayValue?.compactMap { $0.intValue.map { findings[$0]["ruleId"] } } ?? []
    XCTAssertTrue(linked.contains("commitment-no-deadline"), "\(linked)")
    let missing = summary?["referrals"]?["missing"]?.arrayValue?.compactMap { $0.intValue } ?? []
    XCTAssertTrue(missing.map { findings[$0]["ruleId"] }.contains("referral-complaint-ivo"))
    var counted = 0
    for severity in ["error", "warning", "info", "hint"] { counted += summary?["counts"]?[severity]?.intValue ?? 0 }
    XCTAssertEqual(counted, findings.count)
    XCTAssertNotNil(review["fixable"]?.intValue)
  }

  func testReferralsTheDraftNames() throws {
    let text = """
      Hej!

      Om du inte är nöjd kan du vända dig till IVO:s telefon 010-788 50 00 eller www.ivo.se. Vid akut fara: ring 112.
      Kvinnofridslinjens nummer finns på kvinnofridslinjen.se. Jo, vi hör av oss.

      """
    let summary = try ServeFixtures.json(ServeFixtures.post("/api/review", ["text": .string(text)]))["summary"]
    let present = summary?["referrals"]?["present"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    XCTAssertEqual(present, ["ivo", "nodnummer-112", "kvinnofridslinjen"], "in order; *Jo* is a word, not JO")
  }
}

extension JSONValue {
  fileprivate subscript(index: Int) -> JSONValue? {
    guard case .array(let array) = self, array.indices.contains(index) else { return nil }
    return array[index]
  }
}
