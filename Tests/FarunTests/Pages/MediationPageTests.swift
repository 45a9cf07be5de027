import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// 人民调解 pages rendered from their mocks: snapshots, the parts that matter, and escaping of everything a party,
/// a mediator or a point typed.
@Suite struct MediationPageTests {
    let zh = L10n(.zhHans)

    @Test func theWindowIntakeAsksEveryPartysConsentAndCarriesCSRF() {
        // setup
        let view = MediationIntakePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(#"name="party1_consent""#) && html.contains(#"<option value="refuses""#) && html.contains(CSRF.field))
        #expect(html.contains(#"name="service_point_id""#) && !html.contains(#"id="consent""#))
        #expect(html.contains(zh(.mediationApplyLead)))
    }

    @Test func theOnlineFormAsksOnlyTheApplicantAndShowsTheNotice() {
        // setup
        let view = MediationIntakePage.View(model: .mockOnline, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(#"id="consent""#) && html.contains(zh(.mediationAmountNegative)))
        #expect(!html.contains(#"name="service_point_id""#))
        #expect(html.contains("audience-citizen"))
    }

    @Test func theCasePageShowsPartiesMaskedSessionsSignaturesAndTheStepsForms() {
        // setup
        let view = MediationCasePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains("138****0004") && html.contains(zh(.mediationNotSigned)))
        #expect(html.contains(#"value="record_session""#) && html.contains(#"value="draft_agreement""#) && html.contains(#"value="sign""#))
        #expect(html.contains(#"value="fail""#) && html.contains(#"name="referral""#) && html.contains("/staff/mediation/3/agreement"))
    }

    @Test("人民调解法第三十三条: an agreed case shows the judicial-confirmation date and only the visit form")
    func anAgreedCaseShowsTheConfirmationWindow() {
        // setup
        let view = MediationCasePage.View(model: .mockAgreed, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.mediationConfirmation, "2026-10-08")))
        #expect(html.contains(#"value="record_visit""#) && !html.contains(#"value="record_session""#))
    }

    @Test("人民调解法第二十九条: the printed agreement carries the committee, each required item, signature lines and the seal")
    func thePrintableAgreementHasTheRequiredContent() {
        // setup
        let view = MediationAgreementPrintPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        for text in ["岳阳镇人民调解委员会", zh(.mediationFacts), zh(.mediationIssues), zh(.mediationResponsibilities), zh(.mediationTerms),
                     zh(.mediationPerformanceManner), "2026-09-30", zh(.mediationDocSeal), zh(.mediationDocConfirmation)] {
            #expect(html.contains(text), "missing \(text)")
        }
        #expect(html.components(separatedBy: zh(.mediationDocSignParty)).count - 1 == 2)
    }

