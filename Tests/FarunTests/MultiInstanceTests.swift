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
        try await withInstances(2, engine: engine) { apps in
            let (a, b) = (apps[0], apps[1])
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
        }
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
