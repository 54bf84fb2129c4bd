import Foundation

/// Reads packs, reports every problem precisely, and compiles the rules that are sound.
///
/// A broken file or rule is reported and left out; the rest of that pack and all other packs still load.
public enum RuleSetLoader {
  public struct Result: Sendable {
    public var ruleSet: RuleSet
    public var errors: [PackLoadError]
  }

  private struct RawRule {
    var value: Any
    var file: String
    var path: String
    var packID: String
  }

  private struct RawLexicon {
    var name: String
    var value: Any
    var file: String
    var path: String
  }

  /// Everything read from the packs' files before compilation.
  private struct Collected {
    var errors: [PackLoadError] = []
    var manifests: [PackManifest] = []
    var rules: [RawRule] = []
    var lexicons: [RawLexicon] = []
    var contacts: [String: Contact] = [:]
  }

  public static func load(_ folders: [PackFolder], extraPhrases: [String] = []) -> Result {
    var collected = Collected()
    for folder in folders { read(folder, into: &collected) }
    let lexicons = compileLexicons(&collected)
    var automaton = PhraseAutomaton()
    let rules = compileRules(&collected, lexicons: lexicons, automaton: &automaton)
    // Benchmarks load synthetic phrases to show the automaton scales; they never produce findings.
    for (index, phrase) in extraPhrases.enumerated() {
      for expansion in (try? PhraseParser.parse(phrase)) ?? [] {
        automaton.insert(expansion, output: PhraseOutput(owner: -1, role: .phrase, item: Int32(index), subitem: 0, choice: 0))
      }
    }
    automaton.finalize()
    let ruleSet = RuleSet(packs: collected.manifests, rules: rules, automaton: automaton, contacts: collected.contacts)
    return Result(ruleSet: ruleSet, errors: collected.errors)
  }

  private static func read(_ folder: PackFolder, into collected: inout Collected) {
    guard let manifestFile = folder.files.first(where: { $0.name == "pack.json" }) else {
      collected.errors.append(PackLoadError(file: folder.displayPath, message: "pack.json saknas"))
      return
    }
    let manifestPath = folder.displayPath + "/pack.json"
    let manifest: PackManifest
    do {
      manifest = try PackManifest(reading: try parseJSON(manifestFile.contents, file: manifestPath))
    } catch {
      collected.errors.append(packError(error, file: manifestPath, ruleID: nil))
      return
    }
    if collected.manifests.contains(where: { $0.id == manifest.id }) {
      collected.errors.append(
        PackLoadError(file: manifestPath, jsonPath: "/id", message: "paketet \"\(manifest.id)\" är redan laddat"))
      return
    }
    collected.manifests.append(manifest)
    for file in folder.files where file.name != "pack.json" {
      let filePath = folder.displayPath + "/" + file.name
      do {
        try readDataFile(file.contents, path: filePath, packID: manifest.id, into: &collected)
      } catch {
        collected.errors.append(packError(error, file: filePath, ruleID: nil))
      }
    }
  }

  private static func readDataFile(_ data: Data, path filePath: String, packID: String, into collected: inout Collected)
    throws
  {
    let root = try JSONObjectReader(try parseJSON(data, file: filePath), path: "")
    let keys = root.object.keys.sorted()
    let allowed = ["contacts", "lexicon", "rules"]
    guard keys.count == 1, allowed.contains(keys[0]) else {
      throw JSONObjectReader.Failure(
        path: "",
        message: "filen ska ha exakt en av nycklarna \"rules\", \"lexicon\" eller \"contacts\" (har: \(keys.joined(separator: ", ")))")
    }
    let key = keys[0]
    if key == "rules" {
      guard let list = root.object[key] as? [Any] else {
        throw JSONObjectReader.Failure(path: "/rules", message: "ska vara en lista")
      }
      for (index, value) in list.enumerated() {
        collected.rules.append(RawRule(value: value, file: filePath, path: "/rules/\(index)", packID: packID))
      }
    } else if key == "lexicon" {
      guard let table = root.object[key] as? [String: Any] else {
        throw JSONObjectReader.Failure(path: "/lexicon", message: "ska vara ett objekt")
      }
      for name in table.keys.sorted() {
        collected.lexicons.append(RawLexicon(name: name, value: table[name]!, file: filePath, path: "/lexicon/\(name)"))
      }
    } else {
      guard let list = root.object[key] as? [Any] else {
        throw JSONObjectReader.Failure(path: "/contacts", message: "ska vara en lista")
      }
      for (index, value) in list.enumerated() {
        do {
          let contact = try Contact(reading: value, path: "/contacts/\(index)")
          if collected.contacts[contact.id] != nil {
            throw JSONObjectReader.Failure(path: "/contacts/\(index)/id", message: "kontakten \"\(contact.id)\" finns redan")
          }
          collected.contacts[contact.id] = contact
        } catch {
          collected.errors.append(packError(error, file: filePath, ruleID: nil))
        }
      }
    }
  }

