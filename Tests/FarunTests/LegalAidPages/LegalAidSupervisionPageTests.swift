import FarunCore
import Fluent
import Foundation
import Plot
import SnapshotTesting
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The supervision screen, the case page's rating/complaint/督办 parts and the recipient's complaint on the
/// tracking page: snapshots, escaping, and the flow in the browser on both engines.
@Suite struct LegalAidSupervisionPageTests {
    let zh = L10n(.zhHans)

    @Test("督办: the screen lists late matters with the rule, the lateness and the holder, earliest due first")
    func supervisionScreenSnapshot() throws {
        // setup
        let view = LegalAidSupervisionPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check: 11-02 + 7 = 11-09, late 11 days on 11-20 (no holidays in the mock calendar)
        #expect(served.contains(zh.name("lasuper", LegalAidSupervision.Kind.decision)))
        #expect(served.contains(zh(.legalAidLateCalendar, 11)))
        #expect(served.contains("action=\"/staff/legal-aid/3/supervise\""))
        #expect(served.contains("李律师"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("LA-23 第五十五条: the case page shows complaints, the replacement hint and 督办 notes to the officer")
    func casePageFollowUp() {
        // setup
        var model = LegalAidCasePage.Model.mock
        model.followUp = Self.followUp("律师不回电话", state: .handling, model: &model)
        // act
        let served = PageHTML.served(LegalAidCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(served.contains("id=\"supervision-notes\""))
        #expect(served.contains("id=\"legal-aid-complaint\""))
        #expect(served.contains("律师不回电话"))
        #expect(served.contains(zh(.legalAidComplaintHint)))
        #expect(served.contains(zh(.legalAidLateWorking, 2)))
    }

    @Test("LA-26 第五十条: after the closing report the officer may record the rating taken by phone")
    func casePageOffersTheCallBackRatingAfterClosing() {
        // setup
        var model = LegalAidCasePage.Model.mock
        model.followUp = Self.followUp(nil, state: .closed, model: &model)
        // act
        let served = PageHTML.served(LegalAidCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(served.contains("id=\"legal-aid-rating\""))
        #expect(served.contains(zh(.legalAidRatingNone)))
        #expect(!served.contains("id=\"legal-aid-complaint\""))
    }

    @Test("LA-23 第五十五条: the recipient's tracking page offers the complaint while the case is handled")
    func trackingPageOffersTheComplaint() {
        // setup
        var model = TrackOrderPage.Model.mock
        model.complaint = .form
        // act
        let page = TrackOrderPage.View(model: model, context: .mock(language: .zhHans, staff: false)).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/track/legal-aid-complaint\""))
        #expect(served.contains("第五十五条"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    /// A follow-up record for the mock case in `state`, with a complaint and a 督办 note carrying `text`.
    static func followUp(_ text: String?, state: LegalAidState, model: inout LegalAidCasePage.Model) -> LegalAidFollowUpDTO {
        let a = LegalAidApplication()
        a.id = 3
        let note = LegalAidSupervisionNote()
        note.id = 1
        note.kind = .noProgress
        note.note = text ?? "请尽快推进"
        note.dueOn = text ?? "2026-12-01"
        note.late = 2
        note.unit = .workingDays
        note.notified = true
        note.byName = text ?? "司法局"
        note.createdAt = TrackingMock.date
        let complaint = LegalAidFeedback()
        complaint.id = 2
        complaint.kind = .complaint
        complaint.channel = .citizen
        complaint.text = text ?? "律师不回电话"
        complaint.asksReplacement = true
        complaint.providerName = text ?? "李律师"
        complaint.byName = text ?? ""
        complaint.createdAt = TrackingMock.date
        let record = LegalAidFollowUps.Record(rating: nil, ratingFeedback: nil, complaints: text == nil ? [] : [complaint],
                                              supervisions: text == nil ? [] : [note])
        // The mock DTO's state is rewritten through a fresh DTO of the same record.
        model.application = Self.application(model.application, state: state)
        return try! LegalAidFollowUpDTO(applicationID: 3, record)
    }

    static func application(_ dto: LegalAidApplicationDTO, state: LegalAidState) -> LegalAidApplicationDTO {
        let data = try! JSONEncoder().encode(dto)
        var object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["state"] = state.rawValue
        return try! JSONDecoder().decode(LegalAidApplicationDTO.self, from: JSONSerialization.data(withJSONObject: object))
    }

    @Test(arguments: Hostile.payloads)
    func supervisionScreenEscapes(payload p: String) {
        // setup
        var model = LegalAidSupervisionPage.Model.mock
        model.filter = .init(region: p, kind: p, overdueOnly: true)
        model.regions = [.init(value: p, label: p)]
        let row = model.rows[2]
        let json = try! JSONEncoder().encode(row)
        var object = try! JSONSerialization.jsonObject(with: json) as! [String: Any]
        for key in ["number", "kind", "rule", "article", "since", "due_on", "region_name", "holder", "url", "state"] { object[key] = p }
        model.rows.append(try! JSONDecoder().decode(LegalAidSupervisionRowDTO.self, from: JSONSerialization.data(withJSONObject: object)))
        model.problems = [FieldProblem(field: "note", message: .legalAidNotAllowed, args: [p, p])]
        // act
        let html = PageHTML.served(LegalAidSupervisionPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        #expect(MarkupCheck.violations(in: html).isEmpty, "\(MarkupCheck.violations(in: html))")
    }

    @Test(arguments: Hostile.payloads)
    func caseFollowUpAndComplaintFormEscape(payload p: String) {
        // setup
        var model = LegalAidCasePage.Model.example(p)
        model.followUp = Self.followUp(p, state: .handling, model: &model)
        var track = TrackOrderPage.Model.mock
        track.complaint = .form
        track.problems = [FieldProblem(field: "text", message: .legalAidNotAllowed, args: [p, p])]
        // act
        let html = PageHTML.served(LegalAidCasePage.View(model: model, context: Hostile.context(p, staff: true)).document())
        let tracking = PageHTML.served(TrackOrderPage.View(model: track, context: Hostile.context(p, staff: false)).document())
        // check
        #expect(MarkupCheck.violations(in: html).isEmpty, "\(MarkupCheck.violations(in: html))")
        #expect(MarkupCheck.violations(in: tracking).isEmpty, "\(MarkupCheck.violations(in: tracking))")
    }
}

/// The browser flow on both engines, with the app's clock fixed.
@Suite struct LegalAidSupervisionFlowTests {
    @Test("第五十九条: the bureau supervises from the screen, the lawyer sees the note; the staff home links the screen")
    func superviseInTheBrowser() async throws {
        try await withApp(clock: FixedClock(chinaMorning("2026-11-12"))) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await LegalAidSupervisionFixtures.granted(app, d, name: "甲一")
            let bureau = try await Browser.signedIn(app, d.bureau)
            let officer = try await Browser.signedIn(app, d.officer)
            let lawyer = try await Browser.signedIn(app, d.lawyer)
            let id = application.id!
            // act
            let home = try await officer.get(app, SiteURL.staffHome.path)
            let lawyerHome = try await lawyer.get(app, SiteURL.staffHome.path)
            let screen = try await bureau.get(app, SiteURL.staffLegalAidSupervision.path + "?kind=assignment_overdue")
            let overdueOnly = try await bureau.get(app, SiteURL.staffLegalAidSupervision.path + "?overdue_only%5B%5D=1")
            let atRiskOnDay = try await LegalAidSupervisionQueries.rows(.init(overdueOnly: true), today: LocalDate("2026-11-06")!, policy: .standard,
                                                                        calendar: try await CalendarStore.current(on: app.db), on: app.db)
            let atRiskAll = try await LegalAidSupervisionQueries.rows(.init(), today: LocalDate("2026-11-06")!, policy: .standard,
                                                                      calendar: try await CalendarStore.current(on: app.db), on: app.db)
            let empty = try await bureau.post(app, SiteURL.staffLegalAidSupervise(id).path, [("kind", "assignment_overdue"), ("note", " ")])
            let posted = try await bureau.post(app, SiteURL.staffLegalAidSupervise(id).path,
                                               [("kind", "assignment_overdue"), ("note", "请今日指派"), ("notify", "1")])
            let done = try await bureau.get(app, posted.location ?? "")
            try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-12") {
                $0.providerID = d.lawyer.id
                $0.extensionReason = "律师出差"
            }
            let casePage = try await lawyer.get(app, SiteURL.staffLegalAidApplication(id).path)
            let lawyerScreen = try await lawyer.get(app, SiteURL.staffLegalAidSupervision.path)
            // check
            #expect(home.text.contains("href=\"/staff/legal-aid/supervision\""))
            #expect(!lawyerHome.text.contains("href=\"/staff/legal-aid/supervision\""))
            #expect(screen.status == .ok)
            #expect(screen.text.contains(application.number))
            #expect(overdueOnly.text.contains(application.number))
            #expect(overdueOnly.text.contains("checked"))
            #expect(atRiskOnDay.isEmpty)
            #expect(atRiskAll.map(\.finding.severity) == [.atRisk])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(L10n(.zhHans)(.legalAidSuperviseNoteRequired)))
            #expect(posted.status == .seeOther)
            #expect(done.text.contains(L10n(.zhHans)(.legalAidSupervisionDone)))
            #expect(casePage.text.contains("请今日指派"))
            #expect(lawyerScreen.status == .forbidden)
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$topic == "legal_aid.supervised").count() == 1)
        }
    }

    @Test("LA-23 第五十五条: the recipient complains on the tracking page; the officer sees it; the officer records the phone rating after closing")
    func recipientComplainsAndRates() async throws {
        try await withApp(clock: FixedClock(chinaMorning("2026-11-21"))) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let open = try await LegalAidSupervisionFixtures.handling(app, d, name: "乙二")
            let closed = try await LegalAidSupervisionFixtures.closed(app, d, name: "丙三")
            let openOrder = try #require(try await WorkOrder.find(open.$workOrder.id, on: app.db))
            var citizen = CitizenBrowser()
            _ = try await citizen.track(app, number: openOrder.number, phone: LegalAidSupervisionFixtures.phone(for: "乙二"))
            let officer = try await Browser.signedIn(app, d.officer)
            // act
            let tracking = try await citizen.get(app, SiteURL.trackOrder.path)
            let empty = try await citizen.post(app, SiteURL.trackLegalAidComplaint.path, [("text", "")])
            let sent = try await citizen.post(app, SiteURL.trackLegalAidComplaint.path, [("text", "律师一直不接电话"), ("asks_replacement", "1")])
            let casePage = try await officer.get(app, SiteURL.staffLegalAidApplication(open.id!).path)
            let rated = try await officer.post(app, SiteURL.staffLegalAidFeedback(closed.id!).path, [("kind", "rating"), ("score", "dissatisfied"), ("text", "进展告知不及时")])
            let closedPage = try await officer.get(app, SiteURL.staffLegalAidApplication(closed.id!).path)
            // check
            #expect(tracking.text.contains("action=\"/track/legal-aid-complaint\""))
            #expect(empty.status == .unprocessableEntity)
            #expect(sent.status == .ok)
            #expect(sent.text.contains(L10n(.zhHans)(.legalAidComplaintSent)))
            #expect(casePage.text.contains("律师一直不接电话"))
            #expect(casePage.text.contains(L10n(.zhHans)(.legalAidComplaintAsksReplacement)))
            #expect(rated.status == .seeOther)
            #expect(closedPage.text.contains("进展告知不及时"))
            #expect(closedPage.text.contains(L10n(.zhHans)(.legalAidRatingCallback, d.officer.displayName)))
            #expect(try await LegalAidFeedback.query(on: app.db).count() == 2)
        }
    }
}
