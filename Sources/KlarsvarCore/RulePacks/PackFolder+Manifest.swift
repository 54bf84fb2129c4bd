import KlarsvarJSON

extension PackFolder {
  /// The pack's `pack.json` alone, without compiling its rules (what `klarsvar --version` lists).
  public func manifest() throws -> PackManifest {
    let path = displayPath + "/pack.json"
    guard let file = files.first(where: { $0.name == "pack.json" }) else {
      throw PackLoadError(file: displayPath, message: "pack.json saknas")
    }
    do {
      return try PackManifest(reading: try RuleSetLoader.parseJSON(file.contents, file: path))
    } catch {
      throw RuleSetLoader.packError(error, file: path, ruleID: nil)
    }
  }
}
