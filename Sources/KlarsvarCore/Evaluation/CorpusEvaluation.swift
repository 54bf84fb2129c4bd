import Foundation
import KlarsvarText

/// Evaluates every annotated draft in a folder: `NAME.md` (or `.txt`) with `NAME.expected.json`.
public struct CorpusEvaluation: Sendable {
  public var documents: [DocumentEvaluation]

  /// Per-category totals; every category is present, with zero counts when nothing was expected or found.
  public var scores: [RuleCategory: CategoryScore] {
    var totals = Dictionary(uniqueKeysWithValues: RuleCategory.allCases.map { ($0, CategoryScore()) })
    for document in documents {
      for (category, score) in document.scores { totals[category] = totals[category]! + score }
    }
    return totals
  }

  public var falsePositives: [DocumentEvaluation.Discrepancy] { documents.flatMap(\.falsePositives) }

  /// Drafts whose annotation names a kind, and how many of those the linter's kind agrees with.
  public var kindAgreement: (correct: Int, total: Int) {
    let named = documents.filter { $0.expectedKind != nil }
    return (named.filter { $0.expectedKind == $0.kind }.count, named.count)
  }
  public var misses: [DocumentEvaluation.Discrepancy] { documents.flatMap(\.misses) }

  /// Categories whose precision or recall is below `threshold`.
  public func failing(threshold: Double) -> [RuleCategory] {
    let totals = scores
    return RuleCategory.allCases.filter { totals[$0]!.precision < threshold || totals[$0]!.recall < threshold }
  }

  public init(documents: [DocumentEvaluation]) {
    self.documents = documents
  }

  /// Reads the drafts in `directory` (not recursive); a draft without an annotation file is an error.
  public static func run(directory: URL, linter: Linter) throws -> CorpusEvaluation {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    } catch {
      throw EvaluationError(file: directory.path, message: "kan inte läsa mappen")
    }
    let drafts = names.filter { ($0.hasSuffix(".md") || $0.hasSuffix(".txt")) && $0.lowercased() != "readme.md" }
    guard !drafts.isEmpty else {
      throw EvaluationError(file: directory.path, message: "inga utkast (.md, .txt) i mappen")
    }
    var documents: [DocumentEvaluation] = []
    for name in drafts {
      let draftURL = directory.appendingPathComponent(name)
      let stem = (name as NSString).deletingPathExtension
      let annotationURL = directory.appendingPathComponent(stem + ".expected.json")
      let displayName = draftURL.path
      guard let data = FileManager.default.contents(atPath: annotationURL.path) else {
        throw EvaluationError(file: displayName, message: "annoteringsfilen \(stem).expected.json saknas")
      }
      guard let bytes = FileManager.default.contents(atPath: draftURL.path),
        let source = String(data: bytes, encoding: .utf8)
      else {
        throw EvaluationError(file: displayName, message: "kan inte läsas som UTF-8")
      }
      let annotation = try AnnotationDecoder.decodeAnnotation(data, file: annotationURL.path)
      documents.append(
        try DocumentEvaluation.evaluate(
          file: displayName, source: source, expected: annotation.findings, expectedKind: annotation.kind,
          linter: linter, format: FileTypes.documentFormat(ofPath: name)))
    }
    return CorpusEvaluation(documents: documents)
  }
}
