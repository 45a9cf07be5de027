import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// 服务时效: figures from consultations seeded at fixed instants, checked against numbers worked out by hand, on the
/// page, in the CSV and in the API; the viewer's regions only.
@Suite struct ServiceLevelPageTests {
    /// 2026-11-27 12:00 China time, the day after `ConsultationDesk.start`.
    static let now = ConsultationDesk.start.addingTimeInterval(26 * 3600)

    /// Day 1 (11-26) town A: Q1 answered by lawyers 0, 1, 2 after 4, 8 and 20 min, lawyer 0 replies to a follow-up
    /// after 15 min; Q2 answered after 15 min; Q3 never. Town B: Q4 answered after 2 min. Day 2 town A: Q5 answered
    /// after 6 min; Q6 asked 5 min before `now`, unanswered (not decided yet).
    static func seed(_ app: Application) async throws -> ConsultationDesk {
        let desk = try await ConsultationDesk.make(app, lawyers: 4)
        let t0 = ConsultationDesk.start
        func at(_ minutes: Double, from base: Date = t0) -> Date { base.addingTimeInterval(minutes * 60) }
        let q1 = try await desk.ask(app, in: desk.j.townA, at: t0)
        try await desk.answer(app, q1, by: 0, at: at(4))
        try await desk.answer(app, q1, by: 1, at: at(8))
        try await desk.answer(app, q1, by: 2, at: at(20))
        try await desk.followUp(app, q1, to: 0, at: at(30))
        try await desk.answer(app, q1, by: 0, at: at(45))
        let q2 = try await desk.ask(app, in: desk.j.townA, at: at(60))
        try await desk.answer(app, q2, by: 1, at: at(75))
        _ = try await desk.ask(app, in: desk.j.villageA, at: at(120))
        let q4 = try await desk.ask(app, in: desk.j.townB, at: at(30))
        try await desk.answer(app, q4, by: 3, at: at(32))
        let day2 = t0.addingTimeInterval(23 * 3600)
        let q5 = try await desk.ask(app, in: desk.j.townA, at: day2)
        try await desk.answer(app, q5, by: 0, at: at(6, from: day2))
        _ = try await desk.ask(app, in: desk.j.townA, at: now.addingTimeInterval(-300))
        return desk
    }

