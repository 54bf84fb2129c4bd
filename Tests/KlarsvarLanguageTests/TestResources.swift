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

/// Runs a table, prints the failures and the reached share, and asserts a floor.
func expectAccuracy(
  _ name: String, _ outcomes: [AccuracyOutcome], floor: Double, sourceLocation: SourceLocation = #_sourceLocation
) {
  let failures = outcomes.filter { !$0.passed }
  let share = outcomes.isEmpty ? 0 : Double(outcomes.count - failures.count) / Double(outcomes.count)
  for failure in failures {
    print("[\(name)] \(failure.input)\n    väntat: \(failure.expected)\n    fick:   \(failure.actual)")
  }
  print("[\(name)] \(outcomes.count - failures.count)/\(outcomes.count) = \(String(format: "%.1f", share * 100)) %")
  #expect(outcomes.count >= 100, "a table has at least 100 cases", sourceLocation: sourceLocation)
  #expect(share >= floor, "\(name): accuracy \(share) below \(floor)", sourceLocation: sourceLocation)
}
