import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The 司法确认 panel of the mediation case page.
@Suite struct MediationConfirmationPageTests {
    let zh = L10n(.zhHans)

    @Test("PM-12 民诉法第二百零五条, PM-X3 若干规定第三条: the application form offers the four courts and the materials checklist")
    func theApplicationFormOffersTheCourtsAndMaterials() {
        // setup
        let view = MediationCasePage.View(model: .mockConfirmationForm, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        for court in ConfirmationCourt.allCases { #expect(html.contains(#"value="\#(court.rawValue)""#)) }
        for material in ConfirmationMaterial.allCases { #expect(html.contains(zh.name("confirmmaterial", material))) }
        #expect(html.contains(#"value="apply_confirmation""#) && html.contains(#"name="filed_on""#) && html.contains(CSRF.field))
    }

    @Test("PM-13 民诉法第一百八十七条, PM-14 第二百零六条: an application shows the decision deadline, the missing materials and the decision form")
    func anApplicationShowsTheDecisionDeadline() {
        // setup
        let view = MediationCasePage.View(model: .mockConfirmationApplied, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.mediationConfirmationDecisionDue, "2026-10-08")))
        #expect(html.contains(zh(.mediationConfirmationMissingMaterials, zh.name("confirmmaterial", ConfirmationMaterial.propertyProof))))
        #expect(html.contains(#"value="confirmation_outcome""#) && !html.contains(#"value="apply_confirmation""#))
    }

    @Test("PM-X1 若干规定第四条: an excluded agreement says why and offers no form")
    func anExcludedAgreementSaysWhy() {
        // setup
        var model = MediationCasePage.Model.mockAgreed
        model.confirmationExcluded = true
        // act
        let html = PageHTML.served(MediationCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document())
        // check
        #expect(html.contains(zh(.mediationConfirmationExcluded)) && !html.contains(#"value="apply_confirmation""#))
    }

    @Test(arguments: Hostile.payloads)
    func theConfirmationPanelEscapesWhatPeopleTyped(payload: String) {
        // setup
        var model = MediationCasePage.Model.mockConfirmationApplied
        model.confirmation?.courtName = payload
        model.confirmation?.filedOn = payload
        model.confirmation?.decisionDue = payload
        model.confirmation?.outcome = .rejected
        model.confirmation?.decidedOn = payload
        model.confirmation?.note = payload
        model.confirmation?.followUpNumber = payload
        model.problems = [.init(field: "filed_on", message: .mediationConfirmationLate, args: [payload])]
        var form = MediationCasePage.Model.mockConfirmationForm
        form.confirmationWindowClosed = payload
        form.problems = model.problems
        // act
        let pages = [model, form].map { PageHTML.served(MediationCasePage.View(model: $0, context: Hostile.context(payload, staff: true)).document()) }
        // check
        for (index, html) in pages.enumerated() {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "page \(index): \(violations.joined(separator: "\n"))")
        }
    }
}
