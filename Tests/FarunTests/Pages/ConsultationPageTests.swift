import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// 快解答 pages rendered from their mocks: snapshots, the parts that matter, and escaping of everything a citizen
/// or a lawyer typed.
@Suite struct ConsultationPageTests {
    let zh = L10n(.zhHans)

    @Test func theAskFormAsksForQuestionRegionPhoneAndConsentWithCSRF() {
        // setup
        let view = ConsultAskPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(#"name="question""#) && html.contains(#"name="region_id""#) && html.contains(#"name="phone""#))
        #expect(html.contains(#"name="consent""#) && html.contains(CSRF.field))
        #expect(html.contains(zh(.consultCheckButton)) && !html.contains(#"name="confirmed""#))
    }

    @Test func afterTheFirstSubmitTheFormShowsSuggestionsTheSuggestedFieldAndStillAskALawyer() {
        // setup
        let view = ConsultAskPage.View(model: .mockConfirming, context: .mock())
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.consultSuggestionsTitle)) && html.contains("劳动合同法 第三十条"))
        #expect(html.contains(#"<option value="labour" selected"#))
        #expect(html.contains(#"name="confirmed" value="1""#) && html.contains(zh(.consultStillAsk)))
    }

    @Test func theQuestionPageShowsTheLinkTheThreadAndItsForms() {
        // setup
        let view = ConsultationPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains("/consult/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10"))
        #expect(html.contains(zh(.consultLinkTitle)) && html.contains("王明") && html.contains(zh(.consultAwaitingReply)))
        #expect(html.contains("/consult/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10/follow-up") && html.contains("/consult/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10/rate"))
    }

    @Test func anUnansweredQuestionSaysLawyersAreLooking() {
        // setup
        let view = ConsultationPage.View(model: .mockUnanswered, context: .mock())
        // act
        let page = view.document()
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(PageHTML.served(page).contains(zh(.consultNoAnswerYet)))
    }

    @Test func theWorkbenchListsOfferedAndOwnQuestionsWithAgeAndCount() {
        // setup
        let view = ConsultationWorkbenchPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.consultWorkbenchAge, "12")) && html.contains(zh(.consultWorkbenchAnswers, "1", "3")))
        #expect(html.contains("/staff/consultations/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10"))
    }

    @Test func theWorkbenchLoadsItsLiveScriptWithTheStreamURLItsWordsAndARefreshLink() {
        // setup
        let view = ConsultationWorkbenchPage.View(model: .mock, context: .mock(staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check: the script, where it connects and what it says all come from the server
        #expect(html.contains("<script src=\"/assets/workbench.js\" defer=\"defer\"></script>"))
        #expect(html.contains("data-workbench-stream=\"/staff/consultations/stream\""))
        #expect(html.contains("data-item-url=\"/staff/consultations/CONSULTATION_ID\""))
        #expect(html.contains("data-text-new=\"\(zh(.consultLiveAnnounceNew))\"") && html.contains("data-text-age=\"\(zh(.consultWorkbenchAge))\""))
        #expect(html.contains("&quot;labour&quot;:&quot;\(zh.name("field", QuestionField.known(.labour)))&quot;"))
        #expect(html.contains("aria-live=\"polite\""))
        #expect(html.contains("<a href=\"/staff/consultations\">\(zh(.consultLiveRefresh))</a>"))
        #expect(html.contains("data-consultation=\"8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10\"") && html.contains("岳阳镇"))
    }

    @Test func theWorkbenchItemShowsTheMaskedQuestionTheThreadAndTheAnswerForm() {
        // setup
        let view = ConsultationWorkbenchItemPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(zh(.consultWorkbenchMaskedNotice)) && html.contains("/staff/consultations/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10/answer"))
        #expect(html.contains(CSRF.field))
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theWorkbenchPagesEscapeQuestionsAndAnswers(payload: String) {
        // setup
        let item = ConsultationWorkbenchPage.Item(id: payload, question: payload, field: .other, waitingMinutes: 1, lawyers: 1, awaitingMyReply: true)
        let list = ConsultationWorkbenchPage.Model(offered: [item], mine: [item], requiredLawyers: 3)
        var one = ConsultationWorkbenchItemPage.Model(id: payload, question: payload, field: .other, state: .open,
                                                      askedAt: ConsultationPage.Model.mockDate, lawyers: 0, requiredLawyers: 3,
                                                      myEntries: [.init(isAnswer: false, text: payload, at: ConsultationPage.Model.mockDate, articles: [payload])])
        one.text = payload
        one.notice = payload
        // act
        let served = [PageHTML.served(ConsultationWorkbenchPage.View(model: list, context: Hostile.context(payload, staff: true)).document()),
                      PageHTML.served(ConsultationWorkbenchItemPage.View(model: one, context: Hostile.context(payload, staff: true)).document())]
        // check
        for html in served {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }

    @Test(arguments: Hostile.payloads)
    func theAskFormEscapesWhatTheCitizenTyped(payload: String) {
        // setup
        var model = ConsultAskPage.Model.mockConfirming
        model.question = payload
        model.phone = payload
        model.regionID = payload
        model.field = payload
        model.citizenName = nil
        model.regions = [.init(id: 1, name: payload, villages: [.init(value: payload, label: payload)])]
        model.problems = [.init(field: "question", message: .consultationQuestionTooLong, args: [payload])]
        // act
        let served = PageHTML.served(ConsultAskPage.View(model: model, context: Hostile.context(payload, staff: false)).document())
        // check
        let violations = MarkupCheck.violations(in: served)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    @Test(arguments: Hostile.payloads)
    func theQuestionPageEscapesQuestionAnswersAndNames(payload: String) {
        // setup
        let base = ConsultationPage.Model.mock
        var model = ConsultationPage.Model(
            id: payload, question: payload, state: .answered, field: .other, askedAt: base.askedAt,
            threads: [.init(lawyerID: 1, lawyerName: payload, entries: [.init(isAnswer: true, text: payload, at: base.askedAt, articles: [payload])],
                            rating: 3, mostHelpful: true, awaitingReply: false)],
            consentsToPublication: true)
        model.notice = payload
        // act
        let served = PageHTML.served(ConsultationPage.View(model: model, context: Hostile.context(payload, staff: false)).document())
        // check
        let violations = MarkupCheck.violations(in: served)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }
}
