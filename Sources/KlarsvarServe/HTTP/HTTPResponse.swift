import Foundation
import KlarsvarJSON

/// One answer: status, header fields and the whole body. The connection adds the framing fields
/// (`Content-Length`, `Connection`, `Date`) when it writes it.
package struct HTTPResponse: Sendable {
  package var status: HTTPStatus
  package var headers: HTTPHeaders
  package var body: Data
  /// Whether the connection closes after this answer (a broken stream, a refused client).
  package var closesConnection = false

  package init(status: HTTPStatus, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A JSON body, already written.
  package static func json(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
    HTTPResponse(
      status: status, headers: HTTPHeaders([("Content-Type", "application/json; charset=utf-8")]),
      body: Data(text.utf8))
  }

  package static func json(_ value: JSONValue, status: HTTPStatus = .ok) -> HTTPResponse {
    json(JSONWriter.pretty(value) + "\n", status: status)
  }

  /// `{"error": {"status": 413, "message": "…"}}`: the shape of every refusal, with a Swedish message.
  package static func error(_ status: HTTPStatus, _ message: String) -> HTTPResponse {
    json(.object(["error": .object(["status": .int(status.rawValue), "message": .string(message)])]), status: status)
  }

  /// The bytes on the wire: status line, fields, blank line, body (no body for 1xx and 204, nor for HEAD).
  package func serialized(keepAlive: Bool, date: String, headRequest: Bool = false) -> [UInt8] {
    var head = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
    for field in headers { head += "\(field.name): \(field.value)\r\n" }
    let informational = status.rawValue < 200
    if !informational {
      head += "Date: \(date)\r\n"
      if status != .noContent { head += "Content-Length: \(body.count)\r\n" }
      head += keepAlive ? "" : "Connection: close\r\n"
    }
    head += "\r\n"
    var bytes = Array(head.utf8)
    if !informational && !headRequest { bytes += body }
    return bytes
  }
}

extension HTTPResponse {
  /// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) for the `Date` field.
  package static func httpDate(_ date: Date = Date()) -> String {
    var time = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&time, &parts)
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
  }
}
