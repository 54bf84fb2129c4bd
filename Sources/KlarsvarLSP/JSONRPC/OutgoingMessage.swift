import Foundation
import KlarsvarJSON

/// Encodes the messages the server sends, with the one `JSONWriter`: the envelope's members in a
/// fixed order, params and results that write themselves (diagnostics) directly, others through
/// their `Encodable` conformance.
enum OutgoingMessage {
  static func response<Result: Encodable>(id: RequestID?, result: Result) throws -> Data {
    let encoded = result is any JSONWritable ? nil : try JSONValue(encoding: result)
    return message { writer in
      writer.field("jsonrpc", "2.0")
      write(id, to: &writer)
      // `null` results must be present.
      writer.key("result")
      if let writable = result as? any JSONWritable { writable.write(to: &writer) } else { writer.value(encoded!) }
    }
  }

  static func error(id: RequestID?, _ error: ResponseError) -> Data {
    let encoded = (try? JSONValue(encoding: error)) ?? .null
    return message { writer in
      writer.field("jsonrpc", "2.0")
      write(id, to: &writer)
      writer.key("error")
      writer.value(encoded)
    }
  }

  static func notification<Params: Encodable>(method: String, params: Params) throws -> Data {
    try message(id: nil, method: method, params: params, capacity: 64 * 1024)
  }

  static func request<Params: Encodable>(id: RequestID, method: String, params: Params) throws -> Data {
    try message(id: id, method: method, params: params, capacity: 4096)
  }

  private static func message<Params: Encodable>(id: RequestID?, method: String, params: Params, capacity: Int)
    throws -> Data
  {
    let encoded = params is any JSONWritable ? nil : try JSONValue(encoding: params)
    return message(capacity: capacity) { writer in
      writer.field("jsonrpc", "2.0")
      if let id { write(id, to: &writer) }
      writer.field("method", method)
      writer.key("params")
      if let writable = params as? any JSONWritable { writable.write(to: &writer) } else { writer.value(encoded!) }
    }
  }

  private static func message(capacity: Int = 4096, _ body: (inout JSONWriter) -> Void) -> Data {
    var writer = JSONWriter(capacity: capacity)
    writer.object(body)
    return writer.data
  }

  /// The id, `null` when it could not be read.
  private static func write(_ id: RequestID?, to writer: inout JSONWriter) {
    writer.key("id")
    switch id {
    case .number(let number): writer.value(number)
    case .string(let string): writer.value(string)
    case nil: writer.null()
    }
  }
}
