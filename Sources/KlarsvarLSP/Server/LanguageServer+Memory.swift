#if canImport(Glibc)
  import Glibc
#endif

/// Giving the memory of a big document's old lint back to the system.
///
/// Lints run on the cooperative pool, each on whichever thread is free, and glibc gives every thread its
/// own heap: what one lint of a 10 MB document freed on one thread was not reused by the next on
/// another, so the server's memory grew by a whole lint per edit (1.1 GB after a few edits, issue 15).
extension LanguageServer {
  /// Documents from this size on have their freed memory returned after each lint and edit; below it
  /// the memory is small and the trim (a walk over every heap) not worth it.
  static let trimThreshold = 1_000_000

  /// Returns freed heap pages to the system when `bytes` (the document's size) is at least the threshold.
  func releaseFreedMemory(afterDocumentOf bytes: Int) {
    guard bytes >= Self.trimThreshold else { return }
    _ = Self.mallocTrim?(0)
  }

  /// glibc's `malloc_trim`, looked up at run time: `<malloc.h>` is not part of Swift's Glibc module.
  private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    #else
      return nil
    #endif
  }()
}
