/// `workspace/didChangeWatchedFiles`: rule packs or `.klarsvar.json` changed on disk.
struct DidChangeWatchedFilesNotification: LSPNotification {
  static let method = "workspace/didChangeWatchedFiles"
  var changes: [FileEvent]
}
