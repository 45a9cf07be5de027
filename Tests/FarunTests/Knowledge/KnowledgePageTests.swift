import FarunCore
import Foundation
import Plot
import SnapshotTesting
import Testing
@testable import Farun

/// The cases/FAQ and vocabulary pages rendered from their mock models: snapshots and what each must offer.
@Suite struct KnowledgePageTests {
    let zh = L10n(.zhHans)
    let staff = PageContext.mock(language: .zhHans, staff: true)
    let citizen = PageContext.mock(language: .zhHans, staff: false)

    @Test func thePublicListShowsCardsFiltersAndTheAdviceNotice() {
        // act
        let page = KnowledgeListPage.View(model: .mock, context: citizen).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/knowledge/3\"") && served.contains("href=\"/knowledge/5\""))
        #expect(served.contains("典型案例 · 劳动争议") && served.contains("常见问答 · 婚姻家庭"))
        #expect(served.contains("<label for=\"q\">") && served.contains("type=\"search\""))
        #expect(served.contains(zh(.knowledgeNotAdvice)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func thePublicListInEnglishNamesKindsAndFieldsInEnglish() {
        // act
        let served = PageHTML.served(KnowledgeListPage.View(model: .mock, context: .mock(language: .en, staff: false)).document())
        // check
        #expect(served.contains("Typical case · Labour disputes"))
        #expect(served.contains("2 found."))
    }

    @Test func theEntryPageLinksImportedArticlesAndNamesOthersAsText() {
        // act
        let page = KnowledgeEntryPage.View(model: .mock, context: citizen).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<a href=\"/laws/12/articles/345\">《劳动合同法》第十条</a>"))
        #expect(served.contains("<li>《劳动合同法》第八十二条</li>"), "not imported: plain text, no warning for citizens")
        #expect(served.contains("<p>王某申请劳动仲裁。</p><p>仲裁委认为"), "one paragraph a line")
        #expect(served.contains("href=\"/apply\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theStaffListFiltersByKindStateAndField() {
        // act
        let page = KnowledgeAdminIndexPage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("href=\"/staff/knowledge/new\"") && served.contains("accesskey=\"n\""))
        for name in ["q", "kind", "state", "field"] { #expect(served.contains("name=\"\(name)\""), "\(name)") }
        #expect(served.contains(zh(.knowledgeTableCaption, 3)))
        #expect(served.contains(">已下架<") && served.contains(">草稿<"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theFormOfAPublishedEntryOffersRetireAndMarksArticlesNotFound() {
        // act
        let page = KnowledgeEntryFormPage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("name=\"version\" value=\"4\""))
        #expect(served.contains("href=\"/staff/knowledge/3/retire\""))
        #expect(!served.contains("action=\"/staff/knowledge/3/publish\""))
        #expect(served.contains(zh(.knowledgeEditPublishedNote)))
        #expect(served.contains(zh(.knowledgeArticleNotFound)))
        #expect(served.contains("<option value=\"2\" selected=\"selected\">古县 / 岳阳镇</option>"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theFormOfARetiredEntryOffersToPublishAgainAndShowsProblems() {
        // setup
        var model = KnowledgeEntryFormPage.Model.mock
        model.state = .retired
        model.problems = [.init(field: "articles", message: .knowledgeArticlesUnreadable, args: ["劳动法的有关规定"]),
                          .init(field: "title", message: .validationRequired)]
        // act
        let page = KnowledgeEntryFormPage.View(model: model, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/staff/knowledge/3/publish\"") && served.contains(zh(.knowledgeRepublish)))
        #expect(!served.contains("/retire\""))
        #expect(served.contains("<a href=\"#articles\">无法识别以下法条：劳动法的有关规定"))
        #expect(served.contains("id=\"title-error\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theNewFormAfterAStaleSaveSaysSo() {
        // setup
        var model = KnowledgeEntryFormPage.Model.mock
        model.stale = true
        let fresh = KnowledgeEntryFormPage.Model(id: nil, form: .init(kind: "faq"), regionID: nil, regions: [.init(value: "1", label: "古县")],
                                                 state: nil, version: 0, articles: [], problems: [], stale: false, publishedAt: nil, done: nil)
        // act
        let stale = PageHTML.served(KnowledgeEntryFormPage.View(model: model, context: staff).document())
        let new = KnowledgeEntryFormPage.View(model: fresh, context: staff).document()
        let served = PageHTML.served(new)
        // check
        #expect(stale.contains(zh(.knowledgeStale)) && stale.contains("<a href=\"/staff/knowledge/3\">\(zh(.knowledgeReload))</a>"))
        #expect(served.contains("action=\"/staff/knowledge/new\""))
        #expect(!served.contains("/publish") && !served.contains("/retire"))
        #expect(served.contains("<option value=\"faq\" selected=\"selected\">"))
        assertSnapshot(of: PageHTML.readable(new), as: .lines, named: "zh")
    }

    @Test func theRetirePageAsksWithoutNeedingScripts() {
        // act
        let page = KnowledgeRetirePage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/staff/knowledge/3/retire\"") && served.contains("name=\"version\" value=\"4\""))
        #expect(served.contains(zh(.knowledgeRetireConfirm)) && !served.contains("data-confirm"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theVocabularyPageExplainsTheShippedTableAndLinksEachDeletion() {
        // act
        let page = SearchExpansionsPage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains(zh(.expansionShippedNote)))
        #expect(served.contains("href=\"/admin/search-expansions/4/delete\"") && served.contains("aria-label=\"删除“黑工”\""))
        #expect(served.contains("id=\"expansion-form\" method=\"post\" action=\"/admin/search-expansions\""))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func theVocabularyPageIsReadOnlyForTownStaff() {
        // setup
        var model = SearchExpansionsPage.Model.mock
        model.canManage = false
        // act
        let served = PageHTML.served(SearchExpansionsPage.View(model: model, context: staff).document())
        // check
        #expect(served.contains(zh(.expansionReadOnly)))
        #expect(!served.contains("expansion-form") && !served.contains("/delete"))
    }

    @Test func theDeletePageAsksWithoutNeedingScripts() {
        // act
        let page = SearchExpansionDeletePage.View(model: .mock, context: staff).document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("action=\"/admin/search-expansions/4/delete\"") && served.contains(zh(.expansionDeleteConfirm)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }
}

