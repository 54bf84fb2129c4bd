import Foundation

/// One file (or standard input) to check.
public struct InputFile: Sendable, Hashable {
  /// As shown to the user: the path as given or found, relative where it was relative.
  public var displayPath: String
  /// Absolute location, nil for standard input.
  public var url: URL?
  /// Standard input's contents.
  public var contents: Data?
  /// Named on the command line (not found in a folder): a file that is not a regular one is an
  /// error, where one met while walking is only skipped.
  public var isNamed: Bool

  public init(displayPath: String, url: URL?, contents: Data? = nil, isNamed: Bool = true) {
    self.displayPath = displayPath
    self.url = url
    self.contents = contents
    self.isNamed = isNamed
  }
}
