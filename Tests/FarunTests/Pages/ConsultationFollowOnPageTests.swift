import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The consultation follow-on pages from their mocks: the FAQ review queue and review page, the workbench item's
/// hand-off and article links, the citizen page's live-update hooks; snapshots and escaping.
@Suite struct ConsultationFollowOnPageTests {
    let zh = L10n(.zhHans)

    @Test func theReviewQueueListsQuestionsWithLinksToTheirReview() {
        // setup
        let view = ConsultationReviewQueuePage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains("/staff/faq-reviews/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10") && html.contains(zh(.consultReviewQueueTitle)))
    }

    @Test func anEmptyReviewQueueSaysSo() {
        // setup
        let view = ConsultationReviewQueuePage.View(model: .init(items: []), context: .mock(staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        #expect(html.contains(zh(.consultReviewQueueEmpty)) && !html.contains("<table"))
    }

    @Test func theReviewPageHighlightsPersonalLookingTextAndOffersPublishAndRejectWithCSRF() {
        // setup
        let view = ConsultationReviewPage.View(model: .mock, context: .mock(staff: true))
        // act
        let page = view.document()
        let html = PageHTML.served(page)
        // check
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
        #expect(html.contains(#"<mark class="personal-hint">139****5678</mark>"#) && html.contains(#"<mark class="personal-hint">张先生</mark>"#))
        #expect(html.contains(#"name="decision" value="publish""#) && html.contains(#"name="decision" value="reject""#))
        #expect(html.contains(#"name="title""#) && html.contains(#"name="legal_field""#) && html.contains(CSRF.field))
        #expect(html.contains(#"action="/staff/faq-reviews/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10""#))
    }

    @Test func theWorkbenchItemLinksArticlesListsReferralsAndOffersTheRemainingServices() {
        // setup
        let view = ConsultationWorkbenchItemPage.View(model: .mock, context: .mock(staff: true))
        // act
        let html = PageHTML.served(view.document())
        // check
        #expect(html.contains(#"<a href="/laws/3/articles/30">劳动合同法 第三十条</a>"#))
        #expect(html.contains("140400-20261126-0007") && html.contains(#"<a href="/staff/work-orders/7">"#))
        #expect(html.contains(#"action="/staff/consultations/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10/referrals""#))
        #expect(html.contains(#"<option value="PEOPLES_MEDIATION""#) && html.contains(zh(.consultArticlesHint)))
    }

    @Test func theQuestionPageCarriesTheLiveUpdateHooksAndScript() {
        // setup
        var model = ConsultationPage.Model.mock
        model.referrals = [("法律援助", "140400-20261126-0007")]
        // act
        let html = PageHTML.served(ConsultationPage.View(model: model, context: .mock()).document())
        // check
        #expect(html.contains(#"data-consult-status="/api/v1/consultations/8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10/status""#))
        #expect(html.contains(#"data-consult-answers="1""#) && html.contains(#"<script src="/assets/consult.js" defer="defer"></script>"#))
        #expect(html.contains(#"id="consult-live" class="flash consult-live" hidden="hidden""#))
        #expect(html.contains(zh(.consultReferredNotice, "法律援助", "140400-20261126-0007")))
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theReviewPagesEscapeQuestionsAnswersAndTypedText(payload: String) {
        // setup
        let queue = ConsultationReviewQueuePage.Model(items: [.init(id: payload, question: payload, field: .other, closedAt: nil)])
        var review = ConsultationReviewPage.Model(
            id: payload, question: payload, field: .other, askedAt: ConsultationPage.Model.mockDate, bestLawyerName: payload,
            bestEntries: [.init(isAnswer: true, text: payload, at: ConsultationPage.Model.mockDate, articles: [payload])],
            draft: .init(title: payload + "13912345678", summary: payload, body: "张先生" + payload, legalField: payload, articles: payload, source: payload))
        review.note = payload
        review.notice = payload
        review.problems = [.init(field: "title", message: .validationTooLong, args: [payload])]
        // act
        let served = [PageHTML.served(ConsultationReviewQueuePage.View(model: queue, context: Hostile.context(payload, staff: true)).document()),
                      PageHTML.served(ConsultationReviewPage.View(model: review, context: Hostile.context(payload, staff: true)).document())]
        // check
        for html in served {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }

    @Test(arguments: Hostile.payloads)
    func referralsAndArticleLinksAreEscaped(payload: String) {
        // setup
        var item = ConsultationWorkbenchItemPage.Model.mock
        item.referrals = [.init(serviceName: payload, number: payload, orderID: 1, at: ConsultationPage.Model.mockDate)]
        item.services = [.init(value: payload, label: payload)]
        item.articles = payload
        item.articleLinks = ["劳动合同法 第三十条": payload]
        var citizen = ConsultationPage.Model(
            id: payload, question: payload, state: .answered, field: .other, askedAt: ConsultationPage.Model.mockDate,
            threads: [.init(lawyerID: 1, lawyerName: payload, entries: [.init(isAnswer: true, text: payload, at: ConsultationPage.Model.mockDate, articles: [payload])],
                            rating: nil, mostHelpful: false, awaitingReply: false)],
            consentsToPublication: false, articleLinks: [payload: payload])
        citizen.referrals = [(payload, payload)]
        // act
        let served = [PageHTML.served(ConsultationWorkbenchItemPage.View(model: item, context: Hostile.context(payload, staff: true)).document()),
                      PageHTML.served(ConsultationPage.View(model: citizen, context: Hostile.context(payload, staff: false)).document())]
        // check
        for html in served {
            let violations = MarkupCheck.violations(in: html)
            #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
        }
    }
}
