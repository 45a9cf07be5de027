import Fluent
import FarunCore
import Foundation
import Vapor

/// One read of what every lawyer's workbench stream filters: the active consultations with their threads, and
/// whom the duty roster offers each question still taking new lawyers to at `at`. It is the result of one read
/// for one feed event or heartbeat, shared by an instance's streams, and never the truth: the next event or
/// heartbeat reads the database again, so instances sharing the database stay correct without sharing memory.
struct WorkbenchSnapshot: Sendable {
    /// What the workbench shows of a question besides the domain value.
    struct Summary: Sendable, Hashable {
        /// The masked question, as lawyers see it.
        let question: String
        let regionName: String
    }

    let at: Date
    /// Open, answered and fully answered, oldest first.
    let active: [Consultation]
    let summaries: [UUID: Summary]
    /// The questions still taking new lawyers, oldest first, each with the people the roster offers it to at `at`
    /// (those who answered left out): the roster is evaluated once per question, not once per stream.
    private let offers: [(consultation: Consultation, people: Set<String>)]
    private let byID: [UUID: Consultation]

    init(at: Date, roster: DutyRoster, active: [Consultation], summaries: [UUID: Summary] = [:], policy: ConsultationPolicy = .standard) {
        self.at = at
        self.active = active
        self.summaries = summaries
        byID = Dictionary(active.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        offers = FirstAnswerAlerts.byAge(active, policy: policy).map { consultation in
            let answered = Set(consultation.answeringLawyers)
            let people = roster.offers(region: consultation.regionPath, field: consultation.field, askedAt: consultation.askedAt,
                                       now: at, excluding: answered).map(\.person)
            return (consultation, Set(people).subtracting(answered))
        }
    }

    /// The questions the roster offers `person` now, oldest first (a pure filter: no database).
    func offered(to person: String) -> [Consultation] {
        offers.filter { $0.people.contains(person) }.map(\.consultation)
    }

    /// An active consultation by id; nil once it is closed or published.
    func consultation(_ id: UUID) -> Consultation? { byID[id] }

    /// Reads the roster in force at `now`, the active consultations and their regions' names: five queries,
    /// whatever the number of streams.
    static func load(now: Date, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> WorkbenchSnapshot {
        let roster = try await ConsultationStore.roster(now: now, on: db)
        let active = try await ConsultationStore.active(on: db)
        let regionIDs = Array(Set(active.map { $0.record.$region.id }))
        let regions = regionIDs.isEmpty ? [] : try await Region.query(on: db).filter(\.$id ~~ regionIDs).all()
        let names = Dictionary(regions.compactMap { region in region.id.map { ($0, region.name) } }, uniquingKeysWith: { first, _ in first })
        let summaries = Dictionary(active.map { ($0.consultation.id, Summary(question: $0.record.question,
                                                                             regionName: names[$0.record.$region.id] ?? "")) },
                                   uniquingKeysWith: { first, _ in first })
        return WorkbenchSnapshot(at: now, roster: roster, active: active.map(\.consultation), summaries: summaries, policy: policy)
    }
}

/// Shares one `WorkbenchSnapshot` read among an instance's streams: a stream asks for a snapshot read after the feed
/// reached a generation (the event or heartbeat it handles, or its own start); the first asker starts the read and
/// everyone asking for that generation or an earlier one while it runs, or after it finished, gets the same result.
/// A read's generation is the feed's when the read began, so it covers every event published (after its commit)
/// before. Requests for a later generation than the running read wait for it to end and then share one more read:
/// at most one read runs at a time, so a burst of connections or events costs two reads, not one per stream.
actor WorkbenchReads {
    typealias Loader = @Sendable (Application) async throws -> WorkbenchSnapshot
    private typealias Read = Task<WorkbenchSnapshot, any Error>

    private let loader: Loader
    /// Reads started so far (tests and diagnostics).
    private(set) var loads = 0
    private var latest: (generation: Int, snapshot: WorkbenchSnapshot)?
    private var running: (generation: Int, task: Read)?
    /// The one read that starts when `running` ends, for everyone who asked for more than it covers.
    private var queued: Read?

    init(loader: @escaping Loader = { app in try await WorkbenchSnapshot.load(now: app.clock.now(), policy: app.settings.consultationPolicy, on: app.db) }) {
        self.loader = loader
    }

    /// A snapshot whose read began when the feed's generation was `generation` or later.
    func snapshot(after generation: Int, feed: ConsultationFeed, app: Application) async throws -> WorkbenchSnapshot {
        if let latest, latest.generation >= generation { return latest.snapshot }
        if let running, running.generation >= generation { return try await running.task.value }
        if let queued { return try await queued.value }
        guard let earlier = running?.task else { return try await start(feed: feed, app: app).value }
        let next = Read {
            _ = try? await earlier.value
            let read = self.startQueued(feed: feed, app: app)
            return try await read.value
        }
        queued = next
        return try await next.value
    }

    private func startQueued(feed: ConsultationFeed, app: Application) -> Read {
        queued = nil
        return start(feed: feed, app: app)
    }

    private func start(feed: ConsultationFeed, app: Application) -> Read {
        let started = feed.generation
        loads += 1
        let loader = self.loader
        let task = Read {
            do {
                let snapshot = try await loader(app)
                self.finished(started, snapshot)
                return snapshot
            } catch {
                self.finished(started, nil)
                throw error
            }
        }
        running = (started, task)
        return task
    }

    private func finished(_ generation: Int, _ snapshot: WorkbenchSnapshot?) {
        if running?.generation == generation { running = nil }
        if let snapshot, (latest?.generation ?? Int.min) < generation { latest = (generation, snapshot) }
    }
}
