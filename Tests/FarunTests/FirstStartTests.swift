import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct FirstStartTests {
    @Test func theFirstStartCreatesTheRootAndOneAdministratorOnlyOnce() async throws {
        try await withApp { app in
            // act
            let root = try await Bootstrap.ensureRoot(app: app)
            let admin = try await Bootstrap.ensureFirstAdmin(app: app, root: root)
            let secondRoot = try await Bootstrap.ensureRoot(app: app)
            let secondAdmin = try await Bootstrap.ensureFirstAdmin(app: app, root: root)
            // check
            #expect(root.code == "141025000000")
            #expect(root.name == "古县")
            #expect(secondRoot.id == root.id)
            let created = try #require(admin)
            #expect(secondAdmin == nil)
            let user = try #require(try await StaffUser.query(on: app.db).filter(\.$username == created.username).first())
            #expect(user.mustChangePassword)
            #expect(try await app.verifyPassword(created.password, hash: user.passwordHash))
            #expect(PasswordPolicy.problems(password: created.password, username: created.username).isEmpty)
            let roles = try await RoleGrant.query(on: app.db).filter(\.$user.$id == user.requireID()).all().map(\.role)
            #expect(Set(roles) == [.bureauAdmin, .systemAdmin])
        }
    }

    @Test func theDemoJurisdictionLoadsOnceWithEveryRole() async throws {
        try await withApp { app in
            // setup
            let root = try await Bootstrap.ensureRoot(app: app)
            _ = try await Bootstrap.ensureFirstAdmin(app: app, root: root)
            // act
            try await DemoSeeder.loadOnce(app: app)
            try await DemoSeeder.loadOnce(app: app)
            // check
            #expect(try await Region.query(on: app.db).filter(\.$level == .township).count() == 6)
            #expect(try await Region.query(on: app.db).filter(\.$level == .village).count() == 92)
            #expect(try await ServicePoint.query(on: app.db).count() == 26)
            let kinds = Set(try await ServicePoint.query(on: app.db).all().map(\.kind))
            #expect(kinds == Set(ServicePointKind.allCases))
            #expect(try await ProfessionalProfile.query(on: app.db).filter(\.$isPublic == true).count() >= 30)
            let roles = Set(try await RoleGrant.query(on: app.db).all().map(\.role))
            #expect(roles == Set(StaffRole.allCases))
            let specialties = Set(try await ProfessionalProfile.query(on: app.db).all().flatMap(\.specialties))
            #expect(specialties == Set(LegalField.allCases))
            // every service the catalog offers has a unit to go to in every town, and the demo orders were routed
            let rules = try await RoutingRule.query(on: app.db).all().compactMap(\.rule)
            let towns = try await Region.query(on: app.db).filter(\.$level == .township).all()
            for code in try await CatalogEntry.query(on: app.db).all().map(\.code) {
                for town in towns { #expect(RoutingRules.match(serviceCode: code, regionPath: town.regionPath, rules: rules) != nil) }
            }
            let orders = try await WorkOrder.query(on: app.db).all()
            #expect(orders.count == 4)
            #expect(Set(orders.map(\.channel)) == [.window, .kiosk, .mobileWeb])
            #expect(orders.filter { $0.state == .assigned }.count == 2)
            let demoUser = try #require(try await StaffUser.query(on: app.db).filter(\.$isDemo == true).first())
            #expect(try await app.verifyPassword(DemoSeeder.password, hash: demoUser.passwordHash))
        }
    }

    @Test func settingsNameTheMissingOrBadValue() throws {
        let logger = Logger(label: "test")
        #expect(throws: SettingsError.self) {
            try Settings.load(environment: .production, variables: ["FARUN_DATA_DIR": NSTemporaryDirectory()], logger: logger)
        }
        do {
            _ = try Settings.load(environment: .production, variables: [:], logger: logger)
        } catch let error as SettingsError {
            #expect(error.name == "FARUN_SECRET_KEY")
        }
        do {
            _ = try Settings.load(environment: .development, variables: ["FARUN_PORT": "eighty", "FARUN_SECRET_KEY": String(repeating: "k", count: 40)], logger: logger)
            Issue.record("a bad port must stop start-up")
        } catch let error as SettingsError {
            #expect(error.name == "FARUN_PORT")
        }
        let pg = try Settings.load(environment: .development, variables: ["FARUN_DATABASE_URL": "postgres://u:p@localhost/db", "FARUN_SECRET_KEY": String(repeating: "k", count: 40)], logger: logger)
        #expect(pg.database == .postgres(url: "postgres://u:p@localhost/db"))
        let sqlite = try Settings.load(environment: .development, variables: ["FARUN_DATA_DIR": "/tmp/farun-x", "FARUN_SECRET_KEY": String(repeating: "k", count: 40)], logger: logger)
        #expect(sqlite.database == .sqliteFile(path: "/tmp/farun-x/farun.sqlite"))
        #expect(sqlite.host == "127.0.0.1")
        #expect(sqlite.port == 8080)
    }
}
