import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns SIGINT (Ctrl+C) and SIGTERM into a clean stop: the handler runs on a queue, not inside the
/// signal, so it may lock and write.
package final class StopSignals: @unchecked Sendable {
  // Unchecked: the sources are created in init and only cancelled afterwards.
  private let sources: [any DispatchSourceSignal]

  /// Starts watching; `onStop` is called once per signal received, with the signal's name.
  package init(onStop: @escaping @Sendable (String) -> Void) {
    let queue = DispatchQueue(label: "klarsvar.serve.signals")
    sources = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")].map { number, name in
      // The default action would end the process before the server closes its sockets.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { onStop(name) }
      source.resume()
      return source
    }
  }

  /// Stops watching and restores the default actions.
  package func cancel() {
    for source in sources { source.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }
}
