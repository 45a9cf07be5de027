import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 满意度统计: counts and rate by unit and service, call-backs, and only the viewer's regions.
@Suite struct SatisfactionTests {
    private func rate(_ app: Application, _ desk: WorkOrderDesk, phone: String, _ score: RatingScore) async throws -> WorkOrder {
        let order = try await resolvedOrder(app, desk, phone: phone)
        let context = ActionContext(now: app.clock.now(), doer: Doer(kind: "requester", id: nil, name: "", requestID: "", ip: ""),
                                    secrets: app.secrets, settings: app.settings, calendar: try await CalendarStore.current(on: app.db))
        return try await CitizenActions.rate(order.id!, score: score, comment: "", context: context, on: app.db)
    }

    @Test func thePageCountsEachScoreTheRateAndTheCallBacksInTheViewersRegions() async throws {
        try await withApp { app in
            // setup: three ratings in town A; one 不满意 call-back done, one open
            let desk = try await WorkOrderDesk.make(app)
            _ = try await rate(app, desk, phone: "13800138001", .satisfied)
            _ = try await rate(app, desk, phone: "13800138002", .dissatisfied)
            let third = try await rate(app, desk, phone: "13800138003", .dissatisfied)
            let task = try #require(try await CallbackTask.query(on: app.db).filter(\.$workOrder.$id == third.id!).first())
            task.doneAt = app.clock.now()
            try await task.save(on: app.db)
            _ = try await rate(app, desk, phone: "13800138004", .basicallySatisfied)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            let outsider = try await makeStaff(app, "outsider", [(.bureauAdmin, desk.j.townB)])
            // act
            let page = try await Browser.signedIn(app, bureau).get(app, SiteURL.satisfaction.path)
            let outside = try await Browser.signedIn(app, outsider).get(app, SiteURL.satisfaction.path)
            // check: (1 + 1) / 4 = 50.0 %
            #expect(page.status == .ok)
            let zh = L10n(.zhHans)
            let today = LocalDate.inChina(app.clock.now())
            #expect(page.text.contains(zh(.satisfactionSummary, today.adding(days: -29).description, today.description, 4, "50.0%")))
            let unitRow = try #require(page.text.range(of: "<tr><th scope=\"row\">\(desk.legalAid.name)</th>.*?</tr>", options: .regularExpression))
            let cells = page.text[unitRow].matches(of: /<td class="num">([^<]*)<\/td>/).map { String($0.1) }
            #expect(cells == ["1", "1", "2", "4", "50.0%", "1", "1"])
            #expect(page.text.contains("<th scope=\"row\">法律援助</th>"))
            #expect(outside.status == .ok)
            #expect(outside.text.contains(zh(.satisfactionEmpty)) && !outside.text.contains(desk.legalAid.name))
        }
    }

    @Test func aBadDateIsReportedAndTheRangeFallsBackToTheLastThirtyDays() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            // act
            let page = try await Browser.signedIn(app, bureau).get(app, SiteURL.satisfaction.path(query: [("from", "2026-02-30")]))
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains(L10n(.zhHans)(.deadlineDateInvalid)))
            #expect(page.text.contains(L10n(.zhHans)(.satisfactionEmpty)))
        }
    }

    @Test func aggregationGroupsByUnitAndServiceAndCountsCallBacks() {
        // setup
        let items: [SatisfactionQueries.Item] = [
            .init(unitID: 1, serviceCode: "LEGAL_AID", score: .satisfied, callbackDone: nil),
            .init(unitID: 1, serviceCode: "LEGAL_AID", score: .dissatisfied, callbackDone: false),
            .init(unitID: 2, serviceCode: "NOTARIZATION", score: .dissatisfied, callbackDone: true),
            .init(unitID: nil, serviceCode: "LEGAL_AID", score: .basicallySatisfied, callbackDone: nil),
        ]
        // act
        let report = SatisfactionQueries.aggregate(items)
        // check
        #expect(report.byUnit[1]?.tally == SatisfactionRate(satisfied: 1, dissatisfied: 1))
        #expect(report.byUnit[1]?.openCallbacks == 1 && report.byUnit[2]?.doneCallbacks == 1)
        #expect(report.byUnit[nil as Int?]?.tally.basicallySatisfied == 1)
        #expect(report.byService["LEGAL_AID"]?.tally.total == 3)
        #expect(report.total.tally.percentText == "50.0%")
    }
}
