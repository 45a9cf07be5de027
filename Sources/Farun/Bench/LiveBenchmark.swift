import AsyncHTTPClient
import Fluent
import FarunCore
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// `farun bench live`: starts a Farun server on a scratch database, opens N Server-Sent Events streams of the
/// lawyers' workbench (one lawyer each, all on duty county-wide), asks questions through the store as the pages
/// do, and reports how many streams the instance held and how long a new question took to reach them (from the
/// start of the ask, commit included, to the event arriving at the client).
enum LiveBenchmark {
    struct Options: Sendable {
        var connections = 200
        var questions = 20
        /// Between two questions, so each is measured alone.
        var spacing: Duration = .milliseconds(500)
        /// nil = a SQLite file in a temporary folder; else a PostgreSQL server URL (scratch database as `bench intake`).
        var postgresURL: String?
    }

    struct Report: Sendable, CustomStringConvertible {
        let engine: String
        let connections: Int
        let held: Int
        let questions: Int
        let deliveries: Int
        let expected: Int
        let p50: Double
        let p95: Double
        let p99: Double
        let max: Double

        var description: String {
            String(format: "engine=%@ connections=%d held=%d questions=%d deliveries=%d/%d latency p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms",
                   engine, connections, held, questions, deliveries, expected, p50 * 1000, p95 * 1000, p99 * 1000, max * 1000)
        }
    }

    /// When each question's ask began and when each stream received it (an event may arrive before the ask returns).
    private final class Ledger: Sendable {
        private let state = NIOLockedValueBox((asked: [String: ContinuousClock.Instant](), arrivals: [String: [ContinuousClock.Instant]]()))
        func asked(_ id: String, at instant: ContinuousClock.Instant) { state.withLockedValue { $0.asked[id] = instant } }
        func arrived(_ id: String, at instant: ContinuousClock.Instant) { state.withLockedValue { $0.arrivals[id, default: []].append(instant) } }
        var deliveries: Int { state.withLockedValue { state in state.asked.keys.reduce(0) { $0 + (state.arrivals[$1]?.count ?? 0) } } }
        var latencies: [Double] {
            state.withLockedValue { state in
                state.asked.flatMap { id, start in (state.arrivals[id] ?? []).map { ($0 - start).seconds } }
            }
        }
    }

    static func run(_ options: Options, logger: Logger) async throws -> Report {
        try await BenchServer.run(
            postgresURL: options.postgresURL, logger: logger,
            prepare: { app in
                app.consultationFeed.start(app)
                return try await seed(app, lawyers: options.connections)
            },
            finish: { app in await app.consultationFeed.stop() }
        ) { app, port, engine, seeded in
            try await load(app: app, port: port, tokens: seeded.tokens, townID: seeded.townID, options: options, engine: engine)
        }
    }

    /// A county and a town; `lawyers` lawyers granted at the county, on duty there for a day, each with an API token.
    private static func seed(_ app: Application, lawyers: Int) async throws -> (tokens: [String], townID: Int) {
        let county = try await RegionQueries.create(.init(name: "古县", level: .county, parentID: nil, code: "141025000000"), on: app.db, isRoot: true)
        let town = try await RegionQueries.create(.init(name: "岳阳镇", level: .township, parentID: county.id, code: "141025100000"), on: app.db)
        let now = app.clock.now()
        let context = ConsultationContext(now: now, doer: .system, secrets: app.secrets)
        var tokens: [String] = []
        for i in 0..<lawyers {
            let lawyer = StaffUser(username: "bench.lawyer\(i)", displayName: "律师\(i)", passwordHash: "-", mustChangePassword: false)
            try await lawyer.create(on: app.db)
            let id = try lawyer.requireID()
            try await RoleGrant(userID: id, role: .lawyer, regionID: try county.requireID()).create(on: app.db)
            _ = try await DutyRosterStore.declareAvailability(person: id, from: now.addingTimeInterval(-3_600), until: now.addingTimeInterval(86_400),
                                                              regionID: try county.requireID(), fields: [], context: context, on: app.db)
            let secret = Tokens.random(prefix: "farun_")
            let token = APIToken()
            token.name = "bench"
            token.tokenHash = Tokens.sha256(secret)
            token.prefix = String(secret.prefix(12))
            token.$owner.id = id
            token.scopesText = [Permission.useStaffArea, .handleWorkOrders].map(\.rawValue).joined(separator: ",")
            try await token.create(on: app.db)
            tokens.append(secret)
        }
        return (tokens, try town.requireID())
    }

    private static func load(app: Application, port: Int, tokens: [String], townID: Int, options: Options, engine: String) async throws -> Report {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = tokens.count + 8
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let ledger = Ledger()
        let clock = ContinuousClock()
        let url = "http://127.0.0.1:\(port)\(SiteURL.consultationStream.path)"
        let streams = Task {
            await withTaskGroup(of: Void.self) { group in
                for token in tokens {
                    group.addTask {
                        var request = HTTPClientRequest(url: url)
                        request.headers.add(name: "Authorization", value: "Bearer \(token)")
                        request.headers.add(name: "Accept", value: "text/event-stream")
                        do {
                            let response = try await client.execute(request, timeout: .hours(1))
                            var pending = ""
                            for try await chunk in response.body {
                                let arrived = clock.now
                                pending += String(buffer: chunk)
                                // Complete events only; an event may span chunks.
                                while let end = pending.range(of: "\n\n") {
                                    let event = pending[..<end.lowerBound]
                                    pending = String(pending[end.upperBound...])
                                    guard event.hasPrefix("event: question"), let idRange = event.range(of: "\"id\":\"") else { continue }
                                    ledger.arrived(String(event[idRange.upperBound...].prefix(36)), at: arrived)
                                }
                            }
                        } catch {}
                    }
                }
            }
        }
        // Every stream connected and subscribed before the first question.
        let deadline = clock.now + .seconds(120)
        while app.consultationFeed.subscriberCount < tokens.count, clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        let held = app.consultationFeed.subscriberCount
        for i in 0..<options.questions {
            let asking = ConsultationContext(now: app.clock.now(), doer: .system, secrets: app.secrets, feed: app.consultationFeed)
            let start = clock.now
            let record = try await ConsultationStore.ask(.init(text: "公司拖欠工资三个月，我该怎么办？（\(i)）", field: nil, regionID: townID,
                                                                asker: .phone(String(format: "138%08d", i))), context: asking, on: app.db)
            ledger.asked(try record.requireID().uuidString, at: start)
            try await Task.sleep(for: options.spacing)
        }
        let expected = held * options.questions
        let until = clock.now + .seconds(30)
        while ledger.deliveries < expected, clock.now < until { try await Task.sleep(for: .milliseconds(50)) }
        streams.cancel()
        await streams.value
        try await client.shutdown()
        let sorted = ledger.latencies.sorted()
        return Report(engine: engine, connections: tokens.count, held: held, questions: options.questions, deliveries: sorted.count,
                      expected: expected, p50: IntakeBenchmark.percentile(sorted, 0.5), p95: IntakeBenchmark.percentile(sorted, 0.95),
                      p99: IntakeBenchmark.percentile(sorted, 0.99), max: sorted.last ?? 0)
    }
}
