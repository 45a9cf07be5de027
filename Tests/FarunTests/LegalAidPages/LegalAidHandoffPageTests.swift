import FarunCore
import Foundation
import SnapshotTesting
import Testing
@testable import Farun

/// The pages changed for legal aid from a 12348 call or a consultation: the case page's origin and missing items,
/// the call form's legal aid button with the reminder of the right to apply, the consultation's application link.
@Suite struct LegalAidHandoffPageTests {
    @Test("第四十三条 (LA-04): the case page names the origin and pre-fills the one-time notice with every missing item")
    func casePageShowsTheOriginAndTheMissingItems() {
        // setup
        var model = LegalAidCasePage.Model.mock
        model.handoff = .mock
        // act
        let page = LegalAidCasePage.View(model: model, context: .mock(language: .zhHans, staff: true)).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(#"href="/staff/hotline?day=2026-10-26#call-12""#))
        #expect(served.contains("<li>申请人签署的个人诚信承诺（第四十一条）</li>"))
        #expect(served.contains("申请人身份证明（身份证号码）\n申请事项类别（待核实）"))
        #expect(served.contains(#"action="/staff/legal-aid/3/details""#) && served.contains(#"name="pledge_signature""#))
        #expect(!served.contains(#"name="applicant_name""#))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test("第二十三条 (LA-24): the call form offers 转法律援助申请 and reminds the operator to tell the caller of the right to apply")
    func callFormOffersLegalAidWithTheReminder() {
        // setup
        var plain = CallWorkOrderPage.Model.mock
        plain.input.matter = "邻居噪音扰民"
        // act
        let html = PageHTML.served(CallWorkOrderPage.View(model: .mock, context: .mock(staff: true)).document())
        let neutral = PageHTML.served(CallWorkOrderPage.View(model: plain, context: .mock(staff: true)).document())
        // check
        #expect(html.contains(#"formaction="/staff/hotline/calls/1/legal-aid""#) && html.contains("formnovalidate"))
        #expect(html.contains(#"class="flash""#) && html.contains("请求支付劳动报酬") && html.contains("第二十三条"))
        #expect(neutral.contains(#"id="legal-aid-hint" class="hint""#))
    }

    @Test func theConsultationLinksToTheApplicationForOfficersAndNamesItForLawyers() {
        // setup
        var lawyer = ConsultationWorkbenchItemPage.Model.mock
        lawyer.referrals[0].canOpenLegalAid = false
        // act
        let html = PageHTML.served(ConsultationWorkbenchItemPage.View(model: .mock, context: .mock(staff: true)).document())
        let lawyerHTML = PageHTML.served(ConsultationWorkbenchItemPage.View(model: lawyer, context: .mock(staff: true)).document())
        // check
        #expect(html.contains(#"<a class="legal-aid-link" href="/staff/legal-aid/3">法律援助申请</a>"#))
        #expect(!lawyerHTML.contains("/staff/legal-aid/3") && lawyerHTML.contains("已转为法律援助申请"))
    }

    @Test(arguments: Hostile.payloads)
    func theOriginPanelEscapesWhatItShows(payload p: String) {
        // setup
        var model = LegalAidCasePage.Model.example(p)
        model.handoff = LegalAidHandoffInfo(channel: .web, origin: .init(kind: .consultation, reference: p, url: p, at: nil),
                                            missing: LegalAidMissingField.allCases, form: .init(id: 1, version: 1))
        var form = CallWorkOrderPage.Model.mock
        form.input.matter = p + "拖欠工资"
        // act
        let pages = [PageHTML.served(LegalAidCasePage.View(model: model, context: Hostile.context(p, staff: true)).document()),
                     PageHTML.served(CallWorkOrderPage.View(model: form, context: Hostile.context(p, staff: true)).document())]
        // check
        for html in pages {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }
}
