/// A small command-line parser: `--name value`, `--name=value`, repeatable options, flags,
/// positionals, `-` as a positional and `--` to end options.
package struct Arguments {
  package struct UsageError: Error, CustomStringConvertible {
    package var description: String
  }

  var positionals: [String] = []
  private var values: [String: [String]] = [:]
  private var flags: Set<String> = []

  package init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>) throws {
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inline: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      if valued.contains(name) {
        if let inline {
          values[name, default: []].append(inline)
        } else {
          guard index < arguments.count else { throw UsageError(description: "\(name) behöver ett värde") }
          values[name, default: []].append(arguments[index])
          index += 1
        }
      } else if allowedFlags.contains(name) && inline == nil {
        flags.insert(name)
      } else {
        throw UsageError(description: "okänd flagga \(argument)")
      }
    }
  }

  package func value(_ name: String) -> String? { values[name]?.last }
  package func all(_ name: String) -> [String] { values[name] ?? [] }

  /// The value of `--name N` as a number; `fallback` when the option is absent or not a number.
  package func number<Number: LosslessStringConvertible>(_ name: String, default fallback: Number) -> Number {
    value(name).flatMap(Number.init) ?? fallback
  }
  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// A value from a fixed set, with the valid ones in the error.
  func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T?
  where T.RawValue == String {
    guard let text = value(name) else { return nil }
    guard let parsed = T(rawValue: text) else {
      let valid = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw UsageError(description: "\(name): \"\(text)\" är inget giltigt värde (\(valid))")
    }
    return parsed
  }
}
