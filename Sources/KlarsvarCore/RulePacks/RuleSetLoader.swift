import Foundation
import KlarsvarJSON
import KlarsvarLanguage
import KlarsvarPhrases
import KlarsvarText

/// Reads packs, reports every problem precisely, and compiles the rules that are sound.
///
/// A broken file or rule is reported and left out; the rest of that pack and all other packs still load.
public enum RuleSetLoader {
  public struct Result: Sendable {
    public var ruleSet: RuleSet
    public var errors: [PackLoadError]
  }

  private struct RawRule: Sendable {
    var value: JSONValue
    var file: String
    var path: String
    var packID: String
  }

  private struct RawLexicon {
    var name: String
    var value: JSONValue
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
    /// Word forms, function words and expressions of every pack, in load order.
    var language = LanguageResources()
  }

  /// Loads the given packs plus every pack found under `paths` (a folder that is a pack, or holds packs);
  /// folders that cannot be read are reported like broken packs.
  public static func load(_ packs: [PackFolder], discoveringIn paths: [URL]) -> Result {
    var folders = packs
    var errors: [PackLoadError] = []
    for path in paths {
      do {
        folders += try PackFolder.discover(in: path)
      } catch let error as PackLoadError {
        errors.append(error)
      } catch {
        errors.append(PackLoadError(file: path.path, message: "\(error)"))
      }
    }
    var result = load(folders)
    result.errors = errors + result.errors
    return result
  }

  public static func load(_ folders: [PackFolder], extraPhrases: [String] = []) -> Result {
    var collected = Collected()
    let parsed = parseAll(folders)
    for (index, folder) in folders.enumerated() { read(folder, parsed: parsed[index], into: &collected) }
    let language = buildLanguage(&collected)
    let (lexicons, parseCache) = compileLexicons(&collected, language: language)
    var automaton = PhraseAutomaton()
    let rules = compileRules(
      &collected, lexicons: lexicons, parseCache: parseCache, language: language, automaton: &automaton)
    // Benchmarks load synthetic phrases to show the automaton scales; they never produce findings.
    var extraCache = PhraseParser.Cache()
    for (index, phrase) in extraPhrases.enumerated() {
      for expansion in (try? PhraseParser.parse(phrase, cache: &extraCache)) ?? [] {
        automaton.insert(
          expansion, output: PhraseOutput(owner: -1, role: PhraseRole(0), item: Int32(index), subitem: 0, choice: 0))
      }
    }
    automaton.finalize()
    let ruleSet = RuleSet(
      packs: collected.manifests, rules: rules, automaton: automaton, contacts: collected.contacts, language: language)
    return Result(ruleSet: ruleSet, errors: collected.errors)
  }

  /// A file's decoded JSON, or why it could not be decoded.
  private struct ParsedFile: Sendable {
    var name: String
    var result: Swift.Result<JSONValue, any Error>
  }

  /// Decodes every file of every pack on all cores.
  private static func parseAll(_ folders: [PackFolder]) -> [[String: ParsedFile]] {
    let jobs = folders.enumerated().flatMap { index, folder in folder.files.map { (index, folder.displayPath, $0) } }
    let results = ConcurrentMap.map(jobs.map { ($0.0, $0.1, $0.2.name, $0.2.contents) }) { job -> ParsedFile in
      let path = job.1 + "/" + job.2
      do {
        return ParsedFile(name: job.2, result: .success(try parseJSON(job.3, file: path)))
      } catch {
        return ParsedFile(name: job.2, result: .failure(error))
      }
    }
    var byFolder = [[String: ParsedFile]](repeating: [:], count: folders.count)
    for (job, result) in zip(jobs, results) { byFolder[job.0][result.name] = result }
    return byFolder
  }

