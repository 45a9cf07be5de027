import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The generic work-order steps stay off LEGAL_AID orders that carry a legal aid record (第四十三条 review and
/// assignment, 第五十条 closing report); the legal aid workflow still moves the order.
@Suite struct LegalAidOrderGuardTests {
    func order(_ app: Application, _ application: LegalAidApplication) async throws -> WorkOrder {
        try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
    }

    func events(_ app: Application, _ order: WorkOrder) async throws -> Int {
        try await WorkOrderEvent.query(on: app.db).filter(\.$workOrder.$id == order.requireID()).count()
    }

    @Test("第四十三条: accept, refuse, request_supplement, transfer and assign are refused on an application under review; the order does not move")
    func underReviewRefusesGenericSteps() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            let before = try await order(app, application)
            let eventsBefore = try await events(app, before)
            // act
            var refused: [WorkOrderAction] = []
            for action in [WorkOrderAction.accept, .refuse, .requestSupplement, .transfer, .assign] {
                let error = await thrownAppError {
                    _ = try await act(app, before, action, by: d.officer, reason: "理由", missing: ["工资条"], assignee: d.desk.officer2,
                                      target: d.desk.notaryOffice)
                }
                if isConflict(error, .legalAidOrderGuarded) { refused.append(action) }
            }
            // check
            #expect(refused == [.accept, .refuse, .requestSupplement, .transfer, .assign])
            let after = try await order(app, application)
            #expect(after.state == .submitted)
            #expect(after.version == before.version)
            #expect(after.$unit.id == nil)
            #expect(try await events(app, after) == eventsBefore)
        }
    }

    @Test("the guard is about the legal aid record: a LEGAL_AID work order without one is still accepted generically")
    func plainLegalAidOrderStillAccepts() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let plain = try await submitOrder(app, intake(d.j), by: d.clerk)
            // act
            let accepted = try await act(app, plain, .accept, by: d.officer)
            // check
            #expect(accepted.state == .accepted || accepted.state == .assigned)
        }
    }

    @Test("第四十三条第二款: supplement_received is refused while the legal aid notice of missing materials is open")
    func supplementReceivedRefused() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            try await legalAidAct(app, application, .requestMaterials, by: d.officer, on: "2026-11-03") { $0.missingMaterials = ["工资条"] }
            let paused = try await order(app, application)
            // act
            let error = await thrownAppError { _ = try await act(app, paused, .supplementReceived, by: d.officer) }
            // check
            #expect(paused.state == .supplementRequested)
            #expect(isConflict(error, .legalAidOrderGuarded))
            #expect(try await order(app, application).state == .supplementRequested)
        }
    }

    @Test("第四十三、五十条: start, return, resolve and withdraw are refused on an assigned case; the legal aid steps move the order and the rating closes it after the closing report")
    func assignedCaseMovesOnlyThroughLegalAid() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-04") { $0.providerID = d.lawyer.id }
            let assigned = try await order(app, application)
            // act
            let start = await thrownAppError { _ = try await act(app, assigned, .start, by: d.lawyer) }
            let back = await thrownAppError { _ = try await act(app, assigned, .returnToFrontDesk, by: d.lawyer, reason: "不想办") }
            try await legalAidAct(app, application, .startHandling, by: d.lawyer, on: "2026-11-05", provider: true)
            let handling = try await order(app, application)
            let resolve = await thrownAppError { _ = try await act(app, handling, .resolve, by: d.lawyer, reason: "办完了") }
            let withdraw = await thrownAppError {
                _ = try await CitizenActions.withdraw(try handling.requireID(), version: handling.version, context: try await ActionContext.system(app), on: app.db)
            }
            try await legalAidAct(app, application, .close, by: d.lawyer, on: "2026-11-20", provider: true) {
                $0.outcome = .won
                $0.closingReport = "仲裁裁决支持全部工资"
            }
            let resolved = try await order(app, application)
            let rated = try await CitizenActions.rate(try resolved.requireID(), score: .satisfied, comment: "", context: try await ActionContext.system(app), on: app.db)
            // check
            #expect(assigned.state == .assigned && assigned.$assignee.id == d.lawyer.id)
            #expect(isConflict(start, .legalAidOrderGuarded))
            #expect(isConflict(back, .legalAidOrderGuarded))
            #expect(handling.state == .inProgress)
            #expect(isConflict(resolve, .legalAidOrderGuarded))
            #expect(isConflict(withdraw, .legalAidOrderGuardedCitizen))
            #expect(resolved.state == .resolved)
            #expect(rated.state == .closed)
        }
    }

    @Test("the API answers a generic step on a legal aid order with a 409 problem naming the legal aid page, and offers no generic steps")
    func apiRefusesWithProblem() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            let current = try await order(app, application)
            let officer = try await Browser.signedIn(app, d.officer)
            let id = try current.requireID()
            // act
            let shown = try await apiRequest(app, .GET, "/api/v1/work-orders/\(id)", browser: officer)
            let accept = try await apiRequest(app, .POST, "/api/v1/work-orders/\(id)/actions", browser: officer,
                                              json: #"{"action":"accept","version":\#(current.version)}"#)
            // check
            #expect(shown.status == .ok)
            #expect(shown.text.contains(#""actions":[]"#))
            #expect(accept.status == .conflict)
            #expect(accept.headers.contentType?.description.contains("problem+json") == true)
            // JSONEncoder writes "/" as "\/".
            #expect(accept.text.replacingOccurrences(of: "\\/", with: "/").contains("/staff/legal-aid/\(try application.requireID())"))
            #expect(try await order(app, application).state == .submitted)
        }
    }

    @Test("the work-order page hides the generic steps of a legal aid order, links the legal aid page, and refuses a posted step")
    func pageHidesStepsAndLinks() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            let current = try await order(app, application)
            let officer = try await Browser.signedIn(app, d.officer)
            let id = try current.requireID()
            // act
            let page = try await officer.get(app, "/staff/work-orders/\(id)")
            let posted = try await officer.post(app, "/staff/work-orders/\(id)/actions", [("action", "accept"), ("version", String(current.version))])
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("href=\"/staff/legal-aid/\(try application.requireID())\""))
            #expect(!page.text.contains("id=\"step-accept\""))
            #expect(posted.status == .conflict)
            #expect(posted.text.contains(application.number))
            #expect(try await order(app, application).state == .submitted)
        }
    }

    @Test("the tracking page offers no withdrawal of a legal aid application (the agency records it)")
    func trackingOffersNoWithdraw() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            let plain = try await submitOrder(app, intake(d.j), by: d.clerk)
            // act
            let aid = try await TrackingModel.build(try await order(app, application), l: L10n(.zhHans), on: app.db)
            let other = try await TrackingModel.build(plain, l: L10n(.zhHans), on: app.db)
            // check
            #expect(!aid.canWithdraw)
            #expect(other.canWithdraw)
        }
    }
}
