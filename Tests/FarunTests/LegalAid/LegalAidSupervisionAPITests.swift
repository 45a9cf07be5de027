import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The supervision API and the rating/complaint API, with the app's clock fixed (no sleeping).
@Suite struct LegalAidSupervisionAPITests {
    @Test("LA-01 第四十三条: the supervision list is region-scoped, filtered by kind, paged, and 督办 is recorded through the API")
    func supervisionThroughTheAPI() async throws {
        try await withApp(clock: FixedClock(chinaMorning("2026-11-12"))) { app in
            // setup: two undecided applications received 11-02, one granted 11-03 and not assigned
            let d = try await LegalAidDesk.make(app)
            let a = try await legalAidApply(app, legalAidInput(d.j, name: "甲一", phone: "13800000001"), by: d.clerk)
            _ = try await legalAidApply(app, legalAidInput(d.j, name: "乙二", phone: "13800000002"), by: d.clerk)
            _ = try await LegalAidSupervisionFixtures.granted(app, d, name: "丙三")
            let officer = try await Browser.signedIn(app, d.officer)
            let outsiderUser = try await makeStaff(app, "officer.b", [(.legalAidOfficer, d.j.townB)])
            let outsider = try await Browser.signedIn(app, outsiderUser)
            let lawyer = try await Browser.signedIn(app, d.lawyer)
            // act
            let all = try await apiRequest(app, .GET, "/api/v1/legal-aid/supervision", browser: officer)
            let decisions = try await apiRequest(app, .GET, "/api/v1/legal-aid/supervision?kind=decision_overdue&per=1&page=2", browser: officer)
            let hidden = try await apiRequest(app, .GET, "/api/v1/legal-aid/supervision", browser: outsider)
            let refused = try await apiRequest(app, .GET, "/api/v1/legal-aid/supervision", browser: lawyer)
            let supervised = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(a.id!)/supervision", browser: officer,
                                                  json: #"{"kind":"decision_overdue","note":"请今日决定","notify":true}"#)
            let notLate = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(a.id!)/supervision", browser: officer,
                                               json: #"{"kind":"no_progress","note":"催办"}"#)
            let outsiderPost = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(a.id!)/supervision", browser: outsider,
                                                    json: #"{"kind":"decision_overdue","note":"越权"}"#)
            let followUp = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(a.id!)/feedback", browser: officer)
            // check
            #expect(all.status == .ok)
            #expect(all.text.contains(#""kind":"assignment_overdue""#))
            #expect(all.text.contains(#""rule":"LA-01""#))
            #expect(all.text.contains(#""total":3"#))
            #expect(all.text.range(of: "assignment_overdue")!.lowerBound < all.text.range(of: "decision_overdue")!.lowerBound)
            #expect(decisions.text.contains(#""total":2"#))
            #expect(decisions.text.contains(#""page":2"#))
            #expect(!decisions.text.contains("assignment_overdue"))
            #expect(hidden.text.contains(#""total":0"#))
            #expect(refused.status == .forbidden)
            #expect(supervised.status == .created)
            #expect(supervised.text.contains(#""late":3"#))
            #expect(notLate.status == .conflict)
            #expect(outsiderPost.status == .notFound)
            #expect(followUp.text.contains("请今日决定"))
        }
    }

    @Test("LA-26 第五十条, LA-23 第五十五条: the officer records a call-back rating after closing, and a complaint while open; both show in the API")
    func ratingAndComplaintThroughTheAPI() async throws {
        try await withApp(clock: FixedClock(chinaMorning("2026-11-25"))) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let closed = try await LegalAidSupervisionFixtures.closed(app, d, name: "丁四")
            let open = try await LegalAidSupervisionFixtures.handling(app, d, name: "戊五")
            let officer = try await Browser.signedIn(app, d.officer)
            let lawyer = try await Browser.signedIn(app, d.lawyer)
            // act
            let rated = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(closed.id!)/feedback", browser: officer,
                                             json: #"{"kind":"rating","score":"satisfied","text":"很满意"}"#)
            let again = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(closed.id!)/feedback", browser: officer,
                                             json: #"{"kind":"rating","score":"dissatisfied"}"#)
            let badScore = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(open.id!)/feedback", browser: officer,
                                                json: #"{"kind":"rating","score":"great"}"#)
            let complained = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(open.id!)/feedback", browser: officer,
                                                  json: #"{"kind":"complaint","text":"电话投诉：律师未告知开庭时间","asks_replacement":true}"#)
            let byLawyer = try await apiRequest(app, .POST, "/api/v1/legal-aid/applications/\(open.id!)/feedback", browser: lawyer,
                                                json: #"{"kind":"complaint","text":"自己投诉自己"}"#)
            let lawyerReads = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(closed.id!)/feedback", browser: lawyer)
            let statistics = try await apiRequest(app, .GET, "/api/v1/legal-aid/statistics", browser: officer)
            // check
            #expect(rated.status == .created)
            #expect(rated.text.contains(#""channel":"callback""#))
            #expect(rated.text.contains(#""satisfied":true"#))
            #expect(again.status == .conflict)
            #expect(badScore.status == .unprocessableEntity)
            #expect(complained.status == .created)
            #expect(complained.text.contains(#""asks_replacement":true"#))
            #expect(byLawyer.status == .forbidden)
            #expect(lawyerReads.status == .ok)
            #expect(lawyerReads.text.contains("很满意"))
            #expect(statistics.text.contains(#""rated":1"#))
            #expect(statistics.text.contains(#""satisfaction_percent":100"#))
        }
    }
}
