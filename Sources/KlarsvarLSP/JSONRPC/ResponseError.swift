/// The `error` member of a JSON-RPC response.
public struct ResponseError: Error, Hashable, Sendable, Codable {
  public var code: ErrorCode
  public var message: String

  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }

  static func invalidParams(_ message: String) -> ResponseError { ResponseError(.invalidParams, message) }
  static let cancelled = ResponseError(.requestCancelled, "request cancelled")
}
