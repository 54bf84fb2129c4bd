import Foundation
import KlarsvarJSON

/// A decoded JSON-RPC message body, classified by its members but with `params` left in the raw body.
enum IncomingMessage {
  case request(id: RequestID, method: String, body: Data)
  case notification(method: String, body: Data)
  case response(id: RequestID, result: Result<JSONValue, ResponseError>)
  /// Not usable; `id` is set when one could be read, so the error can be answered.
  case invalid(id: RequestID?, error: ResponseError)

  private struct Envelope: Decodable {
    var id: RequestID?
    var method: String?
    var result: JSONValue?
    var error: ResponseError?
  }

  init(body: Data) {
    let envelope: Envelope
    do {
      envelope = try JSONDecoder().decode(Envelope.self, from: body)
    } catch {
      // Valid JSON that is no message keeps its id; for a body that is not JSON, the id is searched for.
      guard let value = try? JSONParser.parse(body) else {
        self = .invalid(
          id: RequestSalvage.requestID(in: body), error: ResponseError(.parseError, "the body is not valid JSON"))
        return
      }
      let id: RequestID? =
        switch value["id"] {
        case .int(let number)?: .number(number)
        case .string(let string)?: .string(string)
        default: nil
        }
      self = .invalid(id: id, error: ResponseError(.invalidRequest, "not a JSON-RPC message: \(error)"))
      return
    }
    switch (envelope.id, envelope.method) {
    case (let id?, let method?):
      self = .request(id: id, method: method, body: body)
    case (nil, let method?):
      self = .notification(method: method, body: body)
    case (let id?, nil):
      if let error = envelope.error {
        self = .response(id: id, result: .failure(error))
      } else {
        self = .response(id: id, result: .success(envelope.result ?? .null))
      }
    case (nil, nil):
      self = .invalid(id: nil, error: ResponseError(.invalidRequest, "message has neither method nor id"))
    }
  }
}

/// Wraps a message's `params` for typed decoding.
struct ParamsEnvelope<Params: Decodable>: Decodable {
  var params: Params

  private enum CodingKeys: String, CodingKey { case params }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    if let params = try container.decodeIfPresent(Params.self, forKey: .params) {
      self.params = params
    } else {
      // Absent or null params: decode the type from an empty object (works for all-optional messages).
      self.params = try JSONDecoder().decode(Params.self, from: Data("{}".utf8))
    }
  }
}
