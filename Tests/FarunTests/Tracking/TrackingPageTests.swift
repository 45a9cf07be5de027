import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The citizen pages rendered from their mock models: snapshots, plus the checks a phone needs that can be
/// made on the HTML (there is no browser here to measure a 360 px viewport).
@Suite struct TrackingPageTests {
    let zh = L10n(.zhHans)

    /// What makes a page usable on a narrow phone screen, as far as the markup decides it: the viewport meta,
    /// the phone-first stylesheet, no inline sizes, no wide tables, a label for every control.
    static func phoneWidthProblems(_ html: String, audience: String = "citizen") -> [String] {
        var problems: [String] = []
        if !html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>") { problems.append("no viewport meta") }
        if !html.contains("class=\"audience-\(audience)\"") { problems.append("not the \(audience) layout") }
        if html.contains(" style=") { problems.append("inline style") }
        if html.contains(" width=") { problems.append("fixed width attribute") }
        if html.contains("<table") { problems.append("a table (scrolls sideways on a phone)") }
        for tag in MarkupCheck.tags(in: html) where ["input", "select", "textarea"].contains(tag.name) && !tag.closing {
            let type = tag.attributes.first { $0.name == "type" }?.value ?? ""
            if type == "hidden" { continue }
            guard let id = tag.attributes.first(where: { $0.name == "id" })?.value else { problems.append("control without id: \(tag.raw)"); continue }
            if !html.contains("<label for=\"\(id)\"") { problems.append("no label for \(id)") }
        }
        return problems
    }

    private func check(_ page: HTML, audience: String = "citizen", sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let served = PageHTML.served(page)
        let problems = Self.phoneWidthProblems(served, audience: audience)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        return served
    }

    @Test func applyListShowsEachServiceWithItsMaterialsAndAStartButton() {
        // setup
        let view = ApplyIndexPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        #expect(served.contains("href=\"/apply/2\"") && served.contains("href=\"/apply/1\""))
        #expect(served.contains("经济困难状况说明表或个人诚信承诺") && served.contains(zh(.applyNoMaterials)))
        #expect(served.contains(zh(.applyMaterialOptional)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func applyFormWithErrorsKeepsValuesAndLinksTheSummaryToEachField() {
        // setup
        let view = ApplyFormPage.View(model: .mockWithProblems, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        for field in ["requester_phone", "resident_id", "matter", "green_channel", "consent"] { #expect(served.contains("href=\"#\(field)\""), "\(field)") }
        #expect(served.contains("value=\"张三\"") && served.contains("value=\"12345\""))
        #expect(served.contains("<option value=\"4\" selected=\"selected\">偏涧村</option>"))
        #expect(served.contains("<optgroup label=\"岳阳镇\">"))
        #expect(served.contains("name=\"submission_token\" value=\"token-for-tests\""))
        #expect(!served.contains("checked=\"checked\""))  // consent is never pre-ticked
        #expect(served.contains("enctype=\"multipart/form-data\"") && served.contains("name=\"csrf_token\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func applyConfirmationShowsTheNumberNextStepMaterialsAndTracking() {
        // setup
        let view = ApplyDonePage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        #expect(served.contains("<p class=\"number\">141025100000-20260921-0001</p>"))
        #expect(served.contains(zh(.applyDoneNextBy, "2026-09-28")))
        #expect(served.contains("href=\"/track?number=141025100000-20260921-0001\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func kioskHomeOffersEachServiceAsALargeButton() {
        // setup
        let view = KioskHomePage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page, audience: "kiosk")
        // check
        #expect(served.components(separatedBy: "class=\"button primary kiosk-button\"").count - 1 == 3)
        #expect(served.contains("href=\"/kiosk/3/services/2\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func kioskFormHasNumericKeypadsNoAutocompleteAndTheIdleReturn() {
        // setup
        let view = KioskFormPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page, audience: "kiosk")
        // check
        #expect(served.contains("id=\"requester_phone\"") && served.contains("inputmode=\"numeric\""))
        #expect(!served.contains("autocomplete=\"tel\"") && !served.contains("autocomplete=\"name\""))
        #expect(!served.contains("type=\"file\"") && !served.contains("name=\"region_id\""))
        #expect(served.contains("data-kiosk-return=\"/kiosk/3\" data-kiosk-seconds=\"120\""))
        #expect(served.contains("<script src=\"/assets/kiosk.js\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func kioskConfirmationShowsTheNumberLargeWithPrintAndCountdown() {
        // setup
        let view = KioskDonePage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page, audience: "kiosk")
        // check
        #expect(served.contains("class=\"order-number kiosk-number\""))
        #expect(served.contains("data-print=\"print\""))
        #expect(served.contains("data-kiosk-seconds=\"60\"") && served.contains(zh(.kioskStay)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test(arguments: [("empty", TrackFormPage.Model.mock), ("no-match", .mockNoMatch), ("too-many", .mockTooMany)])
    func trackFormAsksForNumberAndPhoneAndNeverEchoesThePhone(name: String, model: TrackFormPage.Model) {
        // setup
        let view = TrackFormPage.View(model: model, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        #expect(served.contains("id=\"phone\"") && !served.contains("name=\"phone\" value="))
        #expect(served.contains("action=\"/track\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: name)
    }

    @Test(arguments: [("in-progress", TrackOrderPage.Model.mock), ("supplement", .mockSupplement), ("refused", .mockRefused),
                      ("resolved", .mockResolved), ("closed", .mockClosed)])
    func trackOrderPageShowsStateTimelineNoticesAndOnlyTheActionsAllowed(name: String, model: TrackOrderPage.Model) {
        // setup
        let view = TrackOrderPage.View(model: model, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        #expect(served.contains(CitizenTimeline.stateText(model.state, l: zh)))
        #expect(served.contains("withdraw-form") == model.canWithdraw)
        #expect(served.contains("rate-form") == model.canRate)
        if model.due?.provisional == true { #expect(served.contains(zh(.trackDueProvisional, model.due!.date))) }
        if model.state == .refused { #expect(served.contains(zh(.trackRefusalReason)) && served.contains(model.outcome)) }
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: name)
    }

    @Test func withdrawConfirmationPostsConfirmAndOffersAWayBack() {
        // setup
        let view = TrackWithdrawPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = check(page)
        // check
        #expect(served.contains("name=\"confirm\" value=\"yes\"") && served.contains("name=\"version\" value=\"4\""))
        #expect(served.contains("href=\"/track/order\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func satisfactionPageTabulatesByUnitAndServiceWithTotals() {
        // setup
        let view = SatisfactionPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.satisfactionSummary, "2026-09-01", "2026-09-30", 12, "91.7%")))
        #expect(served.components(separatedBy: "<table class=\"data\">").count - 1 == 2)
        #expect(served.contains("<td class=\"num\">90.0%</td>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}
