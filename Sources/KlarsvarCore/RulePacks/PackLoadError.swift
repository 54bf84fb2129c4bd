/// A problem in a rule pack: where it is (file, line and column or rule id and JSON path) and what is wrong.
public struct PackLoadError: Error, Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: Int?
  public var ruleID: String?
  public var jsonPath: String?
  public var message: String

  public init(
    file: String, line: Int? = nil, column: Int? = nil, ruleID: String? = nil, jsonPath: String? = nil,
    message: String
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.ruleID = ruleID
    self.jsonPath = jsonPath
    self.message = message
  }

  public var description: String {
    var place = file
    if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
    var details: [String] = []
    if let ruleID { details.append("regel \(ruleID)") }
    if let jsonPath, !jsonPath.isEmpty { details.append("vid \(jsonPath)") }
    return place + ": " + (details.isEmpty ? "" : details.joined(separator: ", ") + ": ") + message
  }
}
