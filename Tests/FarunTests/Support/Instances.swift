import FarunCore
import Foundation
import Testing
import Vapor
@testable import Farun

/// Several applications (server instances) on one database: a SQLite file, or one PostgreSQL database
/// cloned from the template. Each instance has its own connection pool, as separate processes would.
func withInstances(_ count: Int, engine: TestEngine, poolPerLoop: Int = 4, _ body: ([Application]) async throws -> Void) async throws {
    var settings: Settings
    var checkedOut: String?
    switch engine {
    case .sqlite:
        let dir = NSTemporaryDirectory() + "farun-instances-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        settings = testSettings(database: .sqliteFile(path: dir + "/farun.sqlite"))
    case .postgres:
        let (name, url) = try await PostgresTestDatabases.shared.checkout(adminURL: TestEngine.postgresURL!)
        checkedOut = name
        settings = testSettings(database: .postgres(url: url))
    }
    settings.postgresPoolPerLoop = poolPerLoop
    var apps: [Application] = []
    do {
        for _ in 0..<count {
            let app = try await Application.make(.testing)
            apps.append(app)
            try await configure(app, settings: settings)
            app.logger.logLevel = .warning
        }
        try await apps[0].autoMigrate()
        try await body(apps)
    } catch {
        Issue.record(error)
    }
    for app in apps { try? await app.asyncShutdown() }
    if let checkedOut { await PostgresTestDatabases.shared.checkin(checkedOut) }
}
