import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The 法律服务机器人 page and the staff panel, rendered from their mock models: snapshots and escaping.
@Suite struct AskPageTests {
    let zh = L10n(.zhHans)
    let en = L10n(.en)

    @Test func anEmptyAskPageOffersTheQuestionBoxAndTheNotice() {
        // setup
        let view = AskPage.View(model: .mock, context: .mock())
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<form id=\"ask-form\" method=\"get\" action=\"/ask\""))
        #expect(served.contains("<label for=\"q\">"))
        #expect(served.contains(zh(.askNotLegalAdvice)))
        #expect(!served.contains("ask-handoff"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func anAnsweredQuestionShowsArticlesCasesFAQTheNoticeAndTheHandoff() {
        // setup
        let view = AskPage.View(model: .mockAnswered, context: .mock())
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/laws/3/articles/30\""))
        #expect(served.contains("<mark>劳动报酬</mark>"))
        #expect(served.contains("id=\"ask-cases\"") && served.contains("id=\"ask-faqs\""))
        #expect(served.contains("role=\"note\""))
        #expect(served.contains("<input type=\"hidden\" name=\"question\" value=\"老板拖欠工资三个月不给怎么办\"/>"))
        #expect(served.contains("action=\"/ask/handoff\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func anAnsweredQuestionInEnglish() {
        // setup
        let view = AskPage.View(model: .mockAnswered, context: .mock(language: .en))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(en(.askNotLegalAdvice)))
        #expect(served.contains(en(.askHandoffButton)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func nothingFoundSuggestsOtherWordsAndStillOffersThePerson() {
        // setup
        let view = AskPage.View(model: .mockNothingFound, context: .mock())
        // act
        let served = PageHTML.served(view.document())
        // check
        #expect(served.contains(zh(.askNothingFound)))
        #expect(served.contains("action=\"/ask/handoff\""))
        #expect(!served.contains("id=\"ask-articles\""))
    }

    @Test func atAKioskThePageIsLargeAndTheHandoffKeepsThePoint() {
        // setup
        let view = AskPage.View(model: .mockKiosk, context: .mock())
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("class=\"audience-kiosk\""))
        #expect(served.contains("href=\"/kiosk/7\""))
        #expect(served.components(separatedBy: "<input type=\"hidden\" name=\"kiosk\" value=\"7\"/>").count - 1 == 2)
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func whileTheIndexIsBuildingThePageSaysSo() {
        // setup
        let view = AskPage.View(model: .mockBuilding, context: .mock())
        // act
        let served = PageHTML.served(view.document())
        // check
        #expect(served.contains(zh(.searchIndexBuilding)))
        #expect(served.contains(">离婚</textarea>"))
    }

    @Test func theWorkOrderPageShowsRelatedArticlesAndCasesBesideTheSteps() {
        // setup
        var model = WorkOrderPage.Model.mock
        model.knowledge = .ready(AskPage.Model.mockSuggestions)
        let view = WorkOrderPage.View(model: model, context: .mock(staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<section class=\"knowledge-panel\""))
        #expect(served.contains(zh(.askPanelTitle)))
        #expect(served.contains("<h3 id=\"ask-articles\">"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theWorkOrderPanelSaysWhenTheIndexIsBuildingOrNothingMatched() {
        // setup
        var building = WorkOrderPage.Model.mock
        building.knowledge = .building
        var empty = WorkOrderPage.Model.mock
        empty.knowledge = .ready(.init(articles: [], cases: [], faqs: []))
        // act
        let buildingHTML = PageHTML.served(WorkOrderPage.View(model: building, context: .mock(staff: true)).document())
        let emptyHTML = PageHTML.served(WorkOrderPage.View(model: empty, context: .mock(staff: true)).document())
        // check
        #expect(buildingHTML.contains(zh(.askPanelBuilding)))
        #expect(emptyHTML.contains(zh(.askPanelEmpty)))
    }

    // MARK: - Escaping

    @Test(arguments: Hostile.payloads)
    func theAskPageEscapesTheQuestionAndEveryResult(payload: String) {
        // setup
        let item = AskPage.Item(title: payload, snippet: [.init(text: payload, isMatch: false), .init(text: payload, isMatch: true)], url: "/laws/1/articles/\(payload)")
        var model = AskPage.Model.mockAnswered
        model.question = payload
        model.suggestions = .init(articles: [item], cases: [item], faqs: [item])
        model.problems = [.init(field: "q", message: .searchQuestionTooLong, args: [payload])]
        // act
        let served = PageHTML.served(AskPage.View(model: model, context: Hostile.context(payload, staff: false)).document())
        // check
        let violations = MarkupCheck.violations(in: served)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    @Test(arguments: Hostile.payloads)
    func theWorkOrderPanelEscapesEveryResult(payload: String) {
        // setup
        let item = AskPage.Item(title: payload, snippet: [.init(text: payload, isMatch: true)], url: payload)
        var model = WorkOrderPage.Model.mock
        model.knowledge = .ready(.init(articles: [item], cases: [item], faqs: [item]))
        // act
        let served = PageHTML.served(WorkOrderPage.View(model: model, context: Hostile.context(payload, staff: true)).document())
        // check
        let violations = MarkupCheck.violations(in: served)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }
}