    @Test func theScreeningPageListsReportsTotalsAndMissingPoints() {
        // setup
        let view = ScreeningPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.mediationScreeningMissingTitle)) && html.contains("<li>偏涧村法律服务室</li>"))
        #expect(html.contains(#"name="found""#) && html.contains(CSRF.field))
    }

    @Test func theStatisticsPageHasFiltersTablesAndTheCSVLink() {
        // setup
        let view = MediationStatisticsPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains("60.0%") && html.contains("+50.0%") && html.contains("/staff/mediation/statistics.csv?from=2026-01-01&amp;to=2026-12-31"))
        #expect(html.contains(#"name="type""#) && html.contains(#"name="point""#))
    }

    @Test("人民调解法第二十五条: the list links each case and shows the escalation risk")
    func theCaseListLinksCasesAndTheWaysIn() {
        // setup
        let view = MediationCasesPage.PageView(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains("/staff/mediation/3") && html.contains("/staff/mediation/new") && html.contains("/staff/mediation/screening"))
        #expect(html.contains(zh.name("urgency", DisputeUrgency.escalationRisk)) && html.contains(#"aria-current="page""#))
    }

    @Test("人民调解法第二十五条: an open case at risk of escalation tells the mediator to report it")
    func anEscalationRiskShowsTheReportingDuty() {
        // setup
        var model = MediationCasePage.Model.mock
        model.urgency = .escalationRisk
        // act
        let html = PageHTML.served(MediationCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(html.contains(zh(.mediationEscalationNotice)))
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func everyMediationPageEscapesWhatPeopleTyped(payload: String) {
        // setup
        var intake = MediationIntakePage.Model.mockOnline
        intake.summary = payload
        intake.amount = payload
        intake.parties = [.init(role: payload, name: payload, phone: payload, residentID: payload, address: payload, consent: payload)]
        intake.points = [.init(value: payload, label: payload)]
        intake.regions = [.init(id: 1, name: payload, villages: [.init(value: payload, label: payload)])]
        // Field names are constants in code (never typed by anyone); the message arguments are what people typed.
        intake.problems = [.init(field: "parties[0].name", message: .mediationPartyNameMissing, args: [payload])]
        intake.submittedNumber = payload
        var staffIntake = intake
        staffIntake.online = false
        var caseModel = MediationCasePage.Model.mock
        caseModel.summary = payload
        caseModel.committee = payload
        caseModel.mediator = payload
        caseModel.parties = [.init(position: 0, role: .applicant, name: payload, phoneMasked: payload, residentIDMasked: payload, address: payload, consent: .refuses)]
        caseModel.sessions = [.init(mode: .video, heldAt: PageHTML.fixedDate, where_: payload, participants: payload, notes: payload)]
        caseModel.agreement = AgreementDraft(form: .written, committeeName: payload, parties: [], facts: payload, issues: payload, responsibilities: payload,
                                             terms: payload, performanceManner: payload, performanceDeadline: nil)
        caseModel.signatures = [.init(label: payload, signed: payload)]
        caseModel.failure = payload
        caseModel.followUpNumber = payload
        caseModel.visits = [.init(on: payload, mode: .phone, performance: .performed, notes: payload)]
        caseModel.members = [.init(value: payload, label: payload)]
        caseModel.problems = [.init(field: "stage", message: .mediationNotAllowed, args: [payload, payload])]
        var agreed = MediationCasePage.Model.mockAgreed
        agreed.confirmationDue = (payload, true)
        agreed.labourArbitrationOpens = payload
        var print = MediationAgreementPrintPage.Model.mock
        print.agreement = caseModel.agreement
        print.agreement.parties = [.init(role: .applicant, name: payload, address: payload, residentIDMasked: payload)]
        print.orderNumber = payload
        print.mediator = payload
        print.effectiveOn = payload
        var screening = ScreeningPage.Model.mock
        screening.period = payload
        screening.points = [.init(value: payload, label: payload)]
        screening.pointID = payload
        screening.found = payload
        screening.notes = payload
        screening.reported = [.init(point: payload, found: 1, resolved: 0, escalated: 0, notes: payload)]
        screening.missing = [payload]
        screening.done = payload
        var statistics = MediationStatisticsPage.Model.mock
        statistics.from = payload
        statistics.to = payload
        statistics.type = payload
        statistics.pointID = payload
        statistics.points = [.init(value: payload, label: payload)]
        statistics.byPoint = [.init(name: payload, accepted: 1, mediated: 0, agreed: 0, failed: 0, successRate: payload, amount: payload,
                                    agreedAmount: payload, previousAccepted: 0, change: payload)]
        statistics.csvLink = "/staff/mediation/statistics.csv?from=" + payload
        // act
        let pages = [
            MediationIntakePage.View(model: intake, context: Hostile.context(payload, staff: false)).document(),
            MediationIntakePage.View(model: staffIntake, context: Hostile.context(payload, staff: true)).document(),
            MediationCasePage.View(model: caseModel, context: Hostile.context(payload, staff: true)).document(),
            MediationCasePage.View(model: agreed, context: Hostile.context(payload, staff: true)).document(),
            MediationAgreementPrintPage.View(model: print, context: Hostile.context(payload, staff: true)).document(),
            ScreeningPage.View(model: screening, context: Hostile.context(payload, staff: true)).document(),
            MediationStatisticsPage.View(model: statistics, context: Hostile.context(payload, staff: true)).document(),
            MediationCasesPage.PageView(model: .init(view: .all, rows: [.init(caseID: 1, number: payload, type: .other, stage: .accepted, urgency: .normal,
                                                                             applicant: payload, acceptedOn: payload)],
                                                     mayRegister: true, mayScreen: true, mayCount: true),
                                        context: Hostile.context(payload, staff: true)).document(),
        ].map(PageHTML.served)
        // check
        for (index, html) in pages.enumerated() {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "page \(index): \(violations.joined(separator: "\n"))")
        }
    }

    @Test func theCSVStartsWithABOMAndQuotesFieldsSafely() {
        // act / check
        #expect(MediationStatisticsPage.Row.field("a,b") == "\"a,b\"")
        #expect(MediationStatisticsPage.Row.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(MediationStatisticsPage.Row.field("-25.0%") == "-25.0%")
        #expect(MediationStatisticsPage.Row.field("他说\"好\"") == "\"他说\"\"好\"\"\"")
    }
}
