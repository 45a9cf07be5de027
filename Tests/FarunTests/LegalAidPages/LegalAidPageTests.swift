import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// Snapshots of every legal aid page from its mock, and cross-site scripting payloads in everything typed.
@Suite struct LegalAidPageSnapshotTests {
    let zh = L10n(.zhHans)

    @Test("第四十二条: the application form shows the exemption and the green channel before submitting")
    func applyFormShowsTheScreening() {
        // setup
        let view = LegalAidApplyPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.legalAidReviewExempt)))
        #expect(served.contains("第四十二条第（三）项"))
        #expect(served.contains(zh.name("lapriority", LegalAidScreening.Priority.migrantWorkerClaim)))
        #expect(served.contains("name=\"pledge_signature\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("第四十二条: checking first skips the browser's required-field check, so it works before the pledge is signed")
    func checkFirstButtonSkipsRequiredFields() throws {
        // setup
        var model = LegalAidApplyPage.Model.mock
        model.values.pledge_signature = nil
        model.screening = nil
        // act
        let served = PageHTML.served(LegalAidApplyPage.View(model: model, context: .mock(language: .zhHans, staff: false)).document())
        // check
        let preview = try #require(served.range(of: "name=\"preview\""))
        let tagEnd = try #require(served[preview.upperBound...].range(of: ">"))
        #expect(served[preview.lowerBound..<tagEnd.lowerBound].contains("formnovalidate"))
    }

    @Test("利益冲突: the officer sees the conflict check before the decision form")
    func casePageShowsConflictsBeforeTheDecision() throws {
        // setup
        let view = LegalAidCasePage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        let conflicts = try #require(served.range(of: "id=\"conflicts\""))
        let decision = try #require(served.range(of: "id=\"legal-aid-decide\""))
        #expect(conflicts.lowerBound < decision.lowerBound)
        #expect(served.contains("141025100-20260901-0004"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("第四十三条、第四十九条: the refusal decision states the reasons and the objection route, with the bureau's name")
    func refusalDocument() {
        // setup
        let view = LegalAidDocumentPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.ladocRefuseTitle)))
        #expect(served.contains("家庭收入高于本省经济困难标准"))
        #expect(served.contains("行政复议或者提起行政诉讼"))
        #expect(served.contains(PageContext.mock(language: .zhHans, staff: true).bureauName))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test(arguments: LegalAidDocument.Kind.allCases)
    func everyDocumentRenders(kind: LegalAidDocument.Kind) {
        // setup
        var model = LegalAidDocumentPage.Model.mock
        model.kind = kind
        model.decision = "grant"
        model.providerName = "李律师"
        model.assignedOn = "2026-11-06"
        // act
        let page = LegalAidDocumentPage.View(model: model, context: .mock(language: .zhHans, staff: true)).document()
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: kind.rawValue)
    }

    @Test func registerShowsStatisticsAndTheCSVLinkWithTheFilter() {
        // setup
        let view = LegalAidRegisterPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("/api/v1/legal-aid/register.csv?from=2026-11-01&amp;to=2026-11-30"))
        #expect(served.contains(zh(.legalAidStatGrantRateValue, "50.0%", 1, 2)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}

@Suite struct LegalAidPageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test(arguments: Hostile.payloads)
    func applyFormEscapesTypedValues(payload p: String) {
        // setup
        let values = LegalAidForm(channel: p, applicant_name: p, applicant_phone: p, applicant_resident_id: p, region_id: p, category: p,
                                  service_form: p, matter: p, circumstances: [p], days_to_limitation: p, needs_preservation: [p],
                                  economic_statement: p, opponent_name: p, opponent_phone: p, opponent_resident_id: p, pledge_accepted: [p],
                                  pledge_signature: p)
        let model = LegalAidApplyPage.Model(staff: true, values: values, regions: [.init(value: p, label: p)],
                                            screening: LegalAidScreening.assess(category: .wages, circumstances: [.migrantWorker]),
                                            problems: [FieldProblem(field: "category", message: .legalAidNotAllowed, args: [p, p])],
                                            submittedNumber: p, submittedID: 1)
        // act
        let html = PageHTML.served(LegalAidApplyPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "LegalAidApplyPage")
    }

    @Test(arguments: Hostile.payloads)
    func casePageEscapesPartiesNotesRoundsAndObjections(payload p: String) {
        // setup
        let model = LegalAidCasePage.Model.example(p)
        // act
        let html = PageHTML.served(LegalAidCasePage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "LegalAidCasePage")
        #expect(html.contains("id=\"legal-aid-objection-4\""))
    }

    @Test(arguments: Hostile.payloads)
    func documentsEscapeTheRecord(payload p: String) {
        for kind in LegalAidDocument.Kind.allCases {
            // setup
            var model = LegalAidDocumentPage.Model.mock
            model.kind = kind
            (model.number, model.applicantName, model.applicantPhone, model.applicantID, model.economicReview, model.matter) = (p, p, p, p, p, p)
            (model.opponentName, model.receivedOn, model.pledgeSignedBy, model.decisionDue, model.reasons, model.providerName) = (p, p, p, p, p, p)
            model.materials = [p]
            model.missing = [p]
            model.replyDue = p
            model.assignedOn = p
            // act
            let html = PageHTML.served(LegalAidDocumentPage.View(model: model, context: Hostile.context(p, staff: true)).document())
            // check
            expectNoLiveMarkup(html, "LegalAidDocumentPage \(kind)")
        }
    }

    @Test(arguments: Hostile.payloads)
    func registerEscapesRowsFiltersAndRegions(payload p: String) {
        // setup
        var model = LegalAidRegisterPage.Model.mock
        model.filter = .init(region: p, from: p, to: p, category: p, state: p)
        model.regions = [.init(value: p, label: p)]
        model.rows = [.init(id: 1, number: p, receivedOn: p, category: .wages, state: .received, decisionDue: p, provider: p, isPriority: true)]
        // act
        let html = PageHTML.served(LegalAidRegisterPage.View(model: model, context: Hostile.context(p, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "LegalAidRegisterPage")
    }
}
