import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An operating-system error in Swedish, for every message about a file that a user sees: the
/// C library's and Foundation's own texts are English ("Permission denied", "The operation could not
/// be completed"), and some of Foundation's name only a domain and a number.
package struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The `errno` value.
  package var code: Int32

  package init(code: Int32) { self.code = code }

  /// The error `errno` holds now.
  package static var current: SystemError { SystemError(code: errno) }

  package var description: String {
    switch code {
    case EACCES, EPERM: "åtkomst nekad (behörighet saknas)"
    case ENOENT: "filen eller mappen finns inte"
    case ENOTDIR: "en del av sökvägen är ingen mapp"
    case EISDIR: "är en mapp, inte en fil"
    case ELOOP: "för många nivåer av symboliska länkar (en länk som pekar på sig själv?)"
    case ENAMETOOLONG: "sökvägen är för lång"
    case ENOSPC: "disken är full"
    case EDQUOT: "diskkvoten är slut"
    case EROFS: "filsystemet är skrivskyddat"
    case EPIPE: "mottagaren har stängt röret (pipe)"
    case EIO: "in- eller utmatningsfel på enheten"
    case EMFILE, ENFILE: "för många öppna filer"
    case ENOMEM: "minnet räcker inte"
    case EXDEV: "ligger på ett annat filsystem"
    case EBUSY: "filen eller enheten är upptagen"
    case ETXTBSY: "filen används av ett körande program"
    case EFBIG: "filen är för stor"
    case EAGAIN: "resursen är tillfälligt otillgänglig"
    case EINVAL: "ogiltig åtgärd för den här sortens fil"
    default: "systemfel \(code)"
    }
  }

  /// A Foundation or POSIX error as a `SystemError` when it carries an `errno` (directly or as its
  /// underlying error); nil for errors that do not.
  package static func from(_ error: any Error) -> SystemError? {
    if let system = error as? SystemError { return system }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return SystemError(code: Int32(nsError.code)) }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return SystemError(code: Int32(underlying.code))
    }
    if nsError.domain == NSCocoaErrorDomain {
      switch nsError.code {
      case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return SystemError(code: ENOENT)
      case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return SystemError(code: EACCES)
      case NSFileWriteOutOfSpaceError: return SystemError(code: ENOSPC)
      case NSFileWriteVolumeReadOnlyError: return SystemError(code: EROFS)
      default: return nil
      }
    }
    return nil
  }

  /// A Foundation error as a Swedish sentence: its `errno` in words when it carries one, else its
  /// domain and code (never Foundation's English "The operation could not be completed").
  package static func message(for error: any Error) -> String {
    if let system = from(error) { return system.description }
    let nsError = error as NSError
    return "oväntat fel vid filåtkomst (\(nsError.domain) \(nsError.code))"
  }
}
