import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The 快解答 administration pages (duty roster, removal, availability panel, overdue list, service levels) from
/// their mocks: snapshots, the parts that matter, and escaping of everything staff typed.
@Suite struct ConsultationAdminPageTests {
    let zh = L10n(.zhHans)
    let en = L10n(.en)

    @Test func theRosterListsSlotsWithDayHoursRegionAndFieldsAndOffersTheAddForm() {
        // setup
        let view = DutyRosterPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.dutyEveryWeekday, zh(.dutyWeekday1))) && html.contains("09:00–12:00") && html.contains("2026-12-01"))
        #expect(html.contains(zh.name("field", LegalField.labour) + "、" + zh.name("field", LegalField.contract)) && html.contains(zh(.dutyAllFields)))
        #expect(html.contains(zh.name("dutykind", DutyKind.supervisor)))
        #expect(html.contains(#"action="/admin/duty-roster""#) && html.contains(CSRF.field) && html.contains(#"name="fields[]""#))
        #expect(html.contains(#"href="/admin/duty-roster/3/delete""#))
    }

    @Test func theRosterInEnglishNamesKindsAndWeekdaysInEnglish() {
        // setup
        let view = DutyRosterPage.View(model: .mock, context: .mock(language: .en, staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
        #expect(html.contains("Every Monday") && html.contains("Duty supervisor"))
    }

    @Test func theRosterShowsEachProblemNextToItsField() {
        // setup
        var model = DutyRosterPage.Model.mock
        model.problems = [.init(field: "end", message: .dutyErrorEndBeforeStart), .init(field: "person_id", message: .dutyErrorPersonOutside)]
        // act
        let html = PageHTML.served(DutyRosterPage.View(model: model, context: .mock(staff: true)).document())
        // check
        #expect(html.contains(#"id="end-error""#) && html.contains(zh(.dutyErrorEndBeforeStart)))
        #expect(html.contains(#"id="person_id-error""#) && html.contains(zh(.dutyErrorPersonOutside)))
        #expect(html.contains("error-summary"))
    }

    @Test func theRemovalStepShowsTheSlotAndPostsToItsDeletePath() {
        // setup
        let view = DutySlotDeletePage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(#"action="/admin/duty-roster/3/delete""#) && html.contains(zh(.dutyRemoveConfirm)) && html.contains("王明"))
    }

    @Test func theWorkbenchWithTheAvailabilityPanelShowsTheRunningDeclarationAndBothForms() {
        // setup
        var model = ConsultationWorkbenchPage.Model.mock
        model.availability = .mock
        let view = ConsultationWorkbenchPage.View(model: model, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.availabilityTitle)) && html.contains(#"action="/staff/consultations/availability""#))
        #expect(html.contains(#"action="/staff/consultations/availability/end""#) && html.contains(#"type="datetime-local""#))
    }

    @Test func theWorkbenchWithoutAnyDeclarationOffersOnlyTheForm() {
        // setup
        var model = ConsultationWorkbenchPage.Model.mock
        model.availability = .init(current: [], regions: [.init(value: "1", label: "古县")], until: "", regionID: "1", problems: [], done: nil)
        // act
        let html = PageHTML.served(ConsultationWorkbenchPage.View(model: model, context: .mock(staff: true)).document())
        // check
        #expect(html.contains(zh(.availabilityNone)) && !html.contains("/staff/consultations/availability/end"))
    }

    @Test func theOverdueListShowsAgeAndDuty() {
        // setup
        let view = OverduePage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.consultWorkbenchAge, "25")) && html.contains(zh(.overdueOnDuty, "古县")))
    }

    @Test func theServiceLevelPageShowsFiguresChartLawyersAndTheCSVLink() {
        // setup
        let view = ServiceLevelPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        // The mock: one question answered after 4 min, one unanswered for 59 min → 1 of 2 within 10 minutes.
        #expect(html.contains("50.0% (1/2)") && html.contains(zh(.hotlineMinutesSeconds, 4, "00")))
        #expect(html.contains("<svg") && html.contains("service-level-chart-title") && html.contains("王明"))
        #expect(html.contains("/admin/consultations/service-level.csv?from=2026-11-26&amp;to=2026-11-26&amp;region_id=1&amp;levels=1&amp;n=3"))
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theRosterPagesEscapeNamesRegionsAndInput(payload: String) {
        // setup
        let row = DutyRosterPage.Row(id: 1, kind: .lawyer, person: payload, weekday: nil, date: payload, time: payload, region: payload, fields: [])
        var model = DutyRosterPage.Model.mock
        model.rows = [row]
        model.regions = [.init(value: payload, label: payload)]
        model.lawyers = [.init(value: payload, label: payload)]
        model.supervisors = [.init(value: payload, label: payload)]
        model.input = .init(kind: payload, personID: payload, weekday: payload, date: payload, start: payload, end: payload, regionID: payload, fields: [payload])
        model.filter = .init(regionID: nil, field: nil, day: payload, kind: nil)
        model.problems = [.init(field: "fields", message: .dutyErrorUnknownField, args: [payload])]
        model.done = payload
        // act
        let served = [PageHTML.served(DutyRosterPage.View(model: model, context: Hostile.context(payload, staff: true)).document()),
                      PageHTML.served(DutySlotDeletePage.View(model: .init(row: row), context: Hostile.context(payload, staff: true)).document())]
        // check
        for html in served {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }

    @Test(arguments: Hostile.payloads)
    func theAvailabilityPanelAndOverdueListEscapeWhatTheyShow(payload: String) {
        // setup
        var workbench = ConsultationWorkbenchPage.Model.mock
        workbench.availability = .init(current: [.init(until: ConsultationPage.Model.mockDate, region: payload)], regions: [.init(value: payload, label: payload)],
                                       until: payload, regionID: payload, problems: [.init(field: "until", message: .availabilityErrorFormat)], done: payload)
        let overdue = OverduePage.Model(items: [.init(id: payload, question: payload, field: .other, region: payload, askedAt: ConsultationPage.Model.mockDate,
                                                      waitingMinutes: 11)], onDutyFor: [payload], limitMinutes: 10)
        // act
        let served = [PageHTML.served(ConsultationWorkbenchPage.View(model: workbench, context: Hostile.context(payload, staff: true)).document()),
                      PageHTML.served(OverduePage.View(model: overdue, context: Hostile.context(payload, staff: true)).document())]
        // check
        for html in served {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }

    @Test(arguments: Hostile.payloads)
    func theServiceLevelPageEscapesRegionAndLawyerNamesAndTheQuery(payload: String) {
        // setup
        var model = ServiceLevelPage.Model.mock
        model.from = payload
        model.to = payload
        model.regionID = payload
        model.levels = payload
        model.requiredLawyers = payload
        model.regions = [.init(value: payload, label: payload)]
        model.problems = [.init(field: "from", message: .deadlineDateInvalid)]
        if let report = model.report {
            model.report = .init(query: report.query, rows: report.rows, days: report.days, total: report.total,
                                 regionNames: report.regionNames.mapValues { _ in payload }, lawyerNames: report.lawyerNames.mapValues { _ in payload })
        }
        // act
        let html = PageHTML.served(ServiceLevelPage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }
}
