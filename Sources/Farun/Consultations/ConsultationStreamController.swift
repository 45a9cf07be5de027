import Fluent
import FarunCore
import Foundation
import Vapor

/// The lawyers' live workbench feed (Server-Sent Events), fed on every instance by PostgreSQL notifications.
///
/// Events (each `data:` is one JSON line, snake_case):
/// - `question` `{"id","age_seconds","field","question","region","region_name"}`: a question the duty roster offers
///   this lawyer now (sent for the current list on connect, then as questions arrive or widen to them);
/// - `listed` `{"count"}`: after the list sent on connect, which is complete (questions not in it are not offered);
/// - `withdrawn` `{"id"}`: an offered question no longer taking this lawyer (enough lawyers, closed, answered by them);
/// - `answered` / `follow_up` `{"id","state","lawyers"}` (`follow_up` adds `awaiting_reply`): a change to a
///   consultation this lawyer has a thread in.
/// A comment line every heartbeat (15 s) keeps proxies from closing the connection; `retry:` tells the browser to
/// reconnect after 5 s, and the list it receives then is complete again. A client that does not accept
/// `text/event-stream` (EventSource always does) gets the current list once and the response ends.
/// Only questions in regions where the lawyer holds a grant are offered, whatever the roster says.
enum ConsultationStreamController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .consultationStream, access: .staff(.handleWorkOrders), use: stream)
    }

    @Sendable static func stream(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let person = String(staff.id)
        let live = req.headers[.accept].contains { $0.contains("text/event-stream") }
        let app = req.application
        let feed = app.consultationFeed
        feed.start(app)
        let response = Response(status: .ok)
        response.headers.replaceOrAdd(name: .contentType, value: "text/event-stream; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "X-Accel-Buffering", value: "no")
        response.body = .init(asyncStream: { writer in
            let session = WorkbenchStream(person: person, app: app, live: live,
                                          mayAnswer: { staff.allows(.handleWorkOrders, in: $0) })
            do {
                try await session.run { text in try await writer.write(.buffer(ByteBuffer(string: text))) }
            } catch {
                // The client went away (a write failed): nothing to tell anyone.
                app.logger.debug("consultation stream ended: \(String(reflecting: error))")
            }
            try? await writer.write(.end)
        })
        return response
    }
}

/// One lawyer's stream: what was offered so far, and the loop that turns feed events and heartbeats into SSE text.
struct WorkbenchStream: Sendable {
    let person: String
    let app: Application
    /// false: the current list once, then the end.
    var live = true
    /// Whether the lawyer's grants cover a question's region (the roster alone does not decide).
    var mayAnswer: @Sendable (RegionPath) -> Bool = { _ in true }

    struct Question: Content {
        let id: UUID
        let age_seconds: Int
        let field: String
        let region: String
        let region_name: String
        /// The masked question's first 80 characters, as on the workbench page.
        let question: String
    }

    struct Change: Content {
        let id: UUID
        let state: String
        let lawyers: Int
        /// `follow_up` only: whether this lawyer's thread now waits for their reply.
        var awaiting_reply: Bool? = nil
    }

    struct Withdrawn: Content {
        let id: UUID
    }

    struct Listed: Content {
        let count: Int
    }

    /// Sends until the feed stops (shutdown) or `send` throws (the client disconnected). Every read is the
    /// instance's shared one for the event or heartbeat (`ConsultationFeed.snapshot(after:app:)`); what each
    /// stream does itself is filtering it for its lawyer.
    func run(_ send: @Sendable (String) async throws -> Void) async throws {
        let feed = app.consultationFeed
        guard feed.enter() else { return }
        defer { feed.leave() }
        // Subscribe before the first read, so nothing committed in between is missed.
        let signals = feed.signals()
        defer { signals.end() }
        try await send("retry: 5000\n: farun consultations\n\n")
        var offered = Set<UUID>()
        // A read begun after this stream subscribed (roster changes announce nothing, so no earlier read will do);
        // streams connecting together share it.
        try await refreshOffers(try await feed.snapshot(after: feed.advance(), app: app), &offered, send)
        // The list is complete: a page can drop rows it shows that were not sent (withdrawn while it was away).
        try await send(Self.event("listed", Listed(count: offered.count)))
        guard live else { return }
        for await signal in signals.stream {
            switch signal {
            case .heartbeat(let generation):
                try await send(": heartbeat\n\n")
                // Questions widen to more lawyers as they age, without any event.
                try await refreshOffers(try await feed.snapshot(after: generation, app: app), &offered, send)
            case .event(let event, let generation):
                let snapshot = try await feed.snapshot(after: generation, app: app)
                if event.kind == .answered || event.kind == .followUp {
                    try await sendChange(event, snapshot, send)
                }
                try await refreshOffers(snapshot, &offered, send)
            }
        }
    }

    /// Sends `question` for what the roster offers now and was not sent, `withdrawn` for what it no longer offers.
    private func refreshOffers(_ snapshot: WorkbenchSnapshot, _ offered: inout Set<UUID>, _ send: @Sendable (String) async throws -> Void) async throws {
        let current = snapshot.offered(to: person).filter { mayAnswer($0.regionPath) }
        for consultation in current where !offered.contains(consultation.id) {
            let summary = snapshot.summaries[consultation.id]
            let question = Question(id: consultation.id, age_seconds: max(0, Int(snapshot.at.timeIntervalSince(consultation.askedAt))),
                                    field: consultation.field.rawValue, region: consultation.regionPath.description,
                                    region_name: summary?.regionName ?? "", question: String((summary?.question ?? "").prefix(80)))
            try await send(Self.event("question", question))
        }
        let ids = Set(current.map(\.id))
        for gone in offered.subtracting(ids).sorted(by: { $0.uuidString < $1.uuidString }) {
            try await send(Self.event("withdrawn", Withdrawn(id: gone)))
        }
        offered = ids
    }

    /// `answered` / `follow_up` when this lawyer has a thread in the consultation (still active when read).
    private func sendChange(_ event: ConsultationFeed.Event, _ snapshot: WorkbenchSnapshot, _ send: @Sendable (String) async throws -> Void) async throws {
        guard let consultation = snapshot.consultation(event.id), consultation.answeringLawyers.contains(person) else { return }
        var change = Change(id: event.id, state: consultation.state.rawValue, lawyers: consultation.answeringLawyers.count)
        if event.kind == .followUp { change.awaiting_reply = consultation.thread(of: person)?.unansweredFollowUpSince != nil }
        try await send(Self.event(event.kind.rawValue, change))
    }

    static func event(_ name: String, _ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }
}
