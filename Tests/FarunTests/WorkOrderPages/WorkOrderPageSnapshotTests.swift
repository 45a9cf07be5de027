import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The front-desk, back-office and routing pages rendered from their mock models.
@Suite struct WorkOrderPageSnapshotTests {
    let zh = L10n(.zhHans)
    let staff = PageContext.mock(language: .zhHans, staff: true)

    @Test func intakeFormStartsOnTheServiceWithShortcutsAndTheMaterialsPanel() {
        // setup
        let view = WorkOrderIntakePage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("autofocus=\"autofocus\""))
        #expect(served.contains("accesskey=\"k\""))
        #expect(served.contains("data-submit-shortcut=\"ctrl-enter\""))
        #expect(served.contains(zh(.intakeMaterialsEmpty)))
        #expect(served.contains("name=\"accept_now\" value=\"1\" checked=\"checked\""))
        #expect(!served.contains("NOTARIZATION\" selected"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func intakeFormWithProblemsShowsThemBesideTheFieldsAndTheChosenServicesMaterials() {
        // setup
        let view = WorkOrderIntakePage.View(model: .mockWithProblems, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("class=\"error-summary\""))
        #expect(served.contains("<p class=\"error\" id=\"requester_phone-error\">\(zh(.validationPhone))</p>"))
        #expect(served.contains("value=\"1380013\""))
        #expect(served.contains("经济困难状况说明表"))
        #expect(!served.contains("checked=\"checked\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func receiptShowsNumberMaskedRequesterMaterialsDueDatesAndTracking() {
        // setup
        let view = WorkOrderReceiptPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("141025100000-20260921-0007"))
        #expect(served.contains("138****8000") && served.contains("1101**********002X"))
        #expect(served.contains(zh(.orderProvisional)))
        #expect(served.contains(zh(.receiptTrackText, "https://fw.guxian.gov.cn/track", "141025100000-20260921-0007")))
        #expect(served.contains("data-print=\"receipt\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func workbenchShowsTabsFiltersQueuesAndFlaggedRows() {
        // setup
        let view = WorkbenchPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("aria-current=\"page\">\(zh(.workbenchUnit))</a>"))
        #expect(served.contains("action=\"/staff/units/1/claim\""))
        #expect(served.contains("class=\"badge flag-approaching\""))
        #expect(served.contains("href=\"/staff/work-orders/42\""))
        #expect(served.contains(zh(.workbenchCaption, 2)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func workbenchWithAnEmptyQueueSaysSo() {
        // setup
        var model = WorkbenchPage.Model.mock
        model.rows = []
        model.page = PageInfo(request: PageRequest(page: 1, per: 30), total: 0)
        model.notice = "queue_empty"
        let view = WorkbenchPage.View(model: model, context: staff)
        // act
        let served = PageHTML.served(view.document())
        // check
        #expect(served.contains(zh(.errorQueueEmpty)))
        #expect(served.contains(zh(.workbenchEmpty)))
        #expect(!served.contains("<table"))
    }

    @Test func orderPageShowsFactsDeadlinesLinksStepsAttachmentsAndTimeline() {
        // setup
        let view = WorkOrderPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("id=\"step-assign\"") && served.contains("id=\"step-transfer\""))
        #expect(served.contains("<input type=\"hidden\" name=\"version\" value=\"3\"/>"))
        #expect(served.contains("href=\"/staff/work-orders/42?reveal=phone\""))
        #expect(served.contains("href=\"/staff/work-orders/42/attachments/5\""))
        #expect(served.contains("enctype=\"multipart/form-data\""))
        #expect(served.contains(zh.name("woaction", WorkOrderAction.start)))
        #expect(served.contains("href=\"/staff/work-orders/44\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func orderPageAfterAStaleStepShowsTheMessageAndThePausedList() {
        // setup
        var model = WorkOrderPage.Model.mock
        model.state = .supplementRequested
        model.missingMaterials = ["劳动合同", "工资欠条"]
        model.steps = [.init(action: .supplementReceived)]
        model.error = zh(.errorStaleOrder)
        let view = WorkOrderPage.View(model: model, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.errorStaleOrder)))
        #expect(served.contains(zh(.orderNowState, zh.name("state", WorkOrderState.supplementRequested))))
        #expect(served.contains(zh(.orderPaused)) && served.contains("<li>工资欠条</li>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func unitIndexListsUnitsWithStrategyMembersAndWaitingOrders() {
        // setup
        let view = UnitIndexPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/admin/units/1\""))
        #expect(served.contains(zh.name("strategy", AssignmentStrategy.roundRobin)))
        #expect(served.contains("href=\"/admin/routing-rules\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func unitFormShowsMembersWithLoadAndTheAddMemberForm() {
        // setup
        let view = UnitFormPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/units/1/members/1/delete\""))
        #expect(served.contains("data-confirm=\"\(zh(.unitMemberRemoveConfirm, "王援助"))\""))
        #expect(served.contains("id=\"member-form\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func unitFormForANewUnitHasNoMembersSection() {
        // setup
        var model = UnitFormPage.Model.mock
        model.id = nil
        model.input = .init()
        model.members = []
        model.problems = [FieldProblem(field: "name", message: .validationRequired)]
        let view = UnitFormPage.View(model: model, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/units/new\""))
        #expect(!served.contains("member-form"))
        #expect(served.contains("id=\"name-error\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func routingRulesListRulesWithDeleteAndOfferTheAddForm() {
        // setup
        let view = RoutingRulesPage.View(model: .mock, context: staff)
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.routingRuleAnyService)))
        #expect(served.contains("action=\"/admin/routing-rules/2/delete\""))
        #expect(served.contains("id=\"rule-form\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}