  private static func compileLexicons(_ collected: inout Collected) -> [String: [PhraseEntry]] {
    var lexicons: [String: [PhraseEntry]] = [:]
    let reader = RuleBuilder(ruleIndex: -1, lexicons: [:], contacts: collected.contacts)
    for lexicon in collected.lexicons {
      do {
        guard lexicons[lexicon.name] == nil else {
          throw JSONObjectReader.Failure(path: lexicon.path, message: "lexikonet \"\(lexicon.name)\" finns redan")
        }
        guard let list = lexicon.value as? [Any] else {
          throw JSONObjectReader.Failure(path: lexicon.path, message: "ska vara en lista med fraser")
        }
        let entries = try reader.phraseEntries(list, path: lexicon.path)
        for (index, entry) in entries.enumerated() {
          try validatePhrase(entry.text, path: "\(lexicon.path)/\(index)")
        }
        lexicons[lexicon.name] = entries
      } catch {
        collected.errors.append(packError(error, file: lexicon.file, ruleID: nil))
      }
    }
    return lexicons
  }

  private static func compileRules(
    _ collected: inout Collected, lexicons: [String: [PhraseEntry]], automaton: inout PhraseAutomaton
  ) -> [CompiledRule] {
    var compiled: [CompiledRule] = []
    var seenIDs: [String: String] = [:]
    var parseCache = PhraseParser.Cache()
    for raw in collected.rules {
      let ruleID = (raw.value as? [String: Any])?["id"] as? String
      do {
        var builder = RuleBuilder(ruleIndex: Int32(compiled.count), lexicons: lexicons, contacts: collected.contacts)
        builder.parseCache = parseCache
        defer { parseCache = builder.parseCache }
        let rule = try compileRule(raw, builder: &builder, seenIDs: seenIDs)
        seenIDs[rule.metadata.id] = raw.file
        for (phrase, output) in builder.pending { automaton.insert(phrase, output: output) }
        compiled.append(rule)
      } catch {
        collected.errors.append(packError(error, file: raw.file, ruleID: ruleID))
      }
    }
    return compiled
  }

  private static func compileRule(_ raw: RawRule, builder: inout RuleBuilder, seenIDs: [String: String]) throws
    -> CompiledRule
  {
    var reader = try JSONObjectReader(raw.value, path: raw.path)
    let metadata = try RuleMetadata(reading: &reader, packID: raw.packID, file: raw.file)
    if let earlier = seenIDs[metadata.id] {
      throw JSONObjectReader.Failure(path: raw.path + "/id", message: "regel-id \"\(metadata.id)\" finns redan i \(earlier)")
    }
    guard let type = RuleTypes.byName[metadata.type] else {
      let known = RuleTypes.all.map { $0.typeName }.joined(separator: ", ")
      throw JSONObjectReader.Failure(path: raw.path + "/type", message: "okänd regeltyp \"\(metadata.type)\" (kända: \(known))")
    }
    let rule = try makeRule(type, reader: &reader, builder: &builder)
    try reader.finish()
    return CompiledRule(metadata: metadata, type: rule)
  }

  private static func makeRule(_ type: any RuleType.Type, reader: inout JSONObjectReader, builder: inout RuleBuilder)
    throws -> any RuleType
  {
    try type.init(reading: &reader, builder: &builder)
  }

  private static func validatePhrase(_ text: String, path: String) throws {
    do {
      _ = try PhraseParser.parse(text)
    } catch {
      throw JSONObjectReader.Failure(path: path, message: "\(error)")
    }
  }

  /// Parses JSON, turning Foundation's "around character N" into a line and column.
  static func parseJSON(_ data: Data, file: String) throws -> Any {
    do {
      return try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
      var line: Int?
      var column: Int?
      if let range = description.range(of: "character "),
        let offset = Int(description[range.upperBound...].prefix(while: { $0.isNumber }))
      {
        let text = SourceText(String(decoding: data, as: UTF8.self))
        let position = text.position(ofUTF8: min(offset, text.utf8Count), in: .utf32)
        line = position.line + 1
        column = position.column + 1
      }
      let reason = description.replacingOccurrences(of: #" around line \d+, column \d+\."#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #" around character \d+\."#, with: "", options: .regularExpression)
      throw PackLoadError(file: file, line: line, column: column, message: "ogiltig JSON: \(reason)")
    }
  }

  private static func packError(_ error: Error, file: String, ruleID: String?) -> PackLoadError {
    if let error = error as? PackLoadError { return error }
    if let failure = error as? JSONObjectReader.Failure {
      return PackLoadError(file: file, ruleID: ruleID, jsonPath: failure.path, message: failure.message)
    }
    return PackLoadError(file: file, ruleID: ruleID, message: "\(error)")
  }
}
