import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The server's loop: `poll` over the listener, the wake pipe and every connection; the only code
/// that touches connection state.
struct EventLoop {
  let server: HTTPServer
  private var connections: [Int: Connection] = [:]
  private var nextID = 0
  private var inFlight = 0
  private var scratch = [UInt8](repeating: 0, count: 64 * 1024)
  private var stopDeadline: UInt64?
  private var dateCache = (second: -1, text: "")

  init(server: HTTPServer) {
    self.server = server
  }

  private var configuration: HTTPServer.Configuration { server.configuration }

  mutating func run() {
    while true {
      let now = Clock.now
      if server.isStopRequested && stopDeadline == nil { beginStopping(now) }
      if let deadline = stopDeadline,
        inFlight == 0 && !connections.values.contains(where: \.hasOutput) || now > deadline
      {
        for connection in connections.values { close(connection) }
        return
      }
      var descriptors = pollList()
      let ready = poll(&descriptors, nfds_t(descriptors.count), timeoutMilliseconds(now))
      if ready < 0 && errno != EINTR { return }
      // Checked again after waiting: answers delivered from now on already close their connections.
      if server.isStopRequested && stopDeadline == nil { beginStopping(Clock.now) }
      handle(descriptors)
      expireTimeouts(Clock.now)
    }
  }

  /// What to wait for: answers and new connections, and per connection reading or writing.
  private func pollList() -> [pollfd] {
    var list = [pollfd(fd: server.wakeReader, events: Int16(POLLIN), revents: 0)]
    if stopDeadline == nil { list.append(pollfd(fd: server.listener, events: Int16(POLLIN), revents: 0)) }
    for connection in connections.values {
      var events: Int16 = 0
      if connection.hasOutput { events |= Int16(POLLOUT) }
      if connection.phase == .reading && !connection.hasOutput { events |= Int16(POLLIN) }
      if case .draining = connection.phase { events |= Int16(POLLIN) }
      list.append(pollfd(fd: connection.descriptor, events: events, revents: 0))
    }
    return list
  }

  private mutating func handle(_ descriptors: [pollfd]) {
    for entry in descriptors where entry.revents != 0 {
      if entry.fd == server.wakeReader {
        drainWakePipe()
        deliverAnswers()
      } else if entry.fd == server.listener {
        acceptConnections()
      } else if let connection = connections.values.first(where: { $0.descriptor == entry.fd }) {
        service(connection, events: entry.revents)
      }
    }
  }

  /// Accepts every waiting connection; beyond the limit each gets a 503 and is closed.
  private mutating func acceptConnections() {
    while let descriptor = Socket.accept(server.listener) {
      let now = Clock.now
      nextID += 1
      let connection = Connection(id: nextID, descriptor: descriptor, limits: configuration.limits, now: now)
      let serving = connections.values.filter(\.isServing).count
      guard serving < configuration.maxConnections else {
        // A refused connection lingers like any closing one (so the 503 is read), up to as many
        // again; beyond that it is closed at once.
        guard connections.count < 2 * configuration.maxConnections else {
          Socket.close(descriptor)
          continue
        }
        connections[connection.id] = connection
        let refusal = HTTPResponse.error(.serviceUnavailable, "servern har för många anslutningar; försök igen")
        respond(connection, refusal, keepAlive: false, now: now)
        continue
      }
      connections[connection.id] = connection
    }
  }

  private mutating func service(_ connection: Connection, events: Int16) {
    if events & Int16(POLLERR | POLLHUP) != 0 && connection.phase != .reading {
      return close(connection)  // the client is gone; a handler's answer for it is dropped
    }
    if case .draining = connection.phase {
      if !connection.discard(&scratch) { close(connection) }
      return
    }
    if events & Int16(POLLOUT) != 0 || connection.hasOutput {
      guard connection.flush() else { return close(connection) }
      if !connection.hasOutput { outputWritten(connection) }
    }
    guard connections[connection.id] != nil, events & Int16(POLLIN | POLLHUP | POLLERR) != 0,
      connection.phase == .reading
    else { return }
    let open = connection.fill(&scratch)
    if connection.requestStarted == nil && connection.parser.isInsideRequest { connection.requestStarted = Clock.now }
    process(connection)
    if !open && connections[connection.id] != nil && connection.phase == .reading && !connection.hasOutput {
      close(connection)
    }
  }

  /// Turns what the parser has into answers or handler work, one request at a time.
  private mutating func process(_ connection: Connection) {
    while connection.phase == .reading && !connection.hasOutput, let event = connection.parser.next() {
      let now = Clock.now
      switch event {
      case .continueExpected:
        connection.enqueue(HTTPResponse(status: .continue).serialized(keepAlive: true, date: ""), now: now)
        guard connection.flush() else { return close(connection) }
      case .failure(let failure):
        respond(connection, HTTPResponse.error(failure.status, failure.message), keepAlive: false, now: now)
      case .request(let request):
        connection.requestStarted = nil
        connection.requestCompleted = now
        guard inFlight < configuration.maxConcurrentRequests else {
          var busy = HTTPResponse.error(.serviceUnavailable, "servern är upptagen; försök igen om en stund")
          busy.headers.set("Retry-After", "1")
          respond(connection, busy, keepAlive: request.keepAlive, now: now)
          continue
        }
        inFlight += 1
        connection.phase = .busy(headRequest: request.method == "HEAD", keepAlive: request.keepAlive)
        server.dispatch(request, connection: connection.id)
      }
    }
  }

