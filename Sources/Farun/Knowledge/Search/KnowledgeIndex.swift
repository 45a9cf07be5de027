import FarunCore
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// What a search hit points at, besides the engine's text: the rows to link to and the names to show.
struct KnowledgeItem: Sendable {
    enum Target: Sendable, Equatable {
        case article(lawID: Int, articleID: Int)
        case entry(Int)
    }

    let target: Target
    let kind: SearchDocument.Kind
    /// A case's title or FAQ's question; a statute's full law name.
    let title: String
    let lawName: String?
    let lawShortName: String?
    let articleNumber: Int?
    let articleLabel: String?
    let standing: SearchDocument.Standing
}

/// One hit with what it points at.
struct KnowledgeResult: Sendable {
    let hit: SearchHit
    let item: KnowledgeItem
}

/// One immutable state of the index: the engine, the items its keys name, and the revisions it was built from.
struct KnowledgeSnapshot: Sendable {
    let engine: LegalSearchEngine
    let items: [String: KnowledgeItem]
    /// `knowledge_revisions` as read before the content was loaded, so a change made during the load is seen again.
    let revisions: [KnowledgeRevision.Part: Int]
    /// The day the statutes' standing was computed for: a law coming into force changes nothing in the database.
    let day: LocalDate
    /// The shipped vocabulary before staff additions, kept to apply changed additions without reading it again.
    let bundledVocabulary: SearchVocabulary
    let builtAt: Date
    /// Seconds the last full build took (loading and indexing).
    let buildSeconds: Double
}

/// The application's search index over statutes, typical cases and FAQ. Requests read the current snapshot
/// without waiting; a background loop builds it at start-up and keeps it current from `knowledge_revisions`,
/// woken by PostgreSQL notifications on `farun_knowledge` and by a cheap poll (for missed notifications and SQLite).
final class KnowledgeIndex: Sendable {
    /// The PostgreSQL channel writers notify after bumping a revision.
    static let channel = KnowledgeRevisions.channel

    /// How often the revisions are compared when no notification comes.
    let pollInterval: Duration
    private let state = NIOLockedValueBox(State())
    private let gate = SerialGate()

    private struct State {
        var snapshot: KnowledgeSnapshot?
        var watcher: Watcher?
        var lastFailure: String?
        /// A LISTEN connection is open (PostgreSQL only).
        var listening = false
    }

    struct Watcher: Sendable {
        let tasks: [Task<Void, Never>]
        let wake: AsyncStream<Void>.Continuation
    }

    init(pollInterval: Duration = .seconds(5)) {
        self.pollInterval = pollInterval
    }

    /// nil until the first build has finished.
    var snapshot: KnowledgeSnapshot? { state.withLockedValue { $0.snapshot } }

    var isWatching: Bool { state.withLockedValue { $0.watcher != nil } }

    /// Whether notifications from other instances arrive now (PostgreSQL); the poll works either way.
    var isListening: Bool { state.withLockedValue { $0.listening } }

    /// The hits with what they point at; `AppError.indexBuilding` before the first build has finished.
    func search(_ query: SearchQuery) throws -> [KnowledgeResult] {
        guard let snapshot else { throw AppError.unavailable(.searchIndexBuilding) }
        return snapshot.engine.search(query).compactMap { hit in
            snapshot.items[hit.key].map { KnowledgeResult(hit: hit, item: $0) }
        }
    }

    // MARK: - Refreshing

    /// Brings the index up to date now: a full build the first time, when the statutes changed or the day
    /// turned; otherwise only the changed entries or vocabulary. Rounds never overlap.
    func refresh(_ app: Application) async throws {
        try await gate.run {
            do {
                let next = try await KnowledgeIndexBuilder.next(after: self.snapshot, app: app)
                if let next { self.state.withLockedValue { $0.snapshot = next; $0.lastFailure = nil } }
            } catch {
                self.state.withLockedValue { $0.lastFailure = String(describing: error) }
                throw error
            }
        }
    }

    /// Asks the background loop for a round soon (a notification arrived, or a writer on this instance changed
    /// something).
    func wake() {
        state.withLockedValue { $0.watcher }?.wake.yield()
    }

    /// Starts the background loop once: an immediate first build, then a round on every notification and poll.
    func startWatching(_ app: Application) {
        let (stream, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let started = state.withLockedValue { state -> Bool in
            guard state.watcher == nil else { return false }
            var tasks: [Task<Void, Never>] = []
            tasks.append(Task {
                for await _ in stream {
                    do { try await self.refresh(app) } catch {
                        app.logger.error("knowledge index: refresh failed: \(String(reflecting: error))")
                    }
                }
            })
            let interval = pollInterval
            tasks.append(Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    wake.yield()
                }
            })
            if case .postgres(let url) = app.settings.database {
                tasks.append(Task {
                    await KnowledgeNotifications.listen(url: url, app: app, listening: { on in
                        self.state.withLockedValue { $0.listening = on }
                    }, wake: { wake.yield() })
                })
            }
            state.watcher = Watcher(tasks: tasks, wake: wake)
            return true
        }
        if started { wake.yield() } else { wake.finish() }
    }

    /// Stops the loop and waits for a round in progress, so nothing touches the database after shutdown.
    func stopWatching() async {
        guard let watcher = state.withLockedValue({ state -> Watcher? in
            defer { state.watcher = nil }
            return state.watcher
        }) else { return }
        watcher.wake.finish()
        for task in watcher.tasks { task.cancel() }
        for task in watcher.tasks { await task.value }
    }
}

/// Runs async operations one after another.
private actor SerialGate {
    private var last: Task<Void, any Error>?

    func run(_ operation: @escaping @Sendable () async throws -> Void) async throws {
        let previous = last
        let task = Task {
            _ = await previous?.result
            try await operation()
        }
        last = task
        try await task.value
    }
}

extension Application {
    private struct KnowledgeIndexKey: StorageKey { typealias Value = KnowledgeIndex }

    /// Set in `configure`; replace it (before use) to change the poll interval.
    var knowledgeIndex: KnowledgeIndex {
        get { storage[KnowledgeIndexKey.self] ?? KnowledgeIndex() }
        set { storage[KnowledgeIndexKey.self] = newValue }
    }
}

extension Request {
    /// The index, started on first use when the server command did not start it (tests, a bare `configure`).
    var knowledgeIndex: KnowledgeIndex {
        let index = application.knowledgeIndex
        if !index.isWatching { index.startWatching(application) }
        return index
    }
}

/// Stops the index's background loop when the application shuts down.
struct KnowledgeIndexLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.knowledgeIndex.stopWatching()
    }
}
