import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// What the requester sees and does on the tracking page: the plain timeline, withdrawing, rating.
@Suite struct TrackingActionsTests {
    @Test func theTimelineShowsPlainStepsAndMissingMaterialsButNoStaffNamesOrInternalNotes() async throws {
        try await withApp { app in
            // setup: 补正, accepted (assigned automatically), transferred with an internal reason, and an internal note
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            try await act(app, order, .requestSupplement, by: desk.clerk, missing: ["劳动合同复印件", "工资欠条"])
            let paused = try await CitizenBrowser().tracked(app, order)
            try await act(app, order, .supplementReceived, by: desk.clerk)
            try await act(app, order, .accept, by: desk.clerk)
            try await act(app, order, .transfer, by: desk.clerk, reason: "内部转办说明MARKER", target: desk.notaryOffice)
            let current = try #require(try await WorkOrder.find(order.id, on: app.db))
            let supervisor = Doer(kind: "staff", id: desk.head.id, name: "王科长MARKER", requestID: "", ip: "")
            try await WorkOrderJournal.append(current, action: "note", from: current.state, note: "内部备注MARKER",
                                              context: ActionContext(now: app.clock.now(), doer: supervisor, secrets: app.secrets, settings: app.settings,
                                                                     calendar: try await CalendarStore.current(on: app.db)), on: app.db)
            // act
            let page = try await CitizenBrowser().tracked(app, order)
            // check
            let zh = L10n(.zhHans)
            #expect(paused.contains(zh(.trackStateSupplement)))
            #expect(paused.contains("<li>劳动合同复印件</li>") && paused.contains("<li>工资欠条</li>"))
            for sentence in [zh(.trackEventSubmitted, zh.name("channel", WorkOrderChannel.window)), zh(.trackEventSupplement, "劳动合同复印件；工资欠条"),
                             zh(.trackEventSupplementReceived), zh(.trackEventAccepted), zh(.trackEventAssigned), zh(.trackEventTransferred)] {
                #expect(page.contains(sentence), "missing: \(sentence)")
            }
            for hidden in ["MARKER", "clerk.a", "officer.1", "officer.2", "notary.a", desk.legalAid.name, desk.notaryOffice.name] {
                #expect(!page.contains(hidden), "shows \(hidden)")
            }
        }
    }

