import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Two server instances on one database behave as one system: a session made on one works on the other.
@Suite struct MultiInstanceTests {
    @Test(arguments: TestEngine.available)
    func aSessionMadeOnOneInstanceWorksOnTheOther(engine: TestEngine) async throws {
        // setup: two applications sharing one database (a SQLite file, or one PostgreSQL database)
        var settings: Settings
        var checkedOut: String?
        switch engine {
        case .sqlite:
            let dir = NSTemporaryDirectory() + "farun-multi-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            settings = testSettings(database: .sqliteFile(path: dir + "/farun.sqlite"))
        case .postgres:
            let (name, url) = try await PostgresTestDatabases.shared.checkout(adminURL: TestEngine.postgresURL!)
            checkedOut = name
            settings = testSettings(database: .postgres(url: url))
        }
        let a = try await Application.make(.testing)
        let b = try await Application.make(.testing)
        do {
            try await configure(a, settings: settings)
            try await configure(b, settings: settings)
            try await a.autoMigrate()
            try await b.autoMigrate()
            let j = try await Jurisdiction.make(on: a.db)
            try await makeStaff(a, "clerk.a", [(.windowClerk, j.townA)])
            // act
            let signIn = try await Browser.anonymous.post(a, "/staff/sign-in", [("username", "clerk.a"), ("password", testPassword)])
            let token = try #require(Browser.sessionCookie(from: signIn))
            let onB = try await Browser(sessionToken: token, csrf: "x").get(b, "/staff")
            let signOutOnB = try await Browser(sessionToken: token, csrf: try await BrowserSession.find(Tokens.sha256(token), on: b.db)!.csrfToken)
                .post(b, "/staff/sign-out", [])
            let onAAfter = try await Browser(sessionToken: token, csrf: "x").get(a, "/staff")
            // check
            #expect(onB.status == .ok)
            #expect(onB.text.contains("clerk.a"))
            #expect(signOutOnB.status == .seeOther)
            #expect(onAAfter.status == .seeOther, "signing out on B ends the session on A too")
        } catch {
            Issue.record(error)
        }
        try? await a.asyncShutdown()
        try? await b.asyncShutdown()
        if let checkedOut { await PostgresTestDatabases.shared.checkin(checkedOut) }
    }
}

@Suite struct ConcurrentMigrationTests {
    @Test func instancesStartingTogetherOnAnEmptyPostgreSQLDatabaseAllMigrate() async throws {
        guard let admin = TestEngine.postgresURL else { return }
        // setup: an empty database (no template), three applications pointing at it
        let (name, url) = try await PostgresTestDatabases.shared.checkout(adminURL: admin)
        var apps: [Application] = []
        do {
            for _ in 0..<3 {
                let app = try await Application.make(.testing)
                app.logger.logLevel = .error
                try await configure(app, settings: testSettings(database: .postgres(url: url)))
                apps.append(app)
            }
            // Revert the template's migrations so every instance starts from nothing.
            try await apps[0].autoRevert()
            // act
            try await withThrowingTaskGroup(of: Void.self) { group in
                for app in apps { group.addTask { try await app.migrateSafely(pause: .milliseconds(200)) } }
                try await group.waitForAll()
            }
            // check
            let count = try await apps[1].db.sql.raw("SELECT count(*) AS n FROM _fluent_migrations").first()?.decode(column: "n", as: Int.self)
            #expect(count == FarunMigrations.all.count)
        } catch {
            Issue.record(error)
        }
        for app in apps { try? await app.asyncShutdown() }
        await PostgresTestDatabases.shared.checkin(name)
    }
}