    @Test func theAPIGivesHandComputedFiguresPerDayRegionAndLawyer() async throws {
        try await withApp(clock: FixedClock(Self.now)) { app in
            // setup
            let desk = try await Self.seed(app)
            let admin = try await makeStaff(app, "county.admin", [(.bureauAdmin, desk.j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/service-level/consultations?from=2026-11-26&to=2026-11-27&region_id=\(desk.j.county.id!)&levels=1",
                                                 browser: browser)
            // check
            #expect(response.status == .ok)
            let dto = try response.content.decode(ServiceLevelDTO.self)
            let rows = dto.rows.map { "\($0.day) \($0.region_name) \($0.asked) \($0.answered_within_limit.part)/\($0.answered_within_limit.whole) \($0.median_first_answer_seconds.map(String.init) ?? "-") \($0.reached_required_lawyers.part)/\($0.reached_required_lawyers.whole) \($0.median_follow_up_response_seconds.map(String.init) ?? "-")" }
            // Sorted by day, then region path (town A's id is smaller than town B's: it was created first).
            let expected = ["2026-11-26 岳阳镇 3 1/3 570 1/3 900", "2026-11-26 北平镇 1 1/1 120 0/1 -", "2026-11-27 岳阳镇 2 1/1 360 0/2 -"]
            #expect(rows == expected)
            let t = dto.total
            #expect(t.asked == 6 && t.answered_within_limit.part == 3 && t.answered_within_limit.whole == 5)
            #expect(t.median_first_answer_seconds == 300 && t.reached_required_lawyers.part == 1 && t.median_follow_up_response_seconds == 900)
            let ids = desk.lawyers.map { $0.id! }
            let lawyers = Dictionary(uniqueKeysWithValues: dto.lawyers.map { ($0.lawyer_id, $0) })
            #expect(lawyers[ids[0]]?.questions_answered == 2 && lawyers[ids[0]]?.first_answers == 2 && lawyers[ids[0]]?.median_time_to_answer_seconds == 300)
            #expect(lawyers[ids[0]]?.follow_ups_answered == 1 && lawyers[ids[0]]?.median_follow_up_response_seconds == 900)
            #expect(lawyers[ids[1]]?.questions_answered == 2 && lawyers[ids[1]]?.first_answers == 1 && lawyers[ids[1]]?.median_time_to_answer_seconds == 690)
            #expect(lawyers[ids[2]]?.first_answers == 0 && lawyers[ids[2]]?.median_time_to_answer_seconds == 1200)
            #expect(lawyers[ids[3]]?.median_time_to_answer_seconds == 120 && lawyers[ids[0]]?.name == "lawyer.0")
        }
    }

    @Test func theDefaultPeriodIsTheLastSevenDaysAndNCanBeChosen() async throws {
        try await withApp(clock: FixedClock(Self.now)) { app in
            // setup
            let desk = try await Self.seed(app)
            let admin = try await makeStaff(app, "county.admin", [(.bureauAdmin, desk.j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/service-level/consultations?levels=0&n=2", browser: browser)
            // check
            let dto = try response.content.decode(ServiceLevelDTO.self)
            #expect(dto.from == "2026-11-21" && dto.to == "2026-11-27" && dto.region_id == desk.j.county.id! && dto.required_lawyers == 2)
            #expect(dto.rows.map(\.day) == ["2026-11-26", "2026-11-27"] && dto.rows.map(\.region_name) == ["古县", "古县"])
            // Q1 reached two lawyers at 8 minutes; nothing else did.
            #expect(dto.total.reached_required_lawyers.part == 1 && dto.total.reached_required_lawyers.whole == 6)
        }
    }

    @Test func thePageShowsTheFiguresAndTheCSVHasABOMAndOneLinePerRow() async throws {
        try await withApp(clock: FixedClock(Self.now)) { app in
            // setup
            let desk = try await Self.seed(app)
            let admin = try await makeStaff(app, "county.admin", [(.bureauAdmin, desk.j.county)])
            let browser = try await Browser.signedIn(app, admin)
            let query = "from=2026-11-26&to=2026-11-27&region_id=\(desk.j.county.id!)&levels=1"
            // act
            let page = try await browser.get(app, "/admin/consultations/service-level?" + query)
            let csv = try await browser.get(app, "/admin/consultations/service-level.csv?" + query)
            let week = try await browser.get(app, "/admin/consultations/service-level")
            // check
            #expect(page.status == .ok && page.text.contains("33.3% (1/3)") && page.text.contains("60.0% (3/5)") && page.text.contains("<svg"))
            // The chart has a bar for each of the 7 default days, even those without questions.
            #expect(week.text.components(separatedBy: "<rect ").count - 1 == 7)
            #expect(csv.status == .ok && csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.headers.first(name: "Content-Disposition")?.contains("attachment") == true)
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.count == 4)
            #expect(lines.contains { $0.hasPrefix("2026-11-26,岳阳镇,\(desk.j.townA.path),3,1,3,33.3%,570,1,33.3%,900") })
        }
    }

    @Test func aTownAdministratorSeesOnlyTheirTownAndCannotAskForAnother() async throws {
        try await withApp(clock: FixedClock(Self.now)) { app in
            // setup
            let desk = try await Self.seed(app)
            let admin = try await makeStaff(app, "town.admin", [(.bureauAdmin, desk.j.townB)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let own = try await apiRequest(app, .GET, "/api/v1/service-level/consultations?from=2026-11-26&to=2026-11-27", browser: browser)
            let other = try await apiRequest(app, .GET, "/api/v1/service-level/consultations?region_id=\(desk.j.townA.id!)", browser: browser)
            let page = try await browser.get(app, "/admin/consultations/service-level?region_id=\(desk.j.county.id!)")
            let reversed = try await browser.get(app, "/admin/consultations/service-level?from=2026-11-27&to=2026-11-26")
            // check
            let dto = try own.content.decode(ServiceLevelDTO.self)
            #expect(dto.region_id == desk.j.townB.id! && dto.total.asked == 1 && dto.lawyers.map(\.lawyer_id) == [desk.lawyers[3].id!])
            #expect(other.status == .unprocessableEntity)
            #expect(page.status == .unprocessableEntity && !page.text.contains("岳阳镇"))
            #expect(reversed.status == .unprocessableEntity && reversed.text.contains(L10n(.zhHans)(.hotlinePeriodReversed)))
        }
    }
}
