import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct CallbackTests {
    /// A missed call in town A and its call-back task.
    static func missedCall(_ app: Application, _ desk: WorkOrderDesk) async throws -> CallbackTask {
        let token = try await switchboardToken(app, owner: desk.operatorUser)
        try await postCall(app, token: token, callJSON("SW-M", answerAfter: nil, operator: nil, recording: "", regionID: desk.j.townA.id))
        return try #require(try await CallbackTask.query(on: app.db).first())
    }

    @Test func anOperatorRecordsTheOutcomeOfACallBack() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let task = try await Self.missedCall(app, desk)
            let browser = try await Browser.signedIn(app, desk.operatorUser)
            // act
            let before = try await browser.get(app, SiteURL.callbacks.path)
            let done = try await browser.post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "已回拨，群众咨询欠薪，已告知法律援助申请材料"), ("version", "1")])
            let open = try await browser.get(app, SiteURL.callbacks.path)
            let finished = try await browser.get(app, SiteURL.callbacks.path(query: [("state", "done")]))
            // check
            #expect(before.text.contains("action=\"/staff/callbacks/\(task.id!)/done\""))
            #expect(!before.text.contains("13800138000") && before.text.contains("138****8000"))
            #expect(done.status == .seeOther)
            let stored = try #require(try await CallbackTask.find(task.id, on: app.db))
            #expect(stored.doneAt == hotlineNow && stored.$doneBy.id == desk.operatorUser.id && stored.version == 2)
            #expect(stored.outcome == "已回拨，群众咨询欠薪，已告知法律援助申请材料")
            #expect(!open.text.contains("action=\"/staff/callbacks/\(task.id!)/done\""))
            #expect(finished.text.contains("已告知法律援助申请材料"))
            #expect(try await auditCount(app, action: "callback.done") == 1)
        }
    }

    @Test func aStaleVersionIsRefusedWithAClearMessageAndTheFirstOutcomeStays() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup: two operators opened the list at version 1; the first records an outcome
            let desk = try await WorkOrderDesk.make(app)
            let task = try await Self.missedCall(app, desk)
            let first = try await Browser.signedIn(app, desk.operatorUser)
            let second = try await Browser.signedIn(app, try await makeStaff(app, "operator.2", [(.hotlineOperator, desk.j.county)]))
            _ = try await first.post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "第一位接线员已回拨"), ("version", "1")])
            // act
            let stale = try await second.post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "第二位接线员也回拨"), ("version", "1")])
            // check
            #expect(stale.status == .conflict)
            #expect(stale.text.contains(L10n(.zhHans)(.callbackStale)))
            #expect(try await CallbackTask.find(task.id, on: app.db)?.outcome == "第一位接线员已回拨")
            #expect(try await auditCount(app, action: "callback.done") == 1)
        }
    }

    @Test func anEmptyOutcomeIsRefusedNextToTheTaskAndItStaysOpen() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let task = try await Self.missedCall(app, desk)
            let browser = try await Browser.signedIn(app, desk.operatorUser)
            // act
            let response = try await browser.post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "  "), ("version", "1")])
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"outcome-\(task.id!)-error\""))
            #expect(try await CallbackTask.find(task.id, on: app.db)?.doneAt == nil)
        }
    }

    @Test func aDissatisfiedFollowUpIsSeenByTheUnitHeadAndSupervisorsOfTheRegionOnly() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup: an order of town A handled by the legal aid centre (head: desk.head), rated 不满意
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let task = try await CallbackTasks.openForDissatisfied(order, now: hotlineNow, on: app.db)
            let townASupervisor = try await makeStaff(app, "jos.a", [(.judicialOfficeStaff, desk.j.townA)])
            let townBSupervisor = try await makeStaff(app, "jos.b", [(.judicialOfficeStaff, desk.j.townB)])
            func sees(_ user: StaffUser) async throws -> Bool {
                let response = try await apiRequest(app, .GET, SiteURL.api(.callbacks).path, browser: try await Browser.signedIn(app, user))
                return (try jsonObject(response)["items"] as? [[String: Any]] ?? []).contains { $0["id"] as? Int == task.id }
            }
            // act
            let head = try await sees(desk.head)
            let supervisorA = try await sees(townASupervisor)
            let supervisorB = try await sees(townBSupervisor)
            let hotlineOperator = try await sees(desk.operatorUser)
            let officer = try await sees(desk.officer1)
            let outsiderDone = try await Browser.signedIn(app, townBSupervisor)
                .post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "越权"), ("version", "1")])
            // check
            #expect(task.$assignee.id == desk.head.id)
            #expect(head && supervisorA)
            #expect(!supervisorB && !hotlineOperator && !officer)
            #expect(outsiderDone.status == .notFound)
            #expect(try await CallbackTask.find(task.id, on: app.db)?.doneAt == nil)
        }
    }
}
