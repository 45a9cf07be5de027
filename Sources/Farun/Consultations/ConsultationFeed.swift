import Fluent
import FarunCore
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Fans consultation events out to the lawyers' live streams: in-process on this instance, and on PostgreSQL to
/// every other instance through NOTIFY on `farun_consultations`. An event carries only the consultation's id and
/// what happened; subscribers re-read what they need, so a lost notification only delays (the streams also
/// re-read on every heartbeat).
final class ConsultationFeed: Sendable {
    static let channel = "farun_consultations"

    enum Kind: String, Sendable, Codable, CaseIterable {
        case question
        case answered
        case followUp = "follow_up"
        /// The first-answer limit passed: the roster now offers the question to everyone on duty.
        case widened
        case closed
    }

    struct Event: Sendable, Hashable {
        let id: UUID
        let kind: Kind
    }

    /// What a workbench stream reacts to, numbered by the feed's generation at the time (see `WorkbenchReads`).
    enum Signal: Sendable, Hashable {
        case event(Event, generation: Int)
        /// The instance's one heartbeat for all its streams: questions widen with age without any event.
        case heartbeat(generation: Int)
    }

    /// A `signals()` subscription; `end()` unsubscribes (its stream finishes).
    struct Subscription: Sendable {
        let stream: AsyncStream<Signal>
        fileprivate let continuation: AsyncStream<Signal>.Continuation
        func end() { continuation.finish() }
    }

    /// This instance's mark on its notifications, so it does not deliver its own events twice.
    let origin = UUID().uuidString
    /// How often streams send a comment to keep proxies from closing them (and re-read the roster).
    let heartbeat: Duration
    /// The one read per event and heartbeat that this instance's streams share.
    let reads: WorkbenchReads
    private let state = NIOLockedValueBox(State())

    private enum Subscriber {
        case events(AsyncStream<Event>.Continuation)
        case signals(AsyncStream<Signal>.Continuation)
    }

    private struct State {
        var subscribers: [UUID: Subscriber] = [:]
        var listener: Task<Void, Never>?
        var beat: Task<Void, Never>?
        var listening = false
        var stopped = false
        /// Streams between `enter` and `leave`: they read the database, so shutdown waits for them.
        var sessions = 0
        /// Counts events, heartbeats and `advance()` calls on this instance.
        var generation = 0
    }

    init(heartbeat: Duration = .seconds(15), reads: WorkbenchReads = WorkbenchReads()) {
        self.heartbeat = heartbeat
        self.reads = reads
    }

    /// Whether other instances' events arrive now (PostgreSQL).
    var isListening: Bool { state.withLockedValue { $0.listening } }

    var subscriberCount: Int { state.withLockedValue { $0.subscribers.count } }

    /// The generation now: it grows with every event, heartbeat and `advance()`.
    var generation: Int { state.withLockedValue { $0.generation } }

    /// Starts a new generation without an event, for a read that must not reuse one begun earlier (a stream's
    /// first list: roster changes announce nothing). Returns it.
    func advance() -> Int {
        state.withLockedValue { state in
            state.generation += 1
            return state.generation
        }
    }

    /// A snapshot read after the feed reached `generation`, shared with this instance's other streams.
    func snapshot(after generation: Int, app: Application) async throws -> WorkbenchSnapshot {
        try await reads.snapshot(after: generation, feed: self, app: app)
    }

