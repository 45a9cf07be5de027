import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct DeadlineSweepTests {
    /// 2026-09-21 (Monday) 22:13 in China.
    static let start: TimeInterval = 1_790_000_000

    static func at(day offset: Int) -> FixedClock { FixedClock(Date(timeIntervalSince1970: start + Double(offset) * 86400)) }

    @Test func ordersAreWarnedAtEightyPercentAndEscalatedToTheUnitHeadWhenOverdue() async throws {
        try await withApp(clock: Self.at(day: 0)) { app in
            // setup: legal aid, 7 days to decide: due 09-28
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // act: day 5 (5/7), day 6 (6/7 ≥ 80 %), day 8 (past due), day 9 (again)
            app.clock = Self.at(day: 5)
            let day5 = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            app.clock = Self.at(day: 6)
            let day6 = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            app.clock = Self.at(day: 8)
            let day8 = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            app.clock = Self.at(day: 9)
            let day9 = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            // check
            #expect(day5.warned == 0 && day5.escalated == 0)
            #expect(day6.warned == 1)
            #expect(day8.escalated == 1)
            #expect(day9 == .init(checked: 1), "an overdue order is escalated once")
            let stored = try await WorkOrder.find(order.id, on: app.db)!
            #expect(stored.deadlineFlag == .overdue && stored.escalatedAt != nil)
            #expect(stored.version == order.version, "the sweep never invalidates a clerk's open form")
            let actions = try await WorkOrderQueries.timeline(of: order.id!, on: app.db).map(\.action)
            #expect(actions == ["submit", "warn", "escalate"])
            let topics = try await OutboxMessage.query(on: app.db).sort(\.$id).all().map(\.topic)
            #expect(topics == ["work_order.submitted", "work_order.deadline_warning", "work_order.escalated"])
        }
    }

    @Test func aPausedOrderIsNotFlaggedWhileItWaitsForTheCitizen() async throws {
        try await withApp(clock: Self.at(day: 0)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            try await act(app, order, .requestSupplement, by: desk.clerk, missing: ["身份证复印件"])
            // act
            app.clock = Self.at(day: 20)
            let result = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            // check
            #expect(result.warned == 0 && result.escalated == 0)
            #expect(try await WorkOrder.find(order.id, on: app.db)!.deadlineFlag == .onTime)
        }
    }

    @Test func aDueDateInAYearWithoutCalendarIsProvisionalUntilTheYearIsEntered() async throws {
        // 2026-12-28 10:00 in China: 7 days later is in 2027, which the bundled calendar does not cover
        try await withApp(clock: FixedClock(Date(timeIntervalSince1970: 1_798_423_200))) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            #expect(order.acceptanceDue == "2027-01-04" && order.acceptanceDueProvisional)
            // act: an administrator enters 2027 (New Year on 01-01; 01-04 declared a holiday for the test)
            let entries = try CalendarStore.parseYear(2027, lines: "2027-01-01,holiday,元旦\n2027-01-04,holiday,测试假日").get()
            try await CalendarStore.save(year: 2027, source: "测试", entries: entries, on: app.db)
            let result = try await DeadlineSweep.run(context: try await .system(app), on: app.db)
            // check: firm now, and rolled past the holiday to 01-05
            let stored = try await WorkOrder.find(order.id, on: app.db)!
            #expect(result.firmed == 1)
            #expect(stored.acceptanceDue == "2027-01-05" && !stored.acceptanceDueProvisional)
        }
    }

    @Test func onlyOneInstanceHoldsTheSweepLease() async throws {
        try await withApp { app in
            // setup
            let now = app.clock.now()
            // act
            let a = try await JobLeases.acquire(DeadlineSweep.leaseName, holder: "instance-a", ttl: 60, now: now, on: app.db)
            let b = try await JobLeases.acquire(DeadlineSweep.leaseName, holder: "instance-b", ttl: 60, now: now, on: app.db)
            let bLater = try await JobLeases.acquire(DeadlineSweep.leaseName, holder: "instance-b", ttl: 60, now: now.addingTimeInterval(61), on: app.db)
            // check
            #expect(a && !b && bLater)
        }
    }
}
