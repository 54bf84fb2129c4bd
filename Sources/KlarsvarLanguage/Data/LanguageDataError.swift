/// A problem in a language data file: the JSON path of the offending value and what is wrong, in Swedish.
///
/// The description reads like `/words/12/paradigm: okänt böjningsmönster "v9"`; a loader that knows the
/// file name puts it in front.
public struct LanguageDataError: Error, Sendable, Hashable, CustomStringConvertible {
  /// JSON pointer of the value, e.g. `/words/12/paradigm`.
  public var path: String
  /// What is wrong, in Swedish.
  public var message: String
  /// The file, when the error came from `LanguageResources.load(directory:)`.
  public var file: String?

  public init(path: String, message: String, file: String? = nil) {
    self.path = path
    self.message = message
    self.file = file
  }

  public var description: String {
    (file.map { $0 + ": " } ?? "") + path + ": " + message
  }
}