    /// A stream of every event from now on; it ends when the subscriber stops iterating or the feed stops.
    func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(512))
        guard let key = add(.events(continuation)) else { continuation.finish(); return stream }
        continuation.onTermination = { [weak self] _ in self?.remove(key) }
        return stream
    }

    /// Events and the shared heartbeat from now on, for a workbench stream; ends with `end()` or when the feed stops.
    func signals() -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: Signal.self, bufferingPolicy: .bufferingNewest(512))
        if let key = add(.signals(continuation)) {
            continuation.onTermination = { [weak self] _ in self?.remove(key) }
            startHeartbeat()
        } else {
            continuation.finish()
        }
        return Subscription(stream: stream, continuation: continuation)
    }

    private func add(_ subscriber: Subscriber) -> UUID? {
        let key = UUID()
        return state.withLockedValue { state in
            guard !state.stopped else { return nil }
            state.subscribers[key] = subscriber
            return key
        }
    }

    private func remove(_ key: UUID) {
        _ = state.withLockedValue { $0.subscribers.removeValue(forKey: key) }
    }

    /// One timer per instance, so every stream's heartbeat read is the same shared read.
    private func startHeartbeat() {
        let period = heartbeat
        state.withLockedValue { state in
            guard state.beat == nil, !state.stopped else { return }
            state.beat = Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: period)
                    guard !Task.isCancelled, let self else { return }
                    self.beat()
                }
            }
        }
    }

    private func beat() {
        let (generation, subscribers) = state.withLockedValue { state in
            state.generation += 1
            return (state.generation, Array(state.subscribers.values))
        }
        for case .signals(let continuation) in subscribers { continuation.yield(.heartbeat(generation: generation)) }
    }

    /// A stream starts; false once the feed has stopped (the application is shutting down).
    func enter() -> Bool {
        state.withLockedValue { state in
            guard !state.stopped else { return false }
            state.sessions += 1
            return true
        }
    }

    func leave() {
        state.withLockedValue { $0.sessions -= 1 }
    }

    /// Delivers to this instance's subscribers only.
    func publish(_ event: Event) {
        let (generation, subscribers) = state.withLockedValue { state in
            state.generation += 1
            return (state.generation, Array(state.subscribers.values))
        }
        for subscriber in subscribers {
            switch subscriber {
            case .events(let continuation): continuation.yield(event)
            case .signals(let continuation): continuation.yield(.event(event, generation: generation))
            }
        }
    }

    /// After the commit of a change: delivers here at once and, on PostgreSQL, notifies the other instances.
    /// Never fails the change it follows. Without a feed (a context built without one) the notification still
    /// goes out and this instance's own listener delivers it.
    static func announce(_ event: Event, feed: ConsultationFeed?, on db: any Database) async {
        feed?.publish(event)
        guard db.isPostgres else { return }
        do {
            let payload = "\(feed?.origin ?? "-") \(event.id.uuidString) \(event.kind.rawValue)"
            try await db.sql.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
        } catch {
            db.logger.warning("consultation notify failed", metadata: ["consultation": .string(event.id.uuidString),
                                                                        "error": .string(String(reflecting: error))])
        }
    }

    /// `origin id kind`; nil for anything else (the payload comes from the database, not trusted blindly).
    static func parse(_ payload: String) -> (origin: String, event: Event)? {
        let parts = payload.split(separator: " ")
        guard parts.count == 3, let id = UUID(uuidString: String(parts[1])), let kind = Kind(rawValue: String(parts[2])) else { return nil }
        return (String(parts[0]), Event(id: id, kind: kind))
    }

    /// Starts listening for other instances' events (PostgreSQL only; once).
    func start(_ app: Application) {
        guard case .postgres(let url) = app.settings.database else { return }
        state.withLockedValue { state in
            guard state.listener == nil, !state.stopped else { return }
            state.listener = Task {
                await PostgresListener.listen(channel: Self.channel, url: url, app: app, name: "consultation feed", listening: { on in
                    self.state.withLockedValue { $0.listening = on }
                }, received: { payload in
                    guard let (origin, event) = Self.parse(payload), origin != self.origin else { return }
                    self.publish(event)
                })
            }
        }
    }

    /// Ends every subscription (their streams close) and the listener.
    func stop() async {
        let (listener, beat, subscribers) = state.withLockedValue { state in
            state.stopped = true
            defer { state.listener = nil; state.beat = nil; state.subscribers = [:] }
            return (state.listener, state.beat, Array(state.subscribers.values))
        }
        for subscriber in subscribers {
            switch subscriber {
            case .events(let continuation): continuation.finish()
            case .signals(let continuation): continuation.finish()
            }
        }
        beat?.cancel()
        listener?.cancel()
        await listener?.value
        // Streams finish their current read and end; the databases must outlive them (a stream stuck writing to a
        // slow client is not waited for beyond the limit).
        let deadline = ContinuousClock.now + .seconds(5)
        while state.withLockedValue({ $0.sessions }) > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}

extension Application {
    private struct ConsultationFeedKey: StorageKey { typealias Value = ConsultationFeed }

    /// Set in `configure`; replace it before use to change the heartbeat.
    var consultationFeed: ConsultationFeed {
        get {
            if let feed = storage[ConsultationFeedKey.self] { return feed }
            let feed = ConsultationFeed()
            storage[ConsultationFeedKey.self] = feed
            return feed
        }
        set { storage[ConsultationFeedKey.self] = newValue }
    }
}

/// Starts the feed's listener with the application and ends its streams at shutdown, so open SSE responses finish.
struct ConsultationFeedLifecycle: LifecycleHandler {
    func didBootAsync(_ application: Application) async throws {
        application.consultationFeed.start(application)
    }

    func shutdownAsync(_ application: Application) async {
        await application.consultationFeed.stop()
    }
}
