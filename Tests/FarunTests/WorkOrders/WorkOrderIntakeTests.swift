import FarunCore
import Fluent
import SQLKit
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct WorkOrderIntakeTests {
    @Test func windowIntakeCreatesANumberedOrderWithEncryptedRequesterAndAcceptanceDeadline() async throws {
        try await withApp(clock: FixedClock(Date(timeIntervalSince1970: 1_790_000_000))) { app in
            // setup (2026-09-21, 22:13 in China)
            let desk = try await WorkOrderDesk.make(app)
            // act
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // check
            #expect(order.number.hasPrefix("141025100000-20260921-"))
            #expect(order.state == .submitted)
            #expect(order.requesterPhoneMasked == "138****8000")
            #expect(!order.requesterPhoneEncrypted.contains("13800138000"))
            #expect(try app.secrets.decrypt(order.requesterPhoneEncrypted) == "13800138000")
            #expect(order.residentIDMasked == "1101**********002X")
            // 法律援助法 art 43: 7 days, calendar by default; 2026-09-21 + 7 = 09-28 (a Monday, working day)
            #expect(order.acceptanceDue == "2026-09-28")
            let events = try await WorkOrderQueries.timeline(of: order.id!, on: app.db)
            #expect(events.map(\.action) == ["submit"])
            #expect(try await CitizenNotice.query(on: app.db).count() == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == 1)
        }
    }

    @Test func acceptingRoutesToTheUnitAndRoundRobinAssigns() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            // act
            let first = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let second = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            // check
            #expect(first.state == .assigned && second.state == .assigned)
            #expect(first.$unit.id == desk.legalAid.id)
            #expect(Set([first.$assignee.id, second.$assignee.id]) == Set([desk.officer1.id, desk.officer2.id]))
        }
    }

    @Test func invalidInputIsRefusedFieldByFieldAndNothingIsStored() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            var input = intake(desk.j, service: "NO_SUCH", phone: "12345", residentID: "110105194912310021")
            input.requesterName = " "
            input.matter = ""
            // act
            let result = try await WorkOrderIntake.validate(input, submitter: .staff(try await principal(app, desk.clerk)), on: app.db)
            // check
            guard case .failure(let error) = result else { Issue.record("accepted bad input"); return }
            #expect(Set(error.fieldProblems.map(\.field)) == ["service", "requester_name", "requester_phone", "resident_id", "matter"])
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func aChannelTheCatalogDoesNotAllowIsRefused() async throws {
        try await withApp { app in
            // setup: legality review is internal only (window)
            let desk = try await WorkOrderDesk.make(app)
            // act
            let result = try await WorkOrderIntake.validate(intake(desk.j, service: "LEGALITY_REVIEW", channel: "web"), submitter: .citizen(citizenID: nil), on: app.db)
            // check
            guard case .failure(let error) = result else { Issue.record("accepted"); return }
            #expect(error.fieldProblems.map(\.field) == ["channel"])
        }
    }

    @Test func staffCannotRegisterOutsideTheirRegion() async throws {
        try await withApp { app in
            // setup: the clerk works in town A
            let desk = try await WorkOrderDesk.make(app)
            var input = intake(desk.j)
            input.regionID = desk.j.townB.id
            // act
            let result = try await WorkOrderIntake.validate(input, submitter: .staff(try await principal(app, desk.clerk)), on: app.db)
            // check
            guard case .failure(let error) = result else { Issue.record("accepted"); return }
            #expect(error.fieldProblems.map(\.field) == ["region_id"])
        }
    }
}

@Suite struct WorkOrderDeadlineUnitTests {
    /// 2026-09-24 (Thursday) 10:00 in China: the 中秋 holidays start the next day, National Day a week later.
    static let thursday = FixedClock(Date(timeIntervalSince1970: 1_790_215_200))

    @Test func nDaysOfTheLegalAidLawAreCalendarDaysByDefaultAndRollPastNationalDay() async throws {
        try await withApp(clock: Self.thursday) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            // act
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // check: 09-24 + 7 days = 10-01, a holiday; the period ends on the first working day after it, 10-08
            #expect(order.acceptanceDue == "2026-10-08")
        }
    }

    @Test func aDeploymentThatCountsThemAsWorkingDaysSkipsHolidaysAndCountsTheMakeUpSaturday() async throws {
        try await withApp(clock: Self.thursday) { app in
            // setup
            app.settings.unspecifiedDayUnit = .workingDays
            let desk = try await WorkOrderDesk.make(app)
            // act
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // check: 09-28, 29, 30, 10-08, 09, 10 (adjusted workday), 12 → 10-12
            #expect(order.acceptanceDue == "2026-10-12")
        }
    }

    @Test func theTimelineIsAppendOnlyInTheDatabase() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // act
            let update: Void? = try? await app.db.sql.raw("UPDATE work_order_events SET note = 'x' WHERE work_order_id = \(bind: order.id!)").run()
            let delete: Void? = try? await app.db.sql.raw("DELETE FROM work_order_events WHERE work_order_id = \(bind: order.id!)").run()
            // check
            #expect(update == nil && delete == nil)
            let events = try await WorkOrderQueries.timeline(of: order.id!, on: app.db)
            #expect(events.count == 1 && events[0].note == "")
        }
    }
}
