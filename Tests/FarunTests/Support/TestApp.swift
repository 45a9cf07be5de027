import FarunCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The database engines the suite runs on: SQLite always, PostgreSQL when FARUN_TEST_DATABASE_URL is set.
enum TestEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres
    var description: String { rawValue }

    static var postgresURL: String? {
        guard let url = ProcessInfo.processInfo.environment["FARUN_TEST_DATABASE_URL"], !url.isEmpty else { return nil }
        return url
    }

    /// The engines available in this run.
    static var available: [TestEngine] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// Runs `body` against a freshly migrated application on every available engine, and always shuts it down.
/// Each call gets its own database: SQLite in memory, or a PostgreSQL database cloned from a migrated template.
func withApp(clock: FixedClock? = nil, _ body: (Application) async throws -> Void) async throws {
    for engine in TestEngine.available {
        try await withApp(on: engine, clock: clock, body)
    }
}

func withApp(on engine: TestEngine, clock: FixedClock? = nil, _ body: (Application) async throws -> Void) async throws {
    switch engine {
    case .sqlite:
        try await run(settings: testSettings(database: .sqliteMemory), clock: clock, body)
    case .postgres:
        guard let admin = TestEngine.postgresURL else { return }
        let (name, url) = try await PostgresTestDatabases.shared.checkout(adminURL: admin)
        do {
            try await run(settings: testSettings(database: .postgres(url: url)), clock: clock, body)
        } catch {
            await PostgresTestDatabases.shared.checkin(name)
            throw error
        }
        await PostgresTestDatabases.shared.checkin(name)
    }
}

func testSettings(database: Settings.DatabaseChoice) -> Settings {
    Settings(dataDirectory: NSTemporaryDirectory(), database: database, secretKey: "test-secret-key-that-is-long-enough-1234",
             rootRegionCode: "141025000000", bureauName: "古县司法局", postgresPoolPerLoop: 1)
}

private func run(settings: Settings, clock: FixedClock?, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    do {
        try await configure(app, settings: settings)
        if let clock { app.clock = clock }
        app.logger.logLevel = .warning
        try await app.autoMigrate()
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Clones per-test PostgreSQL databases from one migrated template, as the SPI server does.
actor PostgresTestDatabases {
    static let shared = PostgresTestDatabases()

    /// Bounds concurrent PostgreSQL tests so the server's connection limit is never reached.
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let limit = 6

    /// A fresh database cloned from the migrated template: (name, URL).
    func checkout(adminURL: String) async throws -> (String, String) {
        await acquire()
        do {
            return try await makeClone(adminURL: adminURL)
        } catch {
            release()
            throw error
        }
    }

    func checkin(_ name: String) async {
        try? await drop(name)
        release()
    }

    private func acquire() async {
        if running < limit { running += 1; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty { running -= 1 } else { waiters.removeFirst().resume() }
    }

    private var adminTask: Task<Application, any Error>?
    private var templateTask: Task<String, any Error>?

    /// Created once; actor reentrancy means two tests may ask at the same time, so both await one task.
    private func adminApp(_ adminURL: String) async throws -> Application {
        if adminTask == nil {
            adminTask = Task {
                let app = try await Application.make(.testing)
                app.logger.logLevel = .warning
                // One connection per loop serialises CREATE/DROP DATABASE for every test running in parallel; on a
                // loaded machine the queue can outlast the pool's default 10 s wait (seen once in CI as
                // connectionRequestTimeout), and waiting is the right thing to do here.
                app.databases.use(try .postgres(url: adminURL, maxConnectionsPerEventLoop: 1, connectionPoolTimeout: .seconds(300)), as: .psql)
                return app
            }
        }
        return try await adminTask!.value
    }

    private func templateName(_ adminURL: String, admin: Application) async throws -> String {
        if templateTask == nil {
            templateTask = Task { try await Self.createTemplate(adminURL, admin: admin) }
        }
        return try await templateTask!.value
    }

    private static func createTemplate(_ adminURL: String, admin: Application) async throws -> String {
        let name = "farun_tpl_\(ProcessInfo.processInfo.processIdentifier)"
        // Leftovers of earlier runs that were interrupted; test runs still alive (in other checkouts) keep theirs.
        let stale = try await admin.db.sql.raw("SELECT datname FROM pg_database WHERE datname LIKE 'farun_t%' AND datname <> \(bind: name)").all()
        for row in stale {
            let old = try row.decode(column: "datname", as: String.self)
            if let owner = Self.ownerProcess(of: old), kill(owner, 0) == 0 { continue }
            _ = try? await admin.db.sql.raw("DROP DATABASE IF EXISTS \(ident: old) WITH (FORCE)").run()
        }
        try await admin.db.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        try await admin.db.sql.raw("CREATE DATABASE \(ident: name)").run()
        let migrator = try await Application.make(.testing)
        migrator.logger.logLevel = .warning
        do {
            try await configure(migrator, settings: testSettings(database: .postgres(url: replacingDatabase(in: adminURL, with: name))))
            try await migrator.autoMigrate()
        } catch {
            try? await migrator.asyncShutdown()
            throw error
        }
        try await migrator.asyncShutdown()
        return name
    }

    private func makeClone(adminURL: String) async throws -> (String, String) {
        let admin = try await adminApp(adminURL)
        let template = try await templateName(adminURL, admin: admin)
        let clone = "farun_t_\(ProcessInfo.processInfo.processIdentifier)_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try await admin.db.sql.raw("CREATE DATABASE \(ident: clone) TEMPLATE \(ident: template)").run()
        return (clone, Self.replacingDatabase(in: adminURL, with: clone))
    }

    /// The test process that made a database: the number after `farun_tpl_` or `farun_t_`.
    private static func ownerProcess(of name: String) -> pid_t? {
        let rest = name.hasPrefix("farun_tpl_") ? name.dropFirst("farun_tpl_".count) : name.dropFirst("farun_t_".count)
        return rest.split(separator: "_").first.flatMap { pid_t($0) }
    }

    private func drop(_ name: String) async throws {
        guard let admin = try await adminTask?.value else { return }
        try await admin.db.sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
    }

    private static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }
}