  private static func read(_ folder: PackFolder, parsed: [String: ParsedFile], into collected: inout Collected) {
    guard let manifestFile = folder.files.first(where: { $0.name == "pack.json" }) else {
      collected.errors.append(PackLoadError(file: folder.displayPath, message: "pack.json saknas"))
      return
    }
    let manifestPath = folder.displayPath + "/pack.json"
    let manifest: PackManifest
    do {
      manifest = try PackManifest(reading: try parsed[manifestFile.name]!.result.get())
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
        try readDataFile(try parsed[file.name]!.result.get(), path: filePath, packID: manifest.id, into: &collected)
      } catch {
        collected.errors.append(packError(error, file: filePath, ruleID: nil))
      }
    }
  }

  private static func readDataFile(
    _ json: JSONValue, path filePath: String, packID: String, into collected: inout Collected
  )
    throws
  {
    let root = try JSONObjectReader(json, path: "")
    let keys = root.object.keys.sorted()
    let allowed = ["contacts", "lexicon", "rules"] + LanguageResources.keys.sorted()
    guard keys.count == 1, allowed.contains(keys[0]) else {
      let names = allowed.map { "\"\($0)\"" }
      throw JSONObjectReader.Failure(
        path: "",
        message:
          "filen ska ha exakt en av nycklarna \(names.dropLast().joined(separator: ", ")) eller \(names.last!) "
          + "(har: \(keys.joined(separator: ", ")))"
      )
    }
    let key = keys[0]
    if LanguageResources.keys.contains(key) {
      do {
        try collected.language.add(json)
      } catch {
        throw JSONObjectReader.Failure(path: error.path, message: error.message)
      }
    } else if key == "rules" {
      guard let list = root.object[key]?.arrayValue else {
        throw JSONObjectReader.Failure(path: "/rules", message: "ska vara en lista")
      }
      for (index, value) in list.enumerated() {
        collected.rules.append(RawRule(value: value, file: filePath, path: "/rules/\(index)", packID: packID))
      }
    } else if key == "lexicon" {
      guard let table = root.object[key]?.objectValue else {
        throw JSONObjectReader.Failure(path: "/lexicon", message: "ska vara ett objekt")
      }
      for name in table.keys.sorted() {
        collected.lexicons.append(RawLexicon(name: name, value: table[name]!, file: filePath, path: "/lexicon/\(name)"))
      }
    } else {
      guard let list = root.object[key]?.arrayValue else {
        throw JSONObjectReader.Failure(path: "/contacts", message: "ska vara en lista")
      }
      for (index, value) in list.enumerated() {
        do {
          let contact = try Contact(reading: value, path: "/contacts/\(index)")
          if collected.contacts[contact.id] != nil {
            throw JSONObjectReader.Failure(
              path: "/contacts/\(index)/id", message: "kontakten \"\(contact.id)\" finns redan")
          }
          collected.contacts[contact.id] = contact
        } catch {
          collected.errors.append(packError(error, file: filePath, ruleID: nil))
        }
      }
    }
  }

  /// The language layer from every pack's language data; when that data is broken the error is reported
  /// and the layer is built without it, so rules that need no word forms still work.
  private static func buildLanguage(_ collected: inout Collected) -> SwedishLanguage {
    do {
      return try SwedishLanguage(resources: collected.language)
    } catch {
      collected.errors.append(PackLoadError(file: "språkdata", jsonPath: error.path, message: error.message))
      return .empty
    }
  }

  /// The lexicons that compile, and the parse cache that validating them filled (rules splice the
  /// lexicons in, so their phrases need not be parsed again).
  private static func compileLexicons(_ collected: inout Collected, language: SwedishLanguage) -> (
    [String: [PhraseEntry]], PhraseParser.Cache
  ) {
    var lexicons: [String: [PhraseEntry]] = [:]
    let reader = RuleBuilder(ruleIndex: -1, lexicons: [:], contacts: collected.contacts)
    var cache = PhraseParser.Cache()
    for lexicon in collected.lexicons {
      do {
        guard lexicons[lexicon.name] == nil else {
          throw JSONObjectReader.Failure(path: lexicon.path, message: "lexikonet \"\(lexicon.name)\" finns redan")
        }
        guard let list = lexicon.value.arrayValue else {
          throw JSONObjectReader.Failure(path: lexicon.path, message: "ska vara en lista med fraser")
        }
        let entries = try reader.phraseEntries(list, path: lexicon.path)
        for (index, entry) in entries.enumerated() {
          try validatePhrase(entry.text, language: language, path: { "\(lexicon.path)/\(index)" }, cache: &cache)
        }
        lexicons[lexicon.name] = entries
      } catch {
        collected.errors.append(packError(error, file: lexicon.file, ruleID: nil))
      }
    }
    return (lexicons, cache)
  }

  /// What compiling one rule produced, before it is numbered and its phrases enter the automaton.
  private struct CompileOutcome: @unchecked Sendable {
    var rawIndex: Int
    var ruleID: String?
    var result: Swift.Result<(CompiledRule, [(ExpandedPhrase, PhraseOutput)]), any Error>
  }

  /// The rules one core compiles.
  private struct RawChunk: Sendable {
    var rules: [(index: Int, raw: RawRule)]
  }

  /// Rules compile on all cores (phrase parsing dominates loading); numbering, duplicate checks and
  /// the automaton follow in the packs' order, so the result does not depend on scheduling.
  private static func compileRules(
    _ collected: inout Collected, lexicons: [String: [PhraseEntry]], parseCache: PhraseParser.Cache,
    language: SwedishLanguage, automaton: inout PhraseAutomaton
  ) -> [CompiledRule] {
    let rules = collected.rules
    let contacts = collected.contacts
    let chunkCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, rules.count / 8))
    let chunks = (0..<chunkCount).map { chunk in
      RawChunk(rules: stride(from: chunk, to: rules.count, by: chunkCount).map { ($0, rules[$0]) })
    }
    let outcomes = ConcurrentMap.map(chunks) { chunk -> [CompileOutcome] in
      // One builder per chunk, so its parse cache is never copied (a copy would duplicate the tables).
      var builder = RuleBuilder(
        ruleIndex: -1, lexicons: lexicons, contacts: contacts, language: language, parseCache: parseCache)
      return chunk.rules.map { index, raw in
        let ruleID = raw.value["id"]?.stringValue
        builder.begin(ruleIndex: Int32(index))
        do {
          let rule = try compileRule(raw, builder: &builder, seenIDs: [:])
          return CompileOutcome(rawIndex: index, ruleID: ruleID, result: .success((rule, builder.pending)))
        } catch {
          return CompileOutcome(rawIndex: index, ruleID: ruleID, result: .failure(error))
        }
      }
    }.flatMap { $0 }.sorted { $0.rawIndex < $1.rawIndex }

    var compiled: [CompiledRule] = []
    var seenIDs: [String: String] = [:]
    for outcome in outcomes {
      let raw = rules[outcome.rawIndex]
      switch outcome.result {
      case .failure(let error):
        collected.errors.append(packError(error, file: raw.file, ruleID: outcome.ruleID))
      case .success(let (rule, pending)):
        if let earlier = seenIDs[rule.metadata.id] {
          collected.errors.append(
            PackLoadError(
              file: raw.file, ruleID: rule.metadata.id, jsonPath: raw.path + "/id",
              message: "regel-id \"\(rule.metadata.id)\" finns redan i \(earlier)"))
          continue
        }
        seenIDs[rule.metadata.id] = raw.file
        let owner = Int32(compiled.count)
        for (phrase, output) in pending {
          var renumbered = output
          renumbered.owner = owner
          automaton.insert(phrase, output: renumbered)
        }
        compiled.append(rule)
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
      throw JSONObjectReader.Failure(
        path: raw.path + "/id", message: "regel-id \"\(metadata.id)\" finns redan i \(earlier)")
    }
    guard let type = RuleTypes.byName[metadata.type] else {
      let known = RuleTypes.all.map { $0.typeName }.joined(separator: ", ")
      throw JSONObjectReader.Failure(
        path: raw.path + "/type", message: "okänd regeltyp \"\(metadata.type)\" (kända: \(known))")
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

  /// The path is only built for a bad phrase (building one per entry was a visible cost).
  private static func validatePhrase(
    _ text: String, language: SwedishLanguage, path: () -> String, cache: inout PhraseParser.Cache
  ) throws {
    do {
      _ = try PhraseParser.parse(LemmaExpansion.expand(text, language: language), cache: &cache)
    } catch {
      throw JSONObjectReader.Failure(path: path(), message: "\(error)")
    }
  }

  /// Parses a pack or configuration file; a syntax error names its line and column.
  static func parseJSON(_ data: Data, file: String) throws(PackLoadError) -> JSONValue {
    do {
      return try JSONParser.parse(data)
    } catch {
      throw PackLoadError(file: file, line: error.line, column: error.column, message: "ogiltig JSON: \(error.message)")
    }
  }

  static func packError(_ error: Error, file: String, ruleID: String?) -> PackLoadError {
    if let error = error as? PackLoadError { return error }
    if let failure = error as? JSONObjectReader.Failure {
      return PackLoadError(file: file, ruleID: ruleID, jsonPath: failure.path, message: failure.message)
    }
    return PackLoadError(file: file, ruleID: ruleID, message: "\(error)")
  }
}
