import Foundation

/// Everything the layer knows about Swedish, built once from the packs' language data: word forms,
/// function words, expression patterns. Immutable and `Sendable`; share one instance.
public struct SwedishLanguage: Sendable {
  public let lexicon: Lexicon
  public let functionWords: FunctionWords
  public let expressionGrammar: ExpressionGrammar

  /// Builds the layer from decoded resources.
  ///
  /// - Throws: `LanguageDataError` naming the JSON path of the first problem.
  public init(resources: LanguageResources) throws(LanguageDataError) {
    lexicon = try Lexicon(paradigms: resources.paradigms, words: resources.words)
    functionWords = try FunctionWords(json: resources.functionWords)
    expressionGrammar = try ExpressionGrammar(json: resources.expressions)
  }

  /// Loads every language data file of the given pack folders (later folders add to earlier ones).
  public static func load(directories: [URL]) throws(LanguageDataError) -> SwedishLanguage {
    var resources = LanguageResources()
    for directory in directories { try resources.add(directory: directory) }
    return try SwedishLanguage(resources: resources)
  }

  public static func load(directory: URL) throws(LanguageDataError) -> SwedishLanguage {
    try load(directories: [directory])
  }
}
