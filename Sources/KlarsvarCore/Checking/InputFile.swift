import Foundation

/// One file (or standard input) to check.
public struct InputFile: Sendable, Hashable {
  /// As shown to the user: the path as given or found, relative where it was relative.
  public var displayPath: String
  /// Absolute location, nil for standard input.
  public var url: URL?
  /// Standard input's contents.
  public var contents: Data?

  public init(displayPath: String, url: URL?, contents: Data? = nil) {
    self.displayPath = displayPath
    self.url = url
    self.contents = contents
  }
}
