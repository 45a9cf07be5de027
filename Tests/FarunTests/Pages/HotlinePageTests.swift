import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The hotline pages from their mock models: snapshots, and hostile text that must stay text.
@Suite struct HotlinePageTests {
    let zh = L10n(.zhHans)

    @Test func theCallListShowsMaskedCallersTimesAndTheOrderActionForAnsweredCallsOnly() {
        // act
        let page = HotlinePage.View(model: .mock, context: .mock(staff: true)).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("138****8000") && served.contains("0357-*****34"))
        #expect(served.contains("href=\"/staff/hotline/calls/1/work-order\""))
        #expect(!served.contains("/staff/hotline/calls/3/work-order"))
        #expect(served.contains("href=\"/staff/work-orders/7\""))
        #expect(served.contains(zh(.hotlineMinutesSeconds, 3, "05")) && served.contains(zh(.callbackOverdue)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theCallToOrderFormKeepsWhatWasTypedAndPointsAtTheProblem() {
        // act
        let page = CallWorkOrderPage.View(model: .mock, context: .mock(staff: true)).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("class=\"error-summary\"") && served.contains("href=\"#requester_name\""))
        #expect(served.contains("aria-invalid=\"true\""))
        #expect(served.contains("value=\"13800138000\"") && served.contains("<option value=\"LEGAL_AID\" selected=\"selected\">"))
        #expect(served.contains("name=\"csrf_token\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theCallBackListHasAVersionedDoneFormPerTaskAndMarksTheOverdueOne() {
        // act
        let page = CallbacksPage.View(model: .mock, context: .mock(staff: true)).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/staff/callbacks/1/done\"") && served.contains("name=\"version\" value=\"1\""))
        #expect(served.contains("<tr id=\"task-1\" class=\"overdue\">"))
        #expect(served.contains(zh.name("callback", CallbackKind.dissatisfied)))
        #expect(served.contains("id=\"outcome-2-error\"") && !served.contains("id=\"outcome-1-error\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theFiguresPageShowsTheTargetVerdictAndAChartWithATableAlternative() {
        // act
        let page = HotlineFiguresPage.View(model: .mock, context: .mock(staff: true)).document()
        let served = PageHTML.served(page)
        // check: 4 of 6 answered, 3 of 6 within 15 s (5, 9 and 15 s; 16 s is too late)
        #expect(served.contains("66.6%") && served.contains(zh(.hotlineTargetMissed, 95)))
        #expect(served.contains(zh(.hotlineWithin15sValue, "50.0%", 3, 6)))
        #expect(served.contains("role=\"img\"") && served.contains("aria-labelledby=\"operator-chart-title operator-chart-desc\""))
        #expect(served.contains("<caption>" + zh(.hotlineChartTable) + "</caption>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theCallListEscapesRecordingReferencesAndOperatorNames(payload: String) {
        // setup
        var model = HotlinePage.Model.mock
        model.rows = [.init(id: 1, ringAt: PageHTML.fixedDate, caller: payload, secondsToAnswer: 3, talkSeconds: 30, operatorName: payload,
                            answered: true, callback: nil, workOrder: (1, payload), recordingRef: payload)]
        // act
        let html = PageHTML.served(HotlinePage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        #expect(MarkupCheck.violations(in: html).isEmpty, "\(MarkupCheck.violations(in: html))")
    }

    @Test(arguments: Hostile.payloads)
    func theCallBackListEscapesOutcomesAndWhatWasTyped(payload: String) {
        // setup
        var model = CallbacksPage.Model.mock
        model.rows.append(.init(id: 3, kind: .missedCall, dueAt: PageHTML.fixedDate, overdue: false, doneAt: PageHTML.fixedDate, outcome: payload,
                                call: (4, PageHTML.fixedDate, payload, payload), workOrder: (5, payload), version: 2))
        model.typedOutcome = payload
        model.message = payload
        // act
        let html = PageHTML.served(CallbacksPage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        #expect(MarkupCheck.violations(in: html).isEmpty, "\(MarkupCheck.violations(in: html))")
    }

    @Test(arguments: Hostile.payloads)
    func theOrderFormAndTheFiguresEscapeTypedTextAndOperatorNames(payload: String) {
        // setup
        var form = CallWorkOrderPage.Model.mock
        form.input = .init(service: payload, name: payload, phone: payload, matter: payload, regionID: 1)
        form.services.append(.init(value: payload, label: payload))
        form.message = payload
        var figures = HotlineFiguresPage.Model.mock
        figures.from = payload
        figures.operatorNames = ["1": payload, "2": payload]
        // act
        let formHTML = PageHTML.served(CallWorkOrderPage.View(model: form, context: Hostile.context(payload, staff: true)).document())
        let figuresHTML = PageHTML.served(HotlineFiguresPage.View(model: figures, context: Hostile.context(payload, staff: true)).document())
        // check
        #expect(MarkupCheck.violations(in: formHTML).isEmpty, "\(MarkupCheck.violations(in: formHTML))")
        #expect(MarkupCheck.violations(in: figuresHTML).isEmpty, "\(MarkupCheck.violations(in: figuresHTML))")
    }
}
