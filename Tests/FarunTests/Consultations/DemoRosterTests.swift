import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// `serve --demo` puts lawyers on duty so that a question asked in the demo county at any hour reaches three of them
/// at once (the "at least three lawyers"), and town lawyers only in their office hours; the bureau administrator
/// is duty supervisor (值班督导) round the clock.
@Suite struct DemoRosterTests {
    /// Sunday 03:00 and Monday 10:00 China time (2026-11-29 is a Sunday).
    static let sundayNight = Date(timeIntervalSince1970: 1_795_892_400) // 2026-11-28T19:00Z
    static let mondayMorning = Date(timeIntervalSince1970: 1_796_004_000) // 2026-11-30T02:00Z

    @Test(arguments: [sundayNight, mondayMorning])
    func aVillageQuestionReachesThreeLawyersOnDutyAtAnyHour(now: Date) async throws {
        try await withApp(clock: FixedClock(now)) { app in
            // setup
            let root = try await Bootstrap.ensureRoot(app: app)
            _ = try await Bootstrap.ensureFirstAdmin(app: app, root: root)
            try await DemoSeeder.loadOnce(app: app)
            let village = try #require(try await Region.query(on: app.db).filter(\.$name == "岳阳东社区居民委会").first())
            // act
            let roster = try await ConsultationStore.roster(now: now, on: app.db)
            let offers = roster.offers(region: village.regionPath, field: .known(.labour), askedAt: now, now: now)
            let supervisors = try await DutySupervisors.for(village.regionPath, now: now, on: app.db)
            // check
            #expect(LocalDate.inChina(Self.sundayNight).weekday == 7 && LocalDate.inChina(Self.mondayMorning).weekday == 1)
            #expect(offers.filter { $0.match == .exact }.count >= 3)
            let wang = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "lawyer.wang").first())
            let wangID = String(try wang.requireID())
            let town = offers.contains { $0.person == wangID }
            #expect(town == (now == Self.mondayMorning), "王晓东 is on duty for 岳阳镇 labour questions on weekday office hours only")
            let chen = try #require(try await StaffUser.query(on: app.db).filter(\.$username == "admin.chen").first())
            #expect(supervisors == .init(staffIDs: [try chen.requireID()], onDuty: true))
            #expect(!offers.contains { $0.person == String(try! chen.requireID()) }, "a supervisor's duty is not an offer to answer")
        }
    }
}
