import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct HotlineFiguresAPITests {
    /// Six calls on 2026-09-21 in the county (one of them in town B), one the day before.
    static func calls(_ app: Application) async throws -> (WorkOrderDesk, county: String, townB: String) {
        let desk = try await WorkOrderDesk.make(app)
        try await makeStaff(app, "operator.2", [(.hotlineOperator, desk.j.county)])
        let townBOperator = try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB)])
        let county = try await switchboardToken(app, owner: desk.operatorUser)
        let townB = try await switchboardToken(app, owner: townBOperator)
        let ring = hotlineNow.addingTimeInterval(-3600)
        try await postCall(app, token: county, callJSON("A", ring: ring, answerAfter: 10, talk: 100))
        try await postCall(app, token: county, callJSON("B", ring: ring.addingTimeInterval(60), answerAfter: 15, talk: 200))
        try await postCall(app, token: county, callJSON("C", ring: ring.addingTimeInterval(120), answerAfter: 16, talk: 300, operator: "operator.2"))
        try await postCall(app, token: county, callJSON("D", ring: ring.addingTimeInterval(180), answerAfter: nil, operator: nil))
        try await postCall(app, token: county, callJSON("E", ring: ring.addingTimeInterval(240), answerAfter: nil, operator: nil))
        try await postCall(app, token: townB, callJSON("G", ring: ring.addingTimeInterval(300), answerAfter: 5, talk: 60, operator: nil))
        try await postCall(app, token: county, callJSON("YESTERDAY", ring: ring.addingTimeInterval(-86_400), answerAfter: 40))
        // D has been called back.
        let d = try #require(try await storedCall(app, "D"))
        let task = try #require(try await CallbackTask.query(on: app.db).filter(\.$callRecord.$id == d.requireID()).first())
        task.doneAt = hotlineNow
        task.outcome = "已回拨"
        try await task.save(on: app.db)
        return (desk, county, townB)
    }

    @Test func theFiguresCountTheCallsOfThePeriodInTheCallersScope() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (_, county, townB) = try await Self.calls(app)
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/hotline/figures?from=2026-09-21&to=2026-09-21", token: county)
            let townBView = try await apiRequest(app, .GET, "/api/v1/hotline/figures?from=2026-09-21&to=2026-09-21", token: townB)
            // check
            #expect(response.status == .ok)
            let f = try jsonObject(response)
            #expect(f["total_calls"] as? Int == 6 && f["answered_calls"] as? Int == 4 && f["missed_calls"] as? Int == 2)
            let rate = try #require(f["connection_rate"] as? [String: Any])
            #expect(rate["count"] as? Int == 4 && rate["of"] as? Int == 6 && rate["percent"] as? Double == 66.6)
            #expect(f["connection_rate_target_percent"] as? Int == 95 && f["connection_target_met"] as? Bool == false)
            #expect((f["answered_within_15s"] as? [String: Any])?["percent"] as? Double == 50)
            #expect((f["answered_within_15s_of_answered"] as? [String: Any])?["percent"] as? Double == 75)
            #expect(f["average_talk_seconds"] as? Double == 165 && f["average_speed_of_answer_seconds"] as? Double == 11.5)
            let operators = try #require(f["per_operator"] as? [[String: Any]])
            #expect(operators.map { $0["username"] as? String } == ["operator", "operator.2"])
            #expect(operators.map { $0["answered_calls"] as? Int } == [2, 1])
            #expect(operators.map { $0["talk_seconds"] as? Int } == [300, 300])
            #expect(f["missed_called_back"] as? Int == 1 && f["missed_not_called_back"] as? Int == 1)
            #expect(try jsonObject(townBView)["total_calls"] as? Int == 1)
        }
    }

    @Test func aReversedPeriodIsRefusedAndAnEmptyOneHasNoRate() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            // act
            let reversed = try await apiRequest(app, .GET, "/api/v1/hotline/figures?from=2026-09-21&to=2026-09-01", token: token)
            let empty = try await apiRequest(app, .GET, "/api/v1/hotline/figures", token: token)
            // check
            #expect(reversed.status == .unprocessableEntity)
            let f = try jsonObject(empty)
            #expect(empty.status == .ok && f["from"] as? String == "2026-09-01" && f["to"] as? String == "2026-09-21")
            // no calls: no verdict and no rate (absent, as every nil in the API)
            #expect(f["total_calls"] as? Int == 0 && f["connection_target_met"] == nil)
            #expect((f["connection_rate"] as? [String: Any])?["of"] as? Int == 0)
            #expect((f["connection_rate"] as? [String: Any])?["percent"] == nil)
        }
    }

    @Test func theFiguresPageShowsTheRateTheTargetAndAnAccessibleChart() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, _, _) = try await Self.calls(app)
            // act
            let page = try await Browser.signedIn(app, desk.operatorUser).get(app, "/staff/hotline/figures?from=2026-09-21&to=2026-09-21")
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("66.6%"))
            #expect(page.text.contains(L10n(.zhHans)(.hotlineTargetMissed, 95)))
            #expect(page.text.contains("role=\"img\"") && page.text.contains("<desc id=\"operator-chart-desc\">"))
        }
    }
}
