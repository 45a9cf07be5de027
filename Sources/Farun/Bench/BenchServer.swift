import Foundation
import Vapor

/// The frame the HTTP benchmarks share: a server on a scratch database (a temporary SQLite file, or a database
/// created in and dropped from the PostgreSQL server at `postgresURL`), migrated and listening on a free port.
enum BenchServer {
    /// Runs `prepare` on the migrated app, starts the server, runs `body` with the port and the engine's name,
    /// then calls `finish`, shuts down and removes the scratch data — on failure too.
    static func run<Prepared, Report>(
        postgresURL: String?, logger: Logger,
        prepare: (Application) async throws -> Prepared,
        finish: (Application) async -> Void = { _ in },
        body: (Application, _ port: Int, _ engine: String, Prepared) async throws -> Report
    ) async throws -> Report {
        var settings = Settings(secretKey: Tokens.random())
        settings.dataDirectory = NSTemporaryDirectory() + "farun-bench-\(UUID().uuidString)"
        var scratch: (admin: String, name: String)?
        if let url = postgresURL {
            let name = "farun_bench_\(ProcessInfo.processInfo.processIdentifier)"
            try await PostgresScratch.create(name, serverURL: url, logger: logger)
            scratch = (url, name)
            settings.database = .postgres(url: PostgresScratch.url(url, database: name))
            settings.postgresPoolPerLoop = 8
        } else {
            settings.database = .sqliteFile(path: settings.dataDirectory + "/farun.sqlite")
        }
        let app = try await Application.make(.production)
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings: settings)
            try await app.autoMigrate()
            let prepared = try await prepare(app)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            guard let port = app.http.server.shared.localAddress?.port else { throw AppError.conflict(.errorServer) }
            let report = try await body(app, port, settings.database.engineName, prepared)
            await finish(app)
            await app.server.shutdown()
            try await app.asyncShutdown()
            if let scratch { try await PostgresScratch.drop(scratch.name, serverURL: scratch.admin, logger: logger) }
            try? FileManager.default.removeItem(atPath: settings.dataDirectory)
            return report
        } catch {
            await finish(app)
            try? await app.asyncShutdown()
            if let scratch { try? await PostgresScratch.drop(scratch.name, serverURL: scratch.admin, logger: logger) }
            throw error
        }
    }
}
