import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Browser journeys through the mediation pages, from each channel.
@Suite struct MediationPageFlowTests {
    let clock = FixedClock(MediationDesk.now)

    func intakeForm(_ desk: MediationDesk, consent: String = "agrees") -> [(String, String)] {
        [("dispute_type", "neighbour"), ("urgency", "normal"), ("amount", "2000"), ("summary", "楼上漏水"), ("region_id", String(desk.j.villageA.id!)),
         ("service_point_id", String(desk.point.id!)),
         ("party0_role", "applicant"), ("party0_name", "李桂兰"), ("party0_phone", "13835700004"), ("party0_address", "偏涧村3组"), ("party0_consent", "agrees"),
         ("party1_role", "respondent"), ("party1_name", "王强"), ("party1_phone", ""), ("party1_address", "偏涧村3组"), ("party1_consent", consent),
         ("party2_name", ""), ("party2_phone", "")]
    }

    @Test("人民调解法第二十八、二十九条: at a mediation point the clerk registers and the mediator reaches a signed, printable agreement")
    func aWindowDisputeReachesAPrintableAgreement() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            // act: register
            let registered = try await clerk.post(app, "/staff/mediation/new", intakeForm(desk))
            #expect(registered.status == .seeOther)
            let record = try #require(try await MediationCase.query(on: app.db).first())
            let page = "/staff/mediation/\(record.id!)"
            #expect(registered.location == page + "?done=1")
            func act(_ fields: [(String, String)]) async throws -> TestingHTTPResponse {
                let version = try await MediationCase.find(record.id, on: app.db)!.version
                return try await mediator.post(app, page + "/actions", fields + [("version", String(version))])
            }
            // claim, session, an incomplete then a complete draft, signatures
            #expect(try await act([("do", "claim"), ("mediator_id", String(desk.mediator1.id!)), ("relation", "none")]).status == .seeOther)
            let mine = try await mediator.get(app, "/staff/mediation?view=mine")
            #expect(mine.status == .ok && mine.text.contains(page))
            #expect(try await act([("do", "record_session"), ("mode", "in_person"), ("held_at", "2026-09-01T09:00"), ("place", "偏涧村人民调解室"),
                                   ("participants", "李桂兰\n王强"), ("notes", "双方同意协商")]).status == .seeOther)
            let incomplete = try await act([("do", "draft_agreement"), ("form", "written"), ("committee", "岳阳镇人民调解委员会"), ("facts", "漏水")])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.text.contains(L10n(.zhHans)(.mediationMissingTerms)))
            #expect(try await act([("do", "draft_agreement"), ("form", "written"), ("committee", "岳阳镇人民调解委员会"), ("facts", "漏水"),
                                   ("issues", "维修"), ("responsibilities", "王强负责"), ("terms", "王强赔偿2000元"), ("performance_manner", "现金"),
                                   ("performance_deadline", "2026-09-30")]).status == .seeOther)
            for (signatory, method) in [("party:0", "handwritten"), ("party:1", "fingerprint"), ("mediator", "handwritten"), ("committee_seal", "seal")] {
                #expect(try await act([("do", "sign"), ("signatory", signatory), ("method", method), ("signed_on", "")]).status == .seeOther)
            }
            let shown = try await mediator.get(app, page)
            let printed = try await mediator.get(app, page + "/agreement")
            // check
            let session = try #require(try await MediationSessionRow.query(on: app.db).first())
            #expect(session.heldAt == Date(timeIntervalSince1970: 1_788_224_400))
            #expect(try await MediationCase.find(record.id, on: app.db)?.stage == .agreed)
            #expect(shown.status == .ok && shown.text.contains(L10n(.zhHans)(.mediationConfirmation, "2026-10-08")))
            #expect(printed.status == .ok && printed.text.contains("岳阳镇人民调解委员会") && printed.text.contains("王强赔偿2000元"))
        }
    }

    @Test("个人信息保护法 / 人民调解法第十七条: online, the notice must be accepted; the respondent is asked later")
    func aCitizenAppliesOnline() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let form = intakeForm(desk, consent: "not_yet_asked").filter { $0.0 != "service_point_id" }
            // act
            let withoutNotice = try await Browser.anonymous.post(app, "/mediation/apply", form)
            let applied = try await Browser.anonymous.post(app, "/mediation/apply", form + [("consent", "yes")])
            // check
            #expect(withoutNotice.status == .unprocessableEntity)
            #expect(applied.status == .ok)
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(applied.text.contains(order.number) && order.serviceCode == "PEOPLES_MEDIATION" && order.state == .submitted)
            #expect(try await MediationPartyRow.query(on: app.db).filter(\.$position == 1).first()?.consent == .notYetAsked)
        }
    }

    @Test("人民调解法第十七条: the respondent of an online application agrees on the case page before the first session")
    func theRespondentsConsentIsRecordedOnTheCasePage() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(channel: "web", respondentConsent: "not_yet_asked", acceptNow: nil), by: nil)
            try await act(app, try await WorkOrder.find(record.$workOrder.id, on: app.db)!, .accept, by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            let before = try await mediator.get(app, "/staff/mediation/\(record.id!)")
            // act
            let version = try await desk.fresh(app, record).version
            let response = try await mediator.post(app, "/staff/mediation/\(record.id!)/actions",
                                                   [("do", "consent"), ("version", String(version)), ("consent_party", "1"), ("consent", "agrees")])
            // check
            #expect(before.text.contains(#"name="consent_party""#))
            #expect(response.status == .seeOther)
            #expect(try await MediationPartyRow.query(on: app.db).filter(\.$position == 1).first()?.consent == .agrees)
        }
    }

    @Test("人民调解法第十五条（一）: a declared relation is refused on the page with the reason")
    func aConflictIsShownOnTheCasePage() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            // act
            let response = try await mediator.post(app, "/staff/mediation/\(record.id!)/actions",
                                                   [("do", "claim"), ("version", String(record.version)), ("mediator_id", String(desk.mediator1.id!)),
                                                    ("relation", "spouse"), ("party_position", "1")])
            // check
            #expect(response.status == .conflict)
            #expect(response.text.contains(L10n(.zhHans)(.mediationConflict)))
        }
    }

    @Test func screeningAndStatisticsPagesWithACSVExport() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            let record = try await desk.register(app, desk.input(amount: "2000"), by: desk.clerk)
            _ = try await desk.agree(app, record, by: desk.mediator1)
            let browser = try await Browser.signedIn(app, bureau)
            // act
            let reported = try await browser.post(app, "/staff/mediation/screening",
                                                  [("period", "2026-08"), ("service_point_id", String(desk.point.id!)), ("found", "3"), ("resolved", "2"),
                                                   ("escalated", "1"), ("notes", "")])
            let overview = try await browser.get(app, "/staff/mediation/screening?show=2026-08")
            let statistics = try await browser.get(app, "/staff/mediation/statistics?from=2026-01-01&to=2026-12-31")
            let csv = try await browser.get(app, "/staff/mediation/statistics.csv?from=2026-01-01&to=2026-12-31")
            // check
            #expect(reported.status == .seeOther)
            #expect(overview.text.contains("<li>偏涧村法律服务室</li>"))
            #expect(statistics.status == .ok && statistics.text.contains("100.0%") && statistics.text.contains("2000.00"))
            #expect(csv.headers.contentType?.description.contains("text/csv") == true)
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            #expect(csv.text.contains("邻里纠纷,1,1,1,0,100.0%,2000.00,2000.00,0,—"))
        }
    }
}
