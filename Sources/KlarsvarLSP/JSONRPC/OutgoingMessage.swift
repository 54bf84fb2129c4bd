import Foundation
import KlarsvarJSON

/// Encodes the messages the server sends.
enum OutgoingMessage {
  private struct Response<Result: Encodable>: Encodable {
    var id: RequestID?
    var result: Result?
    var error: ResponseError?

    private enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("2.0", forKey: .jsonrpc)
      try container.encode(id, forKey: .id)  // null when the id could not be read
      if let error {
        try container.encode(error, forKey: .error)
      } else {
        try container.encode(result, forKey: .result)  // `null` results must be present
      }
    }
  }

  private struct Message<Params: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID?
    var method: String
    var params: Params
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return encoder
  }()

  static func response<Result: Encodable>(id: RequestID?, result: Result) throws -> Data {
    if let writable = result as? any JSONWritable, let id {
      var writer = JSONWriter()
      writer.object { writer in
        writer.field("jsonrpc", "2.0")
        writer.key("id")
        switch id {
        case .number(let number): writer.value(number)
        case .string(let string): writer.value(string)
        }
        writer.key("result")
        writable.write(to: &writer)
      }
      return writer.data
    }
    return try encoder.encode(Response<Result>(id: id, result: result, error: nil))
  }

  static func error(id: RequestID?, _ error: ResponseError) -> Data {
    (try? encoder.encode(Response<JSONValue>(id: id, result: nil, error: error))) ?? Data()
  }

  static func notification<Params: Encodable>(method: String, params: Params) throws -> Data {
    if let writable = params as? any JSONWritable {
      var writer = JSONWriter(capacity: 64 * 1024)
      writer.object { writer in
        writer.field("jsonrpc", "2.0")
        writer.field("method", method)
        writer.key("params")
        writable.write(to: &writer)
      }
      return writer.data
    }
    return try encoder.encode(Message(id: nil, method: method, params: params))
  }

  static func request<Params: Encodable>(id: RequestID, method: String, params: Params) throws -> Data {
    try encoder.encode(Message(id: id, method: method, params: params))
  }
}
