import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The missed caller's full number on the call-back list: shown on request to people who may do the task, recorded.
@Suite struct CallbackPhoneTests {
    @Test func theOperatorSeesTheFullNumberOnlyAfterAskingAndEachLookIsAudited() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let task = try await CallbackTests.missedCall(app, desk)
            let browser = try await Browser.signedIn(app, desk.operatorUser)
            let path = SiteURL.callbackPhone(task.id!).path
            // act
            let before = try await browser.get(app, SiteURL.callbacks.path)
            let revealed = try await browser.post(app, path, [])
            let twice = try await browser.post(app, path, [])
            let after = try await browser.get(app, SiteURL.callbacks.path)
            // check
            #expect(before.text.contains("action=\"\(path)\"") && before.text.contains(L10n(.zhHans)(.callbacksRevealPhone)))
            #expect(!before.text.contains("13800138000") && before.text.contains("138****8000"))
            #expect(revealed.status == .ok && revealed.text.contains("href=\"tel:13800138000\""))
            #expect(revealed.text.contains("action=\"/staff/callbacks/\(task.id!)/done\""))
            #expect(twice.status == .ok)
            #expect(!after.text.contains("13800138000"))
            #expect(try await auditCount(app, action: "callback.view_phone") == 2)
            let audit = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "callback.view_phone").first())
            #expect(audit.targetID == task.id && audit.actorID == desk.operatorUser.id)
        }
    }

    @Test func peopleWhoMayNotDoTheTaskGetNotFoundAndNoNumber() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup: the missed call rang in town A
            let desk = try await WorkOrderDesk.make(app)
            let task = try await CallbackTests.missedCall(app, desk)
            let townB = try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB), (.bureauAdmin, desk.j.townB)])
            let path = SiteURL.callbackPhone(task.id!).path
            // act
            let outsider = try await Browser.signedIn(app, townB).post(app, path, [])
            let officer = try await Browser.signedIn(app, desk.officer1).post(app, path, [])
            // check
            for response in [outsider, officer] {
                #expect(response.status == .notFound && !response.text.contains("13800138000"))
            }
            #expect(try await auditCount(app, action: "callback.view_phone") == 0)
        }
    }

    @Test func aDoneTaskOrADissatisfiedFollowUpRevealsNoNumber() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let task = try await CallbackTests.missedCall(app, desk)
            let browser = try await Browser.signedIn(app, desk.operatorUser)
            _ = try await browser.post(app, SiteURL.callbackDone(task.id!).path, [("outcome", "已回拨"), ("version", "1")])
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let followUp = try await CallbackTasks.openForDissatisfied(order, now: hotlineNow, on: app.db)
            // act
            let done = try await browser.post(app, SiteURL.callbackPhone(task.id!).path, [])
            let dissatisfied = try await Browser.signedIn(app, desk.head).post(app, SiteURL.callbackPhone(followUp.id!).path, [])
            // check
            #expect(done.status == .conflict && done.text.contains(L10n(.zhHans)(.callbackPhoneTaskDone)) && !done.text.contains("13800138000"))
            #expect(dissatisfied.status == .notFound)
            #expect(try await auditCount(app, action: "callback.view_phone") == 0)
        }
    }
}
