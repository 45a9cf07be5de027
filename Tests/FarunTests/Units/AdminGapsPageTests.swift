import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The unit retirement step, a refused capacity and a revealed caller number, from mock models: snapshots, and
/// hostile text that must stay text.
@Suite struct AdminGapsPageTests {
    let zh = L10n(.zhHans)
    let staff = PageContext.mock(language: .zhHans, staff: true)

    @Test func theRetireStepIsAPlainFormNamingTheRulesThatGoWithTheUnit() {
        // act
        let page = UnitRetirePage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<form id=\"retire-form\" method=\"post\" action=\"/admin/units/2/retire\""))
        #expect(served.contains(zh(.unitRetireRules, 2)) && served.contains("href=\"/admin/units/2\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theRetireStepOffersNoButtonWhileOpenOrdersRemain() {
        // setup
        var model = UnitRetirePage.Model.mock
        model.openOrders = 3
        // act
        let page = UnitRetirePage.View(model: model, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.unitRetireOpenOrders, 3)) && served.contains("role=\"alert\""))
        #expect(!served.contains("retire-form"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func aRefusedCapacityStaysInItsRowWithTheProblemLinkedFromTheSummary() {
        // setup
        var model = UnitFormPage.Model.mock
        model.memberEdit = .init(id: 2, capacity: "0", problems: [.init(field: "capacity", message: .unitCapacityInvalid, args: ["1", "200"])])
        // act
        let served = PageHTML.served(UnitFormPage.View(model: model, context: staff).document())
        // check
        #expect(served.contains("href=\"#capacity-2\""))
        #expect(served.contains("id=\"capacity-2\" name=\"capacity\" value=\"0\""))
        #expect(served.contains("aria-describedby=\"capacity-2-error\"") && served.contains("id=\"capacity-2-error\""))
        #expect(served.contains("id=\"capacity-1\" name=\"capacity\" value=\"5\"") && !served.contains("capacity-1-error"))
        #expect(served.contains("<label for=\"capacity-1\" class=\"visually-hidden\">" + zh(.unitMemberCapacityFor, "王援助") + "</label>"))
    }

    @Test func aRevealedNumberIsShownAsACallLinkInItsRowOnly() {
        // setup
        var model = CallbacksPage.Model.mock
        model.rows[0].fullPhone = "13943214321"
        // act
        let page = CallbacksPage.View(model: model, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"tel:13943214321\""))
        #expect(!served.contains("action=\"/staff/callbacks/1/phone\""))
        // The 不满意 follow-up has no call, so no number to ask for.
        #expect(!served.contains("action=\"/staff/callbacks/2/phone\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theNewPartsEscapeNamesTypedCapacitiesAndNumbers(payload p: String) {
        // setup
        let retire = UnitRetirePage.Model(id: 1, name: p, retired: false, openOrders: 0, rules: 1)
        var busy = retire
        busy.openOrders = 2
        var form = UnitFormPage.Model.mock
        form.members = [.init(id: 1, staffID: 2, name: p, capacity: 3, openLoad: 1)]
        form.memberEdit = .init(id: 1, capacity: p, problems: [FieldProblem(field: "capacity", message: .validationTooLong, args: [p])])
        form.retired = true
        var callbacks = CallbacksPage.Model.mock
        callbacks.rows[0].fullPhone = p
        let context = Hostile.context(p, staff: true)
        // act
        let pages = [
            ("UnitRetirePage", PageHTML.served(UnitRetirePage.View(model: retire, context: context).document())),
            ("UnitRetirePage busy", PageHTML.served(UnitRetirePage.View(model: busy, context: context).document())),
            ("UnitFormPage", PageHTML.served(UnitFormPage.View(model: form, context: context).document())),
            ("CallbacksPage", PageHTML.served(CallbacksPage.View(model: callbacks, context: context).document())),
        ]
        // check
        for (name, html) in pages {
            #expect(MarkupCheck.violations(in: html).isEmpty, "\(name): \(MarkupCheck.violations(in: html))")
        }
    }
}