    @Test func refusalReasonAndOutcomeAreShownToTheRequester() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let refused = try await submitOrder(app, intake(desk.j, phone: "13700137000"), by: desk.clerk)
            try await act(app, refused, .refuse, by: desk.clerk, reason: "不属于法律援助范围，建议申请劳动仲裁")
            let resolved = try await resolvedOrder(app, desk, outcome: "欠薪已全部追回")
            // act
            let refusedPage = try await CitizenBrowser().tracked(app, refused, phone: "13700137000")
            let resolvedPage = try await CitizenBrowser().tracked(app, resolved)
            // check
            let zh = L10n(.zhHans)
            #expect(refusedPage.contains(zh(.trackRefusalReason)) && refusedPage.contains(zh(.trackEventRefused, "不属于法律援助范围，建议申请劳动仲裁")))
            #expect(!refusedPage.contains("withdraw-form") && !refusedPage.contains("rate-form"))
            #expect(resolvedPage.contains(zh(.trackOutcome)) && resolvedPage.contains(zh(.trackEventResolved, "欠薪已全部追回")))
            #expect(resolvedPage.contains("rate-form") && !resolvedPage.contains("withdraw-form"))
        }
    }

    @Test func withdrawingAsksFirstAndWorksOnlyWhileTheLifecycleAllows() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let open = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let resolved = try await resolvedOrder(app, desk, phone: "13700137000")
            var browser = CitizenBrowser()
            _ = try await browser.track(app, number: open.number, phone: "13800138000")
            var late = CitizenBrowser()
            _ = try await late.track(app, number: resolved.number, phone: "13700137000")
            // act
            let question = try await browser.post(app, SiteURL.trackWithdraw.path, [("version", String(open.version))])
            let stateAfterQuestion = try await WorkOrder.find(open.id, on: app.db)?.state
            let done = try await browser.post(app, SiteURL.trackWithdraw.path, [("version", String(open.version)), ("confirm", "yes")])
            let again = try await browser.post(app, SiteURL.trackWithdraw.path, [("version", String(open.version + 1)), ("confirm", "yes")])
            let refused = try await late.post(app, SiteURL.trackWithdraw.path, [("version", String(resolved.version)), ("confirm", "yes")])
            // check
            #expect(question.status == .ok && question.text.contains(L10n(.zhHans)(.trackWithdrawQuestion, open.number)))
            #expect(stateAfterQuestion == .submitted)
            #expect(done.status == .seeOther && done.location == SiteURL.trackOrder.path(query: [("done", "withdrawn")]))
            #expect(try await WorkOrder.find(open.id, on: app.db)?.state == .withdrawn)
            let event = try #require(try await WorkOrderEvent.query(on: app.db).filter(\.$workOrder.$id == open.id!).filter(\.$action == "withdraw").first())
            #expect(event.actorKind == "requester")
            #expect(try await auditCount(app, action: "work_order.withdraw") == 1)
            #expect(again.status == .conflict)
            #expect(refused.status == .conflict)
            #expect(try await WorkOrder.find(resolved.id, on: app.db)?.state == .resolved)
        }
    }

    @Test func aDissatisfiedRatingClosesTheOrderAndOpensACallBackForTheUnitHeadOnce() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await resolvedOrder(app, desk)
            var browser = CitizenBrowser()
            _ = try await browser.track(app, number: order.number, phone: "13800138000")
            // act
            let missingScore = try await browser.post(app, SiteURL.trackRate.path, [("comment", "没选分数")])
            let rated = try await browser.post(app, SiteURL.trackRate.path, [("score", "dissatisfied"), ("comment", "等了太久")])
            let page = try await browser.get(app, rated.location ?? "")
            let second = try await browser.post(app, SiteURL.trackRate.path, [("score", "satisfied"), ("comment", "")])
            let viaAPI = try await browser.api(app, SiteURL.api(.trackRating).path, json: #"{"number":"\#(order.number)","phone":"13800138000","score":"satisfied"}"#)
            // check
            #expect(missingScore.status == .unprocessableEntity && missingScore.text.contains("没选分数"))
            #expect(rated.status == .seeOther)
            let closed = try #require(try await WorkOrder.find(order.id, on: app.db))
            #expect(closed.state == .closed && closed.closedAt != nil)
            let ratings = try await Rating.query(on: app.db).all()
            #expect(ratings.count == 1)
            #expect(ratings.first?.score == .dissatisfied && ratings.first?.comment == "等了太久" && ratings.first?.$unit.id == desk.legalAid.id)
            let task = try #require(try await CallbackTask.query(on: app.db).first())
            #expect(task.kind == .dissatisfied && task.$assignee.id == desk.head.id && task.$workOrder.id == order.id)
            let actions = try await WorkOrderQueries.timeline(of: order.id!, on: app.db).map(\.action)
            #expect(Array(actions.suffix(2)) == ["rate", "close"])
            #expect(page.text.contains(L10n(.zhHans)(.trackRated)) && !page.text.contains("rate-form"))
            #expect(second.status == .conflict && second.text.contains(L10n(.zhHans)(.trackAlreadyRated)))
            #expect(viaAPI.status == .conflict)
            #expect(try await Rating.query(on: app.db).count() == 1)
            #expect(try await CallbackTask.query(on: app.db).count() == 1)
        }
    }

    @Test func aSatisfiedRatingOpensNoCallBackAndAnOpenOrderCannotBeRated() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let resolved = try await resolvedOrder(app, desk)
            let open = try await submitOrder(app, intake(desk.j, phone: "13700137000"), by: desk.clerk)
            var happy = CitizenBrowser()
            _ = try await happy.track(app, number: resolved.number, phone: "13800138000")
            var early = CitizenBrowser()
            _ = try await early.track(app, number: open.number, phone: "13700137000")
            // act
            let rated = try await happy.post(app, SiteURL.trackRate.path, [("score", "basically_satisfied")])
            let tooEarly = try await early.post(app, SiteURL.trackRate.path, [("score", "satisfied")])
            // check
            #expect(rated.status == .seeOther)
            #expect(try await CallbackTask.query(on: app.db).count() == 0)
            #expect(try await WorkOrder.find(resolved.id, on: app.db)?.state == .closed)
            #expect(tooEarly.status == .conflict && tooEarly.text.contains(L10n(.zhHans)(.trackNotRatable)))
            #expect(try await Rating.query(on: app.db).count() == 1)
        }
    }
}

extension CitizenBrowser {
    /// Tracks an order and returns its page.
    func tracked(_ app: Application, _ order: WorkOrder, phone: String = "13800138000") async throws -> String {
        var browser = self
        let answer = try await browser.track(app, number: order.number, phone: phone)
        #expect(answer.status == .seeOther)
        return try await browser.get(app, SiteURL.trackOrder.path).text
    }
}
