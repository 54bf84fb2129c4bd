import Foundation
import KlarsvarJSON
import KlarsvarText

/// `initialize`'s `initializationOptions`, split into what concerns the connection and the editor's
/// settings (the keys of `.klarsvar.json`, flat or under `klarsvar`).
///
/// The connection member is `positionEncoding` (`"utf-8"`, `"utf-16"` or `"utf-32"`): clients that cannot
/// offer `general.positionEncodings` but count columns in another unit say so here (Vim's ALE counts
/// bytes). It sits next to the settings, never inside them, so the settings stay valid `.klarsvar.json`
/// keys for `workspace/configuration`.
struct InitializationOptions: Sendable {
  static let positionEncodingKey = "positionEncoding"

  /// The encoding the client asked for; nil when it asked for none or named none klarsvar knows.
  var positionEncoding: PositionEncoding?
  /// A `positionEncoding` that names no encoding, as the client wrote it (to tell the user).
  var unknownPositionEncoding: String?
  /// The options without `positionEncoding`: the editor's settings.
  var settings: JSONValue?

  init(_ value: JSONValue?) {
    guard var object = value?.objectValue, let requested = object.removeValue(forKey: Self.positionEncodingKey)
    else {
      settings = value
      return
    }
    settings = .object(object)
    switch requested {
    case .null: break
    case .string(let name):
      positionEncoding = PositionEncoding(rawValue: name)
      if positionEncoding == nil { unknownPositionEncoding = "\"\(name)\"" }
    default:
      unknownPositionEncoding = String(decoding: JSONWriter.compact(requested), as: UTF8.self)
    }
  }
}
