/// The built-in packs: `EmbeddedPacks.files` is generated from the repository's `rules/` at build
/// time by the EmbedPacks plugin (`Sources/EmbedPacksPlugin`), so no copy of a pack is committed.
package enum BuiltinPacks {
  /// Pack folder name, file name and contents of every embedded file, sorted by pack and file name.
  package static var files: [(pack: String, name: String, contents: String)] { EmbeddedPacks.files }
}
