import Fluent
import FarunCore
import Foundation
import Vapor

/// The lawyers' live workbench feed (Server-Sent Events), fed on every instance by PostgreSQL notifications.
///
/// Events (each `data:` is one JSON line, snake_case):
/// - `question` `{"id","age_seconds","field","region"}`: a question the duty roster offers this lawyer now (sent
///   for the current list on connect, then as questions arrive or widen to them);
/// - `withdrawn` `{"id"}`: an offered question no longer taking this lawyer (enough lawyers, closed, answered by them);
/// - `answered` / `follow_up` `{"id","state","lawyers"}`: a change to a consultation this lawyer has a thread in.
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
    }

    struct Change: Content {
        let id: UUID
        let state: String
        let lawyers: Int
    }

    struct Withdrawn: Content {
        let id: UUID
    }

    private enum Tick: Sendable {
        case event(ConsultationFeed.Event)
        case heartbeat
    }

    /// Sends until the feed stops (shutdown) or `send` throws (the client disconnected).
    func run(_ send: @Sendable (String) async throws -> Void) async throws {
        let feed = app.consultationFeed
        guard feed.enter() else { return }
        defer { feed.leave() }
        // Subscribe before the first read, so nothing committed in between is missed.
        let events = feed.subscribe()
        let (ticks, tick) = AsyncStream.makeStream(of: Tick.self, bufferingPolicy: .bufferingNewest(512))
        let pump = Task {
            for await event in events { tick.yield(.event(event)) }
            tick.finish()
        }
        let beat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: feed.heartbeat)
                if Task.isCancelled { break }
                tick.yield(.heartbeat)
            }
        }
        defer { pump.cancel(); beat.cancel(); tick.finish() }
        try await send("retry: 5000\n: farun consultations\n\n")
        var offered = Set<UUID>()
        try await refreshOffers(&offered, send)
        guard live else { return }
        for await next in ticks {
            switch next {
            case .heartbeat:
                try await send(": heartbeat\n\n")
                // Questions widen to more lawyers as they age, without any event.
                try await refreshOffers(&offered, send)
            case .event(let event):
                if event.kind == .answered || event.kind == .followUp {
                    try await sendChange(event, send)
                }
                try await refreshOffers(&offered, send)
            }
        }
    }

    /// Sends `question` for what the roster offers now and was not sent, `withdrawn` for what it no longer offers.
    private func refreshOffers(_ offered: inout Set<UUID>, _ send: @Sendable (String) async throws -> Void) async throws {
        let now = app.clock.now()
        let roster = try await ConsultationStore.roster(now: now, on: app.db)
        let current = try await ConsultationStore.offered(to: person, now: now, roster: roster, on: app.db).filter { mayAnswer($0.regionPath) }
        for consultation in current where !offered.contains(consultation.id) {
            let question = Question(id: consultation.id, age_seconds: max(0, Int(now.timeIntervalSince(consultation.askedAt))),
                                    field: consultation.field.rawValue, region: consultation.regionPath.description)
            try await send(Self.event("question", question))
        }
        let ids = Set(current.map(\.id))
        for gone in offered.subtracting(ids).sorted(by: { $0.uuidString < $1.uuidString }) {
            try await send(Self.event("withdrawn", Withdrawn(id: gone)))
        }
        offered = ids
    }

    /// `answered` / `follow_up` when this lawyer has a thread in the consultation.
    private func sendChange(_ event: ConsultationFeed.Event, _ send: @Sendable (String) async throws -> Void) async throws {
        guard let loaded = try await ConsultationStore.load(event.id, on: app.db),
              loaded.consultation.answeringLawyers.contains(person) else { return }
        let change = Change(id: event.id, state: loaded.consultation.state.rawValue, lawyers: loaded.consultation.answeringLawyers.count)
        try await send(Self.event(event.kind.rawValue, change))
    }

    static func event(_ name: String, _ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "event: \(name)\ndata: \(json)\n\n"
    }
}