/// Everything staff type into a case, FAQ or vocabulary row reaches pages: each must stay text.
@Suite struct KnowledgePageEscapingTests {
    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test(arguments: Hostile.payloads)
    func casesAndFAQStayText(payload: String) {
        // setup
        let linked = [KnowledgeText.LinkedArticle(citation: payload, url: .lawArticle(1, article: 2), verified: true),
                      KnowledgeText.LinkedArticle(citation: payload, url: nil, verified: false)]
        let form = KnowledgeEntryForm(kind: payload, title: payload, summary: payload, body: payload + "\n" + payload, legalField: payload,
                                      source: payload, articles: payload)
        let formModel = KnowledgeEntryFormPage.Model(
            id: 3, form: form, regionID: 1, regions: [.init(value: payload, label: payload)], state: .published, version: 2, articles: linked,
            problems: [.init(field: "articles", message: .knowledgeArticlesUnreadable, args: [payload])], stale: true, publishedAt: nil, done: payload)
        let rows = [KnowledgeAdminIndexPage.Row(id: 1, kind: .faq, title: payload, field: .labour, state: .draft, region: payload, updatedAt: nil)]
        let index = KnowledgeAdminIndexPage.Model(rows: rows, page: PageInfo(request: PageRequest(page: 2, per: 1), total: 3), query: payload,
                                                  kind: .faq, state: nil, field: nil, done: payload)
        let cards = [KnowledgeListPage.Card(id: 1, kind: .typicalCase, title: payload, summary: payload, field: .traffic, publishedAt: nil)]
        let list = KnowledgeListPage.Model(cards: cards, page: PageInfo(request: PageRequest(page: 2, per: 1), total: 3), query: payload, kind: nil, field: nil)
        let entry = KnowledgeEntryPage.Model(id: 1, kind: .faq, title: payload, summary: payload, body: payload, field: .consumer, source: payload,
                                             publishedAt: nil, articles: linked)
        // act
        let pages: [(String, HTML)] = [
            ("form", KnowledgeEntryFormPage.View(model: formModel, context: Hostile.context(payload, staff: true)).document()),
            ("index", KnowledgeAdminIndexPage.View(model: index, context: Hostile.context(payload, staff: true)).document()),
            ("retire", KnowledgeRetirePage.View(model: .init(id: 1, title: payload, version: 1), context: Hostile.context(payload, staff: true)).document()),
            ("list", KnowledgeListPage.View(model: list, context: Hostile.context(payload, staff: false)).document()),
            ("entry", KnowledgeEntryPage.View(model: entry, context: Hostile.context(payload, staff: false)).document()),
        ]
        // check
        for (name, page) in pages { expectNoLiveMarkup(PageHTML.served(page), name) }
    }

    @Test(arguments: Hostile.payloads)
    func vocabularyRowsStayText(payload: String) {
        // setup
        let model = SearchExpansionsPage.Model(
            rows: [.init(id: 1, colloquial: payload, legalTerms: payload, addedBy: payload, addedAt: nil)],
            page: PageInfo(request: PageRequest(page: 2, per: 1), total: 3), query: payload, canManage: true, colloquial: payload,
            legalTerms: payload, problems: [.init(field: "colloquial", message: .expansionDuplicate, args: [payload])], done: payload)
        // act
        let list = SearchExpansionsPage.View(model: model, context: Hostile.context(payload, staff: true)).document()
        let delete = SearchExpansionDeletePage.View(model: .init(id: 1, colloquial: payload, legalTerms: payload),
                                                    context: Hostile.context(payload, staff: true)).document()
        // check
        expectNoLiveMarkup(PageHTML.served(list), "vocabulary")
        expectNoLiveMarkup(PageHTML.served(delete), "vocabulary delete")
    }
}