  /// Hands finished answers to their connections (dropped when the connection is gone).
  private mutating func deliverAnswers() {
    for (id, response) in server.takeFinishedAnswers() {
      inFlight -= 1
      guard let connection = connections[id], case .busy(let head, let keepAlive) = connection.phase else { continue }
      connection.phase = .reading
      let stillOpen = keepAlive && !response.closesConnection && stopDeadline == nil
      respond(connection, response, keepAlive: stillOpen, now: Clock.now, headRequest: head)
    }
  }

  private mutating func respond(
    _ connection: Connection, _ response: HTTPResponse, keepAlive: Bool, now: UInt64, headRequest: Bool = false
  ) {
    connection.enqueue(
      serialize(response, keepAlive: keepAlive, now: now, since: connection, headRequest: headRequest), now: now)
    if !keepAlive { connection.phase = .closing }
    guard connection.flush() else { return close(connection) }
    if !connection.hasOutput { outputWritten(connection) }
  }

  /// An answer's bytes, with `Server-Timing: total` measured from the request's completion.
  private mutating func serialize(
    _ response: HTTPResponse, keepAlive: Bool, now: UInt64, since connection: Connection? = nil,
    headRequest: Bool = false
  ) -> [UInt8] {
    var response = response
    if let connection, connection.requestCompleted > 0 {
      let total = "total;dur=" + String(format: "%.3f", Clock.milliseconds(from: connection.requestCompleted, to: now))
      response.headers.set("Server-Timing", response.headers["Server-Timing"].map { $0 + ", " + total } ?? total)
    }
    return response.serialized(keepAlive: keepAlive, date: httpDate(), headRequest: headRequest)
  }

  /// After an answer is fully written: close, or read the next request (perhaps already buffered).
  private mutating func outputWritten(_ connection: Connection) {
    if connection.phase == .closing {
      Socket.shutdownWrite(connection.descriptor)
      connection.phase = .draining(until: Clock.now + Clock.seconds(Self.lingerSeconds))
      return
    }
    guard connection.phase == .reading else { return }
    connection.idleSince = Clock.now
    process(connection)
    if connection.requestStarted == nil && connection.parser.isInsideRequest { connection.requestStarted = Clock.now }
  }

  private mutating func close(_ connection: Connection) {
    Socket.close(connection.descriptor)
    connections[connection.id] = nil
  }

  /// How long a closing connection's remaining input is read and dropped.
  static let lingerSeconds = 2.0

  private mutating func beginStopping(_ now: UInt64) {
    stopDeadline = now + Clock.seconds(configuration.shutdownGrace)
    for connection in connections.values where connection.phase == .reading && !connection.hasOutput {
      close(connection)
    }
  }

  private func drainWakePipe() {
    var bytes = [UInt8](repeating: 0, count: 256)
    while read(server.wakeReader, &bytes, bytes.count) > 0 {}
  }

  /// The IMF date, formatted once per second.
  private mutating func httpDate() -> String {
    let second = Int(Date().timeIntervalSince1970)
    if second != dateCache.second { dateCache = (second, HTTPResponse.httpDate()) }
    return dateCache.text
  }
}

extension EventLoop {
  /// Closes idle connections, answers 408 to slow requests and drops clients that stopped reading.
  fileprivate mutating func expireTimeouts(_ now: UInt64) {
    for connection in connections.values {
      if let started = connection.writeStarted, connection.hasOutput {
        if now - started > Clock.seconds(configuration.writeTimeout) { close(connection) }
        continue
      }
      if case .draining(let until) = connection.phase, now > until { close(connection) }
      guard connection.phase == .reading else { continue }
      if let started = connection.requestStarted {
        let limit = connection.parser.isReadingBody ? configuration.requestTimeout : configuration.headerTimeout
        if now - started > Clock.seconds(limit) {
          let message = "förfrågan kom inte fram i tid (\(Int(limit)) s); anslutningen stängs"
          respond(connection, HTTPResponse.error(.requestTimeout, message), keepAlive: false, now: now)
        }
      } else if now - connection.idleSince > Clock.seconds(configuration.idleTimeout) {
        close(connection)
      }
    }
  }

  /// Until the nearest deadline, at most a second (the stop flag is also checked then).
  fileprivate func timeoutMilliseconds(_ now: UInt64) -> Int32 {
    var nearest = now + Clock.seconds(1)
    for connection in connections.values {
      if let started = connection.writeStarted {
        nearest = min(nearest, started + Clock.seconds(configuration.writeTimeout))
      } else if let started = connection.requestStarted {
        nearest = min(nearest, started + Clock.seconds(configuration.headerTimeout))
      } else if connection.phase == .reading {
        nearest = min(nearest, connection.idleSince + Clock.seconds(configuration.idleTimeout))
      } else if case .draining(let until) = connection.phase {
        nearest = min(nearest, until)
      }
    }
    return Int32(clamping: (nearest > now ? nearest - now : 0) / 1_000_000 + 1)
  }
}
