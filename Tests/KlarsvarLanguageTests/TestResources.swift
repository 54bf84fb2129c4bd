import Foundation
import KlarsvarJSON
import Testing

@testable import KlarsvarLanguage

/// The repository's `rules/sv-sprak` data, loaded once for all tests.
enum TestResources {
  static let directory: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
    }
    return url.appendingPathComponent("rules/sv-sprak")
  }()

  /// The repository's word lists, for tests that build a lexicon of their own.
  static let wordLists: [WordList] = {
    var resources = LanguageResources()
    try! resources.add(directory: directory)
    return resources.words
  }()

  static let language: SwedishLanguage = {
    do {
      return try SwedishLanguage.load(directory: directory)
    } catch {
      fatalError("rules/sv-sprak: \(error)")
    }
  }()
}

/// One row of an accuracy table: what was expected, what came out.
struct AccuracyOutcome {
  var input: String
  var expected: String
  var actual: String
  var passed: Bool { expected == actual }
}

/// Asserts that a table reaches `floor`. The misses are part of the failure message, so a passing
/// run prints nothing; `KLARSVAR_SHOW_MISSES=1` prints the share and the misses anyway (for tuning).
func expectAccuracy(
  _ name: String, _ outcomes: [AccuracyOutcome], floor: Double, minimumCount: Int = 100,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let failures = outcomes.filter { !$0.passed }
  let share = outcomes.isEmpty ? 0 : Double(outcomes.count - failures.count) / Double(outcomes.count)
  let percent = { (value: Double) in String(format: "%.1f", value * 100) + " %" }
  let summary = "[\(name)] \(outcomes.count - failures.count)/\(outcomes.count) = \(percent(share))"
  let misses = failures.map { "[\(name)] \($0.input)\n    väntat: \($0.expected)\n    fick:   \($0.actual)" }
  if ProcessInfo.processInfo.environment["KLARSVAR_SHOW_MISSES"] == "1" {
    print((misses + [summary]).joined(separator: "\n"))
  }
  #expect(outcomes.count >= minimumCount, "a table has at least \(minimumCount) cases", sourceLocation: sourceLocation)
  #expect(
    share >= floor, "\(summary), under golvet \(percent(floor))\n\(misses.joined(separator: "\n"))",
    sourceLocation: sourceLocation)
}
