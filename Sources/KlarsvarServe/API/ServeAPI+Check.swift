import Foundation
import KlarsvarCore
import KlarsvarFormats
import KlarsvarJSON
import KlarsvarReporting

/// The checking endpoints: `check` and `check-file` answer what `check --format json` writes;
/// `review` adds the summary for the page; `fix` applies what `check --fix` would; `read-file`
/// returns a document's text for the page's editor.
extension ServeAPI {
  /// `POST /api/check`: the JSON body's draft → the JSON of `check --format json`.
  func check(_ request: HTTPRequest) -> HTTPResponse {
    do {
      return report(try DraftRequest.decode(request, base: checker.directory))
    } catch {
      return error.response
    }
  }

  /// `POST /api/check-file`: an uploaded document → the JSON of `check FILE --format json`.
  func checkFile(_ request: HTTPRequest) -> HTTPResponse {
    do {
      return report(try UploadRequest.decode(request))
    } catch {
      return error.response
    }
  }

  private func report(_ draft: DraftChecker.Draft) -> HTTPResponse {
    let start = Clock.now
    let outcome = checker.check(draft)
    let linted = Clock.now
    var response = HTTPResponse.json(Self.jsonFormat.render(outcome, options: ReportOptions()))
    response.headers.set("Server-Timing", Self.timing(start, linted, Clock.now))
    return response
  }

  /// `POST /api/review`: `{"report": <check JSON>, "summary": {…}, "fixable": N}` for a text draft.
  func review(_ request: HTTPRequest) -> HTTPResponse {
    let start = Clock.now
    let draft: DraftChecker.Draft
    do {
      draft = try textDraft(request)
    } catch {
      return error.response
    }
    let outcome = checker.check(draft)
    let linted = Clock.now
    guard let report = outcome.reports.first else { return Refusal(.internalServerError, "ingen rapport").response }
    let fixable = report.source.map { FixSelection.select(report.findings, in: $0).count } ?? 0
    let summary = JSONWriter.pretty(DraftSummary.json(report, contacts: checker.ruleSet.contacts))
    let body =
      "{\n\"fixable\" : \(fixable),\n\"report\" : " + Self.jsonFormat.render(outcome, options: ReportOptions())
      + ",\n\"summary\" : " + summary + "\n}\n"
    var response = HTTPResponse.json(body)
    response.headers.set("Server-Timing", Self.timing(start, linted, Clock.now))
    return response
  }

  /// `POST /api/fix`: `{"text": …, "fixes": [{"ruleId", "title"}]}`, the draft with the edits of
  /// `check --fix` applied (the core's fix selection).
  func fix(_ request: HTTPRequest) -> HTTPResponse {
    let draft: DraftChecker.Draft
    do {
      draft = try textDraft(request)
    } catch {
      return error.response
    }
    guard let report = checker.check(draft).reports.first, let source = report.source, report.result != nil else {
      return Refusal(.unprocessableContent, "utkastet gick inte att granska").response
    }
    let fixes = FixSelection.select(report.findings, in: source)
    let fixed = FixSelection.apply(fixes, to: source.utf8)
    return .json(
      .object([
        "text": .string(String(decoding: fixed, as: UTF8.self)),
        "fixes": .array(fixes.map { .object(["ruleId": .string($0.ruleID), "title": .string($0.title)]) }),
      ]))
  }

  /// `POST /api/read-file`: an uploaded document's text, read by the same readers as `check`:
  /// `{"name", "format", "markdown", "text"}` (422 with the reader's reason when it cannot be read).
  func readFile(_ request: HTTPRequest) -> HTTPResponse {
    let draft: DraftChecker.Draft
    do {
      draft = try UploadRequest.decode(request)
    } catch {
      return error.response
    }
    let format = TemplateFormat.detect(fromPath: draft.name)
    let text: String
    do {
      text = try TemplateFormat.extract(data: draft.data, format: format).text
    } catch {
      return Refusal(.unprocessableContent, "\(draft.name): kan inte läsa dokumentet: \(error.description)").response
    }
    return .json(
      .object([
        "name": .string(draft.name), "format": .string(format.rawValue),
        "markdown": .bool(format.documentFormat == .markdown), "text": .string(text),
      ]))
  }

  /// A draft the page edits as text: `.txt` or `.md` (documents are read with `read-file` first).
  private func textDraft(_ request: HTTPRequest) throws(Refusal) -> DraftChecker.Draft {
    let draft = try DraftRequest.decode(request, base: checker.directory)
    let format = TemplateFormat.detect(fromPath: draft.name)
    guard format == .plain || format == .markdown else {
      throw Refusal(
        .badRequest, "\"name\": review och fix gäller text (.txt, .md); läs dokument med /api/read-file först")
    }
    return draft
  }

  static let jsonFormat = ReportFormat(rawValue: "json")!

  /// `Server-Timing`: the check (reading and linting) and the rest of the handler, in milliseconds.
  static func timing(_ start: UInt64, _ linted: UInt64, _ end: UInt64) -> String {
    func format(_ value: Double) -> String { String(format: "%.3f", value) }
    return "lint;dur=\(format(Clock.milliseconds(from: start, to: linted))), "
      + "render;dur=\(format(Clock.milliseconds(from: linted, to: end)))"
  }
}
