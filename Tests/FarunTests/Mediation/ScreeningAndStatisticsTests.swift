import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct ScreeningStoreTests {
    let clock = FixedClock(MediationDesk.now)

    @Test func theOverviewListsThePointsThatHaveNotReported() async throws {
        try await withApp(clock: clock) { app in
            // setup: the mediation point reports August; the law room does not; a kiosk is never expected to
            let desk = try await MediationDesk.make(app)
            _ = try await makeServicePoint(app, name: "自助终端", in: desk.j.villageA, kind: .kiosk)
            let staff = try await principal(app, desk.mediator1)
            let period = ScreeningPeriod("2026-08")!
            // act
            let report = try await ScreeningStore.submit(.init(servicePointID: desk.point.requireID(), period: period,
                                                               figures: .init(found: 6, resolved: 4, escalated: 1), notes: "土地边界纠纷2起"),
                                                         by: staff, context: try await desk.context(app, desk.mediator1), on: app.db)
            let overview = try await ScreeningStore.overview(period: period, scope: desk.j.county.regionPath, on: app.db)
            // check
            #expect(report.regionPath == desk.j.villageA.path)
            #expect(overview.reports.map(\.point.name) == ["偏涧村人民调解室"])
            #expect(overview.missing.map(\.name) == ["偏涧村法律服务室"])
            #expect(overview.total == .init(found: 6, resolved: 4, escalated: 1))
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "screening.submit").count() == 1)
        }
    }

    @Test func aCorrectionReplacesTheMonthsReport() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let staff = try await principal(app, desk.mediator1)
            let context = try await desk.context(app, desk.mediator1)
            let period = ScreeningPeriod("2026-08")!
            // act
            _ = try await ScreeningStore.submit(.init(servicePointID: desk.point.requireID(), period: period, figures: .init(found: 1, resolved: 0, escalated: 0), notes: ""),
                                                by: staff, context: context, on: app.db)
            _ = try await ScreeningStore.submit(.init(servicePointID: desk.point.requireID(), period: period, figures: .init(found: 3, resolved: 2, escalated: 0), notes: ""),
                                                by: staff, context: context, on: app.db)
            // check
            let reports = try await ScreeningReport.query(on: app.db).all()
            #expect(reports.count == 1 && reports[0].found == 3)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "screening.correct").count() == 1)
        }
    }

    @Test func inconsistentFutureOrOutOfScopeReportsAreRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let context = try await desk.context(app, desk.mediator1)
            let townBPoint = try await makeServicePoint(app, name: "北平镇工作站", in: desk.j.townB)
            let staff = try await principal(app, desk.mediator1)
            func submit(_ point: ServicePoint, _ period: String, _ figures: ScreeningFigures) async throws {
                _ = try await ScreeningStore.submit(.init(servicePointID: point.requireID(), period: ScreeningPeriod(period)!, figures: figures, notes: ""),
                                                    by: staff, context: context, on: app.db)
            }
            // act / check
            await #expect(throws: AppError.self) { try await submit(desk.point, "2026-08", .init(found: 1, resolved: 1, escalated: 1)) }
            await #expect(throws: AppError.self) { try await submit(desk.point, "2026-10", .init(found: 1, resolved: 0, escalated: 0)) }
            await #expect(throws: AppError.self) { try await submit(townBPoint, "2026-08", .init(found: 1, resolved: 0, escalated: 0)) }
            #expect(try await ScreeningReport.query(on: app.db).count() == 0)
        }
    }
}

@Suite struct MediationStatisticsQueryTests {
    @Test func statisticsOverStoredCasesMatchHandComputedFigures() async throws {
        try await withApp(clock: FixedClock(MediationDesk.now)) { app in
            // setup: three disputes accepted 2026-09-01 — one agreed (2000 yuan), one failed (500 yuan), one open (no amount)
            let desk = try await MediationDesk.make(app)
            let agreed = try await desk.register(app, desk.input(amount: "2000"), by: desk.clerk)
            _ = try await desk.agree(app, agreed, by: desk.mediator1)
            let failed = try await desk.register(app, desk.input(type: "contract", amount: "500"), by: desk.clerk)
            try await desk.claim(app, failed, by: desk.mediator2)
            let current = try await desk.fresh(app, failed)
            _ = try await MediationStore.fail(current.requireID(), version: current.version, .init(reason: .partyAbsent, note: "", referral: .none),
                                              by: try await principal(app, desk.mediator2), context: try await desk.context(app, desk.mediator2), on: app.db)
            _ = try await desk.register(app, desk.input(amount: nil), by: desk.clerk)
            // act
            let filter = MediationStatisticsQueries.Filter(from: LocalDate("2026-01-01")!, through: LocalDate("2026-12-31")!)
            let result = try await MediationStatisticsQueries.run(filter, scope: desk.j.county.regionPath, on: app.db)
            let outside = try await MediationStatisticsQueries.run(filter, scope: desk.j.townB.regionPath, on: app.db)
            // check: 3 accepted, 2 mediated, 1/2 = 50.0 %, 2500 yuan involved, 2000 agreed; nothing a year earlier
            #expect(result.current.total.accepted == 3 && result.current.total.mediated == 2)
            #expect(result.current.total.successPercentText == "50.0%")
            #expect(result.current.total.amountFen == 250_000 && result.current.total.agreedAmountFen == 200_000)
            #expect(result.current.byType[.contract]?.failed == 1)
            #expect(result.current.byPoint[desk.point.id]?.accepted == 3)
            #expect(result.pointNames[desk.point.id!] == "偏涧村人民调解室")
            #expect(result.previous.total.accepted == 0)
            #expect(outside.current.total.accepted == 0)
        }
    }
}
