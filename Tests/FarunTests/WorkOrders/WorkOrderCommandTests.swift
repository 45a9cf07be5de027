import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// The lifecycle as the app runs it: roles, side effects, deadlines and refusals.
@Suite struct WorkOrderCommandTests {
    /// 2026-09-28 (Monday) 10:00 in China.
    static let monday = FixedClock(Date(timeIntervalSince1970: 1_790_560_800))

    @Test func aNotarizationGetsFifteenWorkingDaysAcrossNationalDayAndThePauseForMaterialsExtendsThem() async throws {
        try await withApp(clock: Self.monday) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, service: "NOTARIZATION", acceptNow: true), by: desk.clerk)
            // check: accepted 09-28; 15 working days skip 10-01…07 and count Saturday 10-10 → 10-23 (公证法 art 30)
            #expect(order.state == .accepted)
            #expect(order.handlingDue == "2026-10-23")
            // act: the notary claims, starts, and asks for materials on 10-12; they arrive on 10-14
            let claimed = try #require(try await WorkOrderCommands.claimNext(unitID: desk.notaryOffice.id!, staff: try await principal(app, desk.notary), context: try await .system(app), on: app.db))
            try await act(app, claimed, .start, by: desk.notary)
            app.clock = FixedClock(Date(timeIntervalSince1970: 1_790_560_800 + 14 * 86400))
            let paused = try await act(app, claimed, .requestSupplement, by: desk.notary, missing: ["委托书原件", ""])
            app.clock = FixedClock(Date(timeIntervalSince1970: 1_790_560_800 + 16 * 86400))
            let resumed = try await act(app, claimed, .supplementReceived, by: desk.notary)
            // check: two paused working days (10-12, 10-13) move the due date to 10-27
            #expect(paused.state == .supplementRequested && paused.missingMaterialList == ["委托书原件"])
            #expect(resumed.state == .inProgress)
            #expect(resumed.handlingDue == "2026-10-27")
            #expect(resumed.missingMaterials.isEmpty)
            let pauses = try await WorkOrderPause.query(on: app.db).all()
            #expect(pauses.map(\.startedOn) == ["2026-10-12"] && pauses.map(\.endedOn) == ["2026-10-14"])
        }
    }

    @Test func aStaleVersionIsRefusedAndChangesNothing() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            try await act(app, order, .accept, by: desk.clerk)
            // act
            await #expect(throws: AppError.self) {
                try await act(app, order, .refuse, by: desk.clerk, reason: "不属于受理范围", version: order.version)
            }
            // check
            let current = try await WorkOrder.find(order.id, on: app.db)!
            #expect(current.state == .assigned)
            #expect(try await WorkOrderQueries.timeline(of: order.id!, on: app.db).map(\.action) == ["submit", "accept", "assign"])
        }
    }

    @Test func illegalTransitionsAndMissingReasonsAreRefusedWithTheirOwnMessages() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // act / check: resolving a submitted order is not a move of the lifecycle
            do {
                try await act(app, order, .resolve, by: desk.clerk)
                Issue.record("resolved a submitted order")
            } catch let error as AppError {
                #expect(error.status == .conflict)
                #expect(error.message(L10n(.zhHans)).contains("已提交"))
            }
            // a refusal needs a reason
            do {
                try await act(app, order, .refuse, by: desk.clerk, reason: "  ")
                Issue.record("refused without a reason")
            } catch let error as AppError {
                #expect(error.fieldProblems.map(\.field) == ["reason"])
            }
            // an officer of the unit may not take the front desk's step on an order not yet in the unit
            do {
                try await act(app, order, .accept, by: desk.notary)
                Issue.record("a notary of town A accepted a legal aid order")
            } catch let error as AppError {
                #expect(error.status == .conflict || error.status == .forbidden)
            }
            #expect(try await WorkOrder.find(order.id, on: app.db)!.state == .submitted)
        }
    }

    @Test func aTransferKeepsTheHistoryAndTheReceivingUnitAccepts() async throws {
        try await withApp { app in
            // setup: a mediation committee in town A takes transfers
            let desk = try await WorkOrderDesk.make(app)
            let mediator = try await makeStaff(app, "mediator.a", [(.mediator, desk.j.townA)])
            let committee = try await makeUnit(app, "岳阳镇人民调解委员会", in: desk.j.townA, strategy: .leastLoad, members: [(mediator, 2)])
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            // act
            let transferred = try await act(app, order, .transfer, by: desk.officer1, reason: "适宜调解", target: committee)
            let taken = try await act(app, transferred, .accept, by: mediator)
            // check
            #expect(transferred.state == .transferred && transferred.$unit.id == committee.id && transferred.$assignee.id == nil)
            #expect(taken.state == .assigned && taken.$assignee.id == mediator.id)
            let actions = try await WorkOrderQueries.timeline(of: order.id!, on: app.db).map(\.action)
            #expect(actions == ["submit", "accept", "assign", "transfer", "accept", "assign"])
        }
    }

    @Test func aParentResolvesOnlyWhenItsChildrenAreDone() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let parent = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            var childInput = intake(desk.j, service: "NOTARIZATION", acceptNow: true)
            childInput.parent = parent.number
            let child = try await submitOrder(app, childInput, by: desk.clerk)
            let holder = try #require(try await StaffUser.find(parent.$assignee.id, on: app.db))
            try await act(app, parent, .start, by: holder)
            // act
            var refusedWhileOpen = false
            do { try await act(app, parent, .resolve, by: holder, reason: "已提供法律援助") } catch { refusedWhileOpen = true }
            let claimed = try #require(try await WorkOrderCommands.claimNext(unitID: desk.notaryOffice.id!, staff: try await principal(app, desk.notary), context: try await .system(app), on: app.db))
            try await act(app, claimed, .start, by: desk.notary)
            try await act(app, claimed, .resolve, by: desk.notary, reason: "已出具公证书")
            let resolved = try await act(app, parent, .resolve, by: holder, reason: "已提供法律援助")
            // check
            #expect(child.$parent.id == parent.id)
            #expect(refusedWhileOpen)
            #expect(resolved.state == .resolved && resolved.outcome == "已提供法律援助")
        }
    }

    @Test func assigningBeyondAMembersCapacityIsRefused() async throws {
        try await withApp { app in
            // setup: the notary may hold 3 orders
            let desk = try await WorkOrderDesk.make(app)
            var orders: [WorkOrder] = []
            for _ in 0..<4 { orders.append(try await submitOrder(app, intake(desk.j, service: "NOTARIZATION", acceptNow: true), by: desk.clerk)) }
            // act
            for order in orders.prefix(3) { try await act(app, order, .assign, by: desk.head, assignee: desk.notary) }
            var refused: AppError?
            do { try await act(app, orders[3], .assign, by: desk.head, assignee: desk.notary) } catch let error as AppError { refused = error }
            // check
            #expect(refused?.status == .conflict)
            #expect(try await WorkOrderQueue.openLoad(of: desk.notary.id!, on: app.db) == 3)
        }
    }
}
