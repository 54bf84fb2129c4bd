import Foundation
import KlarsvarJSON

/// The language data files of one or more packs, sorted by their top-level key.
public struct LanguageResources: Sendable {
  public var paradigms: [ParadigmSet] = []
  public var words: [WordList] = []
  public var wordGuesses: [WordGuessList] = []
  public var functionWords: [JSONValue] = []
  public var expressions: [JSONValue] = []

  public init() {}

  /// The top-level keys this layer reads; files with other keys (rules, lexicons) are skipped.
  public static let keys: Set<String> = ["paradigms", "words", "wordGuesses", "functionWords", "expressions"]

  /// Adds one decoded JSON file. Returns false when its top-level key is not a language key.
  ///
  /// - Throws: `LanguageDataError` for a malformed paradigms or words file.
  /// Parses JSON text (a data file's bytes) and adds it.
  ///
  /// - Throws: `LanguageDataError` for invalid JSON (line and column in the message) or malformed data.
  @discardableResult
  public mutating func add(jsonText: [UInt8]) throws(LanguageDataError) -> Bool {
    let json: JSONValue
    do {
      json = try JSONParser.parse(Data(jsonText))
    } catch {
      throw LanguageDataError(path: "/", message: "ogiltig JSON: \(error)")
    }
    return try add(json)
  }

  @discardableResult
  public mutating func add(_ json: JSONValue) throws(LanguageDataError) -> Bool {
    guard case .object(let members) = json, members.count == 1, let key = members.keys.first else { return false }
    switch key {
    case "paradigms": paradigms.append(try ParadigmSet(json: json))
    case "words": words.append(try WordList(json: json))
    case "wordGuesses": wordGuesses.append(try WordGuessList(json: json))
    case "functionWords": functionWords.append(json)
    case "expressions": expressions.append(json)
    default: return false
    }
    return true
  }

  /// Reads every `.json` file of `directory` in name order (sub-folders are not read).
  ///
  /// - Throws: `LanguageDataError` with the file name set, for unreadable JSON or malformed data.
  public mutating func add(directory: URL) throws(LanguageDataError) {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        .sorted()
    } catch {
      throw LanguageDataError(
        path: "/", message: "kan inte läsa mappen: \(error.localizedDescription)", file: directory.path)
    }
    for name in names {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw LanguageDataError(path: "/", message: "kan inte läsa filen", file: url.path)
      }
      let json: JSONValue
      do {
        json = try JSONParser.parse(data)
      } catch {
        throw LanguageDataError(path: "/", message: "ogiltig JSON: \(error)", file: url.path)
      }
      do {
        try add(json)
      } catch {
        var located = error
        located.file = url.path
        throw located
      }
    }
  }
}
