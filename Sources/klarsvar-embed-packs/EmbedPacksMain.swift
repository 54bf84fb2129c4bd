import Foundation

/// Build tool behind the EmbedPacks plugin: writes a Swift file holding every pack file of `rules/`,
/// so the built-in packs ship inside the binary and `rules/` stays their only copy in git.
///
/// Usage: `klarsvar-embed-packs RULES_DIRECTORY OUTPUT_FILE`. A pack is a folder with a `pack.json`;
/// its `.json` files are embedded in name order, folders and files sorted so the output is stable.
@main
struct EmbedPacksMain {
  static func main() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
      FileHandle.standardError.write(Data("Användning: klarsvar-embed-packs REGELMAPP UTFIL\n".utf8))
      exit(2)
    }
    let rules = URL(fileURLWithPath: arguments[1])
    let output = URL(fileURLWithPath: arguments[2])
    let source = try EmbeddedPacksSource(files: PackFiles.read(rules))
    try Data(source.text.utf8).write(to: output, options: .atomic)
  }
}
