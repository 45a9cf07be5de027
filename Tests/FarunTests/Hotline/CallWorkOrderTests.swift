import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct CallWorkOrderTests {
    /// The desk, an answered call from 138 0013 8000 and the operator's browser.
    static func answeredCall(_ app: Application, answered: Bool = true) async throws -> (WorkOrderDesk, CallRecord, Browser) {
        let desk = try await WorkOrderDesk.make(app)
        let token = try await switchboardToken(app, owner: desk.operatorUser)
        try await postCall(app, token: token, callJSON("SW-1", answerAfter: answered ? 6 : nil, operator: answered ? "operator" : nil))
        let call = try #require(try await storedCall(app, "SW-1"))
        return (desk, call, try await Browser.signedIn(app, desk.operatorUser))
    }

    static func form(_ j: Jurisdiction, name: String = "张三") -> [(String, String)] {
        [("service", "LEGAL_AID"), ("requester_name", name), ("requester_phone", "13800138000"),
         ("matter", "公司拖欠工资两个月"), ("region_id", String(j.townA.id!))]
    }

    @Test func theOperatorTurnsAnAnsweredCallIntoAnAcceptedHotlineOrderInOneStep() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.answeredCall(app)
            let path = SiteURL.hotlineCallWorkOrder(call.id!).path
            // act
            let page = try await browser.get(app, path)
            let posted = try await browser.post(app, path, Self.form(desk.j))
            // check: the form offers the caller's number and says the channel
            #expect(page.status == .ok)
            #expect(page.text.contains("value=\"13800138000\""))
            #expect(page.text.contains("12348 热线"))
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(posted.status == .seeOther)
            #expect(posted.location == SiteURL.workOrder(order.id!).path)
            #expect(order.channel == .hotline)
            #expect(order.acceptedOn != nil && [.accepted, .assigned].contains(order.state))
            #expect(order.$unit.id == desk.legalAid.id)
            #expect(order.$createdBy.id == desk.operatorUser.id)
            #expect(try await storedCall(app, "SW-1")?.$workOrder.id == order.id)
            #expect(try await auditCount(app, action: "hotline.call.work_order") == 1)
        }
    }

    @Test func aFormWithAProblemIsShownAgainAndNothingIsStored() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.answeredCall(app)
            // act
            let response = try await browser.post(app, SiteURL.hotlineCallWorkOrder(call.id!).path, Self.form(desk.j, name: " "))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(L10n(.zhHans)(.errorNameRequired)))
            #expect(response.text.contains("公司拖欠工资两个月"))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
            #expect(try await storedCall(app, "SW-1")?.$workOrder.id == nil)
        }
    }

    @Test func aCallWithAnOrderLeadsToThatOrderInsteadOfASecondOne() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.answeredCall(app)
            let path = SiteURL.hotlineCallWorkOrder(call.id!).path
            _ = try await browser.post(app, path, Self.form(desk.j))
            // act
            let again = try await browser.post(app, path, Self.form(desk.j))
            let form = try await browser.get(app, path)
            // check
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(again.location == SiteURL.workOrder(order.id!).path && form.location == SiteURL.workOrder(order.id!).path)
        }
    }

    @Test func aMissedCallCannotBecomeAnOrder() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.answeredCall(app, answered: false)
            // act
            let response = try await browser.post(app, SiteURL.hotlineCallWorkOrder(call.id!).path, Self.form(desk.j))
            // check
            #expect(response.status == .conflict)
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func anOperatorOfAnotherTownDoesNotFindTheCall() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, _) = try await Self.answeredCall(app)
            let outsider = try await Browser.signedIn(app, try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB)]))
            // act
            let page = try await outsider.get(app, SiteURL.hotlineCallWorkOrder(call.id!).path)
            let post = try await outsider.post(app, SiteURL.hotlineCallWorkOrder(call.id!).path, Self.form(desk.j))
            // check
            #expect(page.status == .notFound && post.status == .notFound)
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }
}
