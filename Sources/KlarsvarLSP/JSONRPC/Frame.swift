import Foundation

/// Adds the `Content-Length` header to a message body.
public enum Frame {
  public static func encode(_ body: Data) -> Data {
    var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(body)
    return data
  }
}
