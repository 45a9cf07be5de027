import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// Snapshots of the notified-defence pages from their mocks, and cross-site scripting payloads in everything typed.
@Suite struct LegalAidNoticePageSnapshotTests {
    let zh = L10n(.zhHans)

    @Test("LA-12 第二十五条: the notice form lists the law's grounds with their items")
    func noticeForm() {
        // setup
        let view = LegalAidNoticePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("第二十五条第一款第（四）项"))
        #expect(served.contains(zh.name("langround", NotifiedDefence.Ground.trialInAbsentia)))
        #expect(served.contains("name=\"received_on\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("LA-13 第三十六条, LA-14 第二十六条: after registering, the page shows the appointment due and the 3-year rule")
    func noticeCreated() {
        // setup
        let view = LegalAidNoticePage.View(model: .mockCreated, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.laNoticeDue, "2026-11-05")))
        #expect(served.contains(zh(.laNoticeNeedsExperienced)))
        #expect(!served.contains("id=\"legal-aid-notice\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("第三十六条: the reply letter names the organ, the notice, the lawyer and the basis")
    func replyLetter() {
        // setup
        let view = LegalAidNoticeReplyPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("某县人民法院"))
        #expect(served.contains("李明"))
        #expect(served.contains(zh(.laReplyBasis)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("LA-14 第二十六条: the lawyers' practice page shows recorded starts and full years")
    func providersPage() {
        // setup
        let view = LegalAidProvidersPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("2019-03-01"))
        #expect(served.contains(zh(.laProvidersUnknown)))
        #expect(served.contains("id=\"practice_since-6\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}

/// An assigned notified-defence matter built in memory (no database), with every typed text set to `text`.
func noticeDTOExample(_ text: String = "某县人民法院") throws -> LegalAidNoticeDTO {
    let application = LegalAidApplication()
    application.id = 7
    application.number = text
    application.state = .assigned
    application.$provider.id = 5
    application.providerName = text
    application.assignedOn = "2026-11-04"
    application.version = 3
    let order = WorkOrder()
    order.id = 11
    order.requesterName = text
    let notice = LegalAidNotice()
    notice.organ = .court
    notice.organName = text
    notice.noticeNumber = text
    notice.receivedOn = "2026-11-02"
    notice.ground = .lifeOrDeath
    notice.charge = text
    notice.stage = .firstInstance
    notice.appointmentDue = "2026-11-05"
    notice.appointmentDueProvisional = false
    return try LegalAidNoticeDTO(notice, application: application, order: order)
}

@Suite struct LegalAidNoticeCasePageTests {
    @Test("LA-13 第三十六条, LA-14 第二十六条: the case page of a notified matter shows the notice, the due date, the 3-year rule and the reply letter")
    func casePageShowsTheNotice() throws {
        // setup
        var model = LegalAidCasePage.Model.mock
        model.notice = try noticeDTOExample()
        // act
        let served = PageHTML.served(LegalAidCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(served.contains("id=\"notice\""))
        #expect(served.contains("第二十五条第一款第（四）项"))
        #expect(served.contains("2026-11-05"))
        #expect(served.contains("href=\"/staff/legal-aid/7/notice-reply\""))
        #expect(served.contains("href=\"/staff/legal-aid/providers\""))
    }

    @Test(arguments: Hostile.payloads)
    func casePageEscapesTheNotice(payload p: String) throws {
        // setup
        var model = LegalAidCasePage.Model.example(p)
        model.notice = try noticeDTOExample(p)
        // act
        let html = PageHTML.served(LegalAidCasePage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        #expect(MarkupCheck.violations(in: html).isEmpty)
    }
}

@Suite struct LegalAidNoticePageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test(arguments: Hostile.payloads)
    func noticeFormEscapesTypedValues(payload p: String) {
        // setup
        let values = LegalAidNoticeForm(organ: p, organ_name: p, notice_number: p, received_on: p, ground: p, charge: p, stage: p, person_name: p,
                                        person_resident_id: p, contact_phone: p, region_id: p, note: p)
        let model = LegalAidNoticePage.Model(values: values, regions: [.init(value: p, label: p)],
                                             problems: [FieldProblem(field: "notice_number", message: .laNoticeDuplicate, args: [p, p])], created: nil)
        var created = model
        created.created = .init(id: 1, number: p, appointmentDue: p, provisional: true, needsExperiencedLawyer: true)
        // act
        let form = PageHTML.served(LegalAidNoticePage.View(model: model, context: Hostile.context(p, staff: true)).document())
        let done = PageHTML.served(LegalAidNoticePage.View(model: created, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(form, "LegalAidNoticePage form")
        expectNoLiveMarkup(done, "LegalAidNoticePage created")
    }

    @Test(arguments: Hostile.payloads)
    func replyLetterEscapesTheRecord(payload p: String) {
        // setup
        var model = LegalAidNoticeReplyPage.Model.mock
        (model.number, model.organName, model.noticeNumber, model.receivedOn, model.charge) = (p, p, p, p, p)
        (model.personName, model.providerName, model.providerOrganisation, model.assignedOn, model.appointmentDue) = (p, p, p, p, p)
        // act
        let html = PageHTML.served(LegalAidNoticeReplyPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "LegalAidNoticeReplyPage")
    }

    @Test(arguments: Hostile.payloads)
    func providersPageEscapesNamesAndTypedDates(payload p: String) {
        // setup
        let model = LegalAidProvidersPage.Model(rows: [.init(id: 3, name: p, since: p, years: 1)], failedID: 3, typed: p,
                                                problems: [FieldProblem(field: "practice_since", message: .laNoticeLawyerTooNew, args: [p])], done: true)
        // act
        let html = PageHTML.served(LegalAidProvidersPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "LegalAidProvidersPage")
    }

    @Test(arguments: Hostile.payloads)
    func workOrderPageEscapesTheLegalAidLink(payload p: String) {
        // setup
        var model = WorkOrderPage.Model.mock
        model.legalAid = .init(id: 3, number: p, state: .received)
        model.legalAidCaseID = 3
        model.steps = []
        // act
        let html = PageHTML.served(WorkOrderPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "WorkOrderPage legal aid link")
        #expect(html.contains("href=\"/staff/legal-aid/3\""))
    }

    @Test func workOrderGuardNoteNamesTheCaseWithoutALinkForThoseWhoMayNotOpenIt() {
        // setup: a window clerk sees the order but would get 404 on the legal aid page
        var model = WorkOrderPage.Model.mock
        model.legalAid = .init(id: 3, number: "FY-2026-0003", state: .received)
        model.legalAidCaseID = nil
        model.steps = []
        // act
        let html = PageHTML.served(WorkOrderPage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(html.contains("FY-2026-0003"))
        #expect(!html.contains("href=\"/staff/legal-aid/3\""))
    }
}
