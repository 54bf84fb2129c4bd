/// Why a corpus or an annotation file could not be evaluated, with the file and the offending item.
public struct EvaluationError: Error, CustomStringConvertible, Sendable, Equatable {
  public var file: String
  public var message: String

  public init(file: String, message: String) {
    self.file = file
    self.message = message
  }

  public var description: String { "\(file): \(message)" }
}
