import KlarsvarCore

/// What `klarsvar --version` prints: the program's version on the first line (what scripts read),
/// then each built-in rule pack with its own version, since a pack can change without the program.
public enum VersionText {
  public static func render(packs: [PackFolder] = PackFolder.builtIn) -> String {
    var lines = ["klarsvar \(KlarsvarVersion.current)", "Inbyggda regelpaket:"]
    for pack in packs {
      do {
        let manifest = try pack.manifest()
        lines.append("  \(manifest.id) \(manifest.version) – \(manifest.name)")
      } catch {
        lines.append("  \(pack.displayPath): kan inte läsas (\(error))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
