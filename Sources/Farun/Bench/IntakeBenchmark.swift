import AsyncHTTPClient
import Fluent
import FarunCore
import Foundation
import NIOCore
import SQLKit
import Vapor

/// `farun bench intake`: starts a Farun server on a scratch database, submits work orders through the HTTP
/// API with several clients at once (each order accepted, routed and assigned at once), and reports accepted
/// orders per second with p50/p99 latency. It then checks that every order exists once with a unique number.
enum IntakeBenchmark {
    struct Options: Sendable {
        var requests = 2000
        var concurrency = 16
        /// nil = a SQLite file in a temporary folder; else a PostgreSQL server URL in which a scratch database
        /// `farun_bench_<pid>` is created and dropped afterwards.
        var postgresURL: String?
    }

    struct Report: Sendable, CustomStringConvertible {
        let engine: String
        let requests: Int
        let concurrency: Int
        let failures: Int
        let seconds: Double
        let p50: Double
        let p99: Double
        let ordersStored: Int
        let uniqueNumbers: Int

        var perSecond: Double { Double(requests - failures) / seconds }

        var description: String {
            String(format: "engine=%@ requests=%d concurrency=%d failures=%d elapsed=%.2fs throughput=%.1f orders/s p50=%.1fms p99=%.1fms stored=%d unique_numbers=%d",
                   engine, requests, concurrency, failures, seconds, perSecond, p50 * 1000, p99 * 1000, ordersStored, uniqueNumbers)
        }
    }

    static func run(_ options: Options, logger: Logger) async throws -> Report {
        try await BenchServer.run(postgresURL: options.postgresURL, logger: logger, prepare: seed) { app, port, engine, seeded in
            try await load(app: app, port: port, token: seeded.token, regionID: seeded.regionID, options: options, engine: engine)
        }
    }

    /// A county, a town, a clerk with an API token, and a legal aid centre with members and a routing rule.
    private static func seed(_ app: Application) async throws -> (token: String, regionID: Int) {
        let county = try await RegionQueries.create(.init(name: "古县", level: .county, parentID: nil, code: "141025000000"), on: app.db, isRoot: true)
        let town = try await RegionQueries.create(.init(name: "岳阳镇", level: .township, parentID: county.id, code: "141025100000"), on: app.db)
        let clerk = StaffUser(username: "bench.clerk", displayName: "压测窗口", passwordHash: "-", mustChangePassword: false)
        try await clerk.create(on: app.db)
        try await RoleGrant(userID: try clerk.requireID(), role: .windowClerk, regionID: try county.requireID()).create(on: app.db)
        let unit = HandlingUnit(name: "古县法律援助中心", regionID: try county.requireID(), regionPath: county.regionPath, strategy: .leastLoad)
        try await unit.create(on: app.db)
        for i in 0..<10 {
            let officer = StaffUser(username: "bench.officer\(i)", displayName: "承办人\(i)", passwordHash: "-", mustChangePassword: false)
            try await officer.create(on: app.db)
            try await RoleGrant(userID: try officer.requireID(), role: .legalAidOfficer, regionID: try county.requireID()).create(on: app.db)
            try await UnitMember(unitID: try unit.requireID(), staffID: try officer.requireID(), capacity: 100_000, position: i).create(on: app.db)
        }
        try await RoutingRule(serviceCode: "LEGAL_AID", regionID: try county.requireID(), regionPath: county.regionPath, unitID: try unit.requireID()).create(on: app.db)
        let secret = Tokens.random(prefix: "farun_")
        let token = APIToken()
        token.name = "bench"
        token.tokenHash = Tokens.sha256(secret)
        token.prefix = String(secret.prefix(12))
        token.$owner.id = try clerk.requireID()
        token.scopesText = [Permission.useStaffArea, .intakeWorkOrders].map(\.rawValue).joined(separator: ",")
        try await token.create(on: app.db)
        return (secret, try town.requireID())
    }

    private static func load(app: Application, port: Int, token: String, regionID: Int, options: Options, engine: String) async throws -> Report {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let url = "http://127.0.0.1:\(port)/api/v1/work-orders"
        let perWorker = max(1, options.requests / max(1, options.concurrency))
        let total = perWorker * options.concurrency
        let clock = ContinuousClock()
        let started = clock.now
        let results = try await withThrowingTaskGroup(of: (latencies: [Double], failures: Int).self) { group in
            for worker in 0..<options.concurrency {
                group.addTask {
                    var latencies: [Double] = []
                    var failures = 0
                    for i in 0..<perWorker {
                        var request = HTTPClientRequest(url: url)
                        request.method = .POST
                        request.headers.add(name: "Authorization", value: "Bearer \(token)")
                        request.headers.add(name: "Content-Type", value: "application/json")
                        request.headers.add(name: "Idempotency-Key", value: "bench-\(worker)-\(i)")
                        let phone = String(format: "139%08d", worker * perWorker + i)
                        request.body = .bytes(ByteBuffer(string: #"{"service":"LEGAL_AID","channel":"window","requester_name":"压测","requester_phone":"\#(phone)","matter":"讨薪","region_id":\#(regionID),"accept_now":true}"#))
                        let begin = clock.now
                        let response = try await client.execute(request, timeout: .seconds(30))
                        _ = try await response.body.collect(upTo: 1 << 20)
                        latencies.append((clock.now - begin).seconds)
                        if response.status != .created { failures += 1 }
                    }
                    return (latencies, failures)
                }
            }
            return try await group.reduce(into: (latencies: [Double](), failures: 0)) { $0.latencies += $1.latencies; $0.failures += $1.failures }
        }
        let elapsed = (clock.now - started).seconds
        try await client.shutdown()
        let sorted = results.latencies.sorted()
        let stored = try await WorkOrder.query(on: app.db).count()
        let numbers = try await WorkOrder.query(on: app.db).all(\.$number)
        let accepted = try await WorkOrder.query(on: app.db).filter(\.$state == .assigned).count()
        guard accepted == stored else { throw AppError.conflict(.errorServer) }
        return Report(engine: engine, requests: total, concurrency: options.concurrency, failures: results.failures, seconds: elapsed,
                      p50: percentile(sorted, 0.50), p99: percentile(sorted, 0.99), ordersStored: stored, uniqueNumbers: Set(numbers).count)
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))
        return sorted[index]
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Scratch PostgreSQL databases for benchmarks: created from the server URL and dropped afterwards.
enum PostgresScratch {
    static func url(_ server: String, database: String) -> String {
        var components = URLComponents(string: server)!
        components.path = "/" + database
        return components.string!
    }

    static func create(_ name: String, serverURL: String, logger: Logger) async throws {
        try await withAdmin(serverURL) { db in
            try await db.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
            try await db.sql.raw("CREATE DATABASE \(ident: name)").run()
        }
    }

    static func drop(_ name: String, serverURL: String, logger: Logger) async throws {
        try await withAdmin(serverURL) { db in
            try await db.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        }
    }

    private static func withAdmin(_ url: String, _ body: (any Database) async throws -> Void) async throws {
        let admin = try await Application.make(.production)
        admin.logger.logLevel = .warning
        do {
            admin.databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 1), as: .psql)
            try await body(admin.db)
        } catch {
            try? await admin.asyncShutdown()
            throw error
        }
        try await admin.asyncShutdown()
    }
}
