import FarunCore
import Foundation
import Plot
import Testing
@testable import Farun

/// Everything a citizen or staff member can type that these pages show — the matter, names, the rating
/// comment, refusal reasons and outcomes, timeline and notice texts, service and unit names — is escaped.
@Suite struct TrackingPageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    private func service(_ payload: String) -> ApplyIndexPage.Service {
        .init(id: 1, name: payload, handler: payload, isFree: true, materials: [.init(item: payload, basis: payload, isRequired: false)])
    }

    private func values(_ payload: String) -> CitizenIntakeValues {
        CitizenIntakeValues(name: payload, phone: payload, residentID: payload, matter: payload, regionID: payload, greenChannel: payload,
                            greenChannelNote: payload, consent: true, token: payload)
    }

    @Test(arguments: Hostile.payloads)
    func applyPagesEscapeServiceMaterialsMatterAndEveryTypedValue(payload: String) {
        // setup
        let groups = [CitizenChoices.TownGroup(id: 1, name: payload, villages: [.init(value: payload, label: payload)])]
        let problems = [FieldProblem(field: "matter", message: .validationTooLong, args: [payload])]
        let pages = [
            ApplyIndexPage.View(model: .init(services: [service(payload)]), context: Hostile.context(payload, staff: false)).document(),
            ApplyFormPage.View(model: .init(service: service(payload), values: values(payload), problems: problems, regions: groups, attachmentMegabytes: 10),
                               context: Hostile.context(payload, staff: false)).document(),
            ApplyDonePage.View(model: .init(number: payload, serviceName: payload, materials: service(payload).materials, acceptanceDue: payload, provisional: true),
                               context: Hostile.context(payload, staff: false)).document(),
        ]
        // act / check
        for page in pages { expectNoLiveMarkup(PageHTML.served(page), "apply pages") }
    }

    @Test(arguments: Hostile.payloads)
    func kioskPagesEscapePointServiceAndTypedValues(payload: String) {
        // setup
        let pages = [
            KioskHomePage.View(model: .init(pointID: 3, pointName: payload, services: [.init(id: 1, name: payload)]), context: Hostile.context(payload, staff: false)).document(),
            KioskFormPage.View(model: .init(pointID: 3, pointName: payload, service: service(payload), values: values(payload), problems: []),
                               context: Hostile.context(payload, staff: false)).document(),
            KioskDonePage.View(model: .init(pointID: 3, pointName: payload, receipt: .init(number: payload, serviceName: payload, materials: [], acceptanceDue: nil, provisional: false)),
                               context: Hostile.context(payload, staff: false)).document(),
        ]
        // act / check
        for page in pages { expectNoLiveMarkup(PageHTML.served(page), "kiosk pages") }
    }

    @Test(arguments: Hostile.payloads)
    func trackPagesEscapeNumberOutcomeRefusalReasonCommentTimelineAndNotices(payload: String) {
        // setup
        var refused = TrackOrderPage.Model.mockRefused
        refused.number = payload
        refused.serviceName = payload
        refused.outcome = payload
        refused.timeline = [.init(at: TrackingMock.date, text: L10n(.zhHans)(.trackEventRefused, payload))]
        refused.notices = [.init(at: TrackingMock.date, text: payload)]
        var rating = TrackOrderPage.Model.mockResolved
        rating.outcome = payload
        rating.missingMaterials = [payload]
        rating.comment = payload
        rating.score = payload
        rating.due = .init(date: payload, provisional: true)
        rating.problems = [FieldProblem(field: "comment", message: .validationTooLong, args: [payload])]
        let pages = [
            TrackFormPage.View(model: .init(number: payload, notice: .noMatch), context: Hostile.context(payload, staff: false)).document(),
            TrackOrderPage.View(model: refused, context: Hostile.context(payload, staff: false)).document(),
            TrackOrderPage.View(model: rating, context: Hostile.context(payload, staff: false)).document(),
            TrackWithdrawPage.View(model: .init(number: payload, version: 1), context: Hostile.context(payload, staff: false)).document(),
        ]
        // act / check
        for page in pages { expectNoLiveMarkup(PageHTML.served(page), "track pages") }
    }

    @Test(arguments: Hostile.payloads)
    func satisfactionPageEscapesUnitAndServiceNamesAndDates(payload: String) {
        // setup
        var model = SatisfactionPage.Model.mock
        model.from = payload
        model.to = payload
        model.byUnit[0].label = payload
        model.byService[0].label = payload
        model.problems = [FieldProblem(field: "from", message: .validationTooLong, args: [payload])]
        // act
        let html = PageHTML.served(SatisfactionPage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        expectNoLiveMarkup(html, "SatisfactionPage")
    }
}
