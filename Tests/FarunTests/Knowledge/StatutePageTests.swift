import FarunCore
import Fluent
import Foundation
import Plot
import SnapshotTesting
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The statute pages from their mock models (snapshots), escaping of everything the source file can contain, and
/// the pages served from the fixture.
@Suite struct StatutePageTests {
    let zh = L10n(.zhHans)
    let en = L10n(.en)

    // MARK: - Snapshots

    @Test func lawListShowsStandingBadgesAndFilters() {
        // setup
        let view = LawListPage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("尚未施行，自2027年1月1日起施行"))
        #expect(served.contains("href=\"/laws/1\""))
        #expect(served.contains("<label for=\"q\">") && served.contains("<label for=\"department\">"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func lawListInEnglish() {
        let page = LawListPage.View(model: .mock, context: .mock(language: .en, staff: false)).document()
        let served = PageHTML.served(page)
        #expect(served.contains("Not yet in force; in force from 1 January 2027"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "en")
    }

    @Test func lawPageShowsMetadataContentsAndAnchoredArticles() {
        // setup
        var model = LawPage.Model.mock
        model.parts.append(.init(chapter: "第二章 商标注册的申请", section: "第一节 一般规定", articles: [.init(id: 13, label: "第三条", text: "申请商标注册。")]))
        let view = LawPage.View(model: model, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("id=\"article-11\"") && served.contains("href=\"#article-13\""))
        #expect(served.contains("第二章 商标注册的申请 · 第一节 一般规定"))
        #expect(served.contains("尚未施行，自2027年1月1日起施行"))
        #expect(served.contains("href=\"/laws/1\""), "the version in force is linked")
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func articlePageShowsTextNeighboursAndAmendments() {
        // setup
        let view = LawArticlePage.View(model: .mock, context: .mock(language: .zhHans, staff: false))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("rel=\"prev\"") && served.contains("rel=\"next\""))
        #expect(served.contains("中华人民共和国刑法修正案（九） 条目八"))
        #expect(served.contains(zh(.lawAmendmentIncluded)))
        #expect(served.contains("第二编 分则 · 第二章 危害公共安全罪"))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    @Test func citationCheckPageShowsAFormAndTheVerdicts() {
        // setup
        let view = CitationCheckPage.View(model: .mock, context: .mock(language: .zhHans, staff: true))
        // act
        let page = view.document()
        let served = PageHTML.served(page)
        // check
        #expect(served.contains("<label for=\"text\">"))
        #expect(served.contains("name=\"csrf_token\"") || served.contains("type=\"hidden\""))
        #expect(served.contains("verdict-missing") && served.contains("verdict-exists"))
        #expect(served.contains(zh(.citeResults, 2, 1)))
        assertSnapshot(of: PageHTML.readable(page), as: .lines, named: "zh")
    }

    // MARK: - Escaping

    private func expectNoLiveMarkup(_ html: String, _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let violations = MarkupCheck.violations(in: html)
        #expect(violations.isEmpty, "\(comment):\n\(violations.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    private func law(_ p: String) -> LawSummary {
        var law = LawSummary(id: 1, name: p, department: p, versionDate: p, effectiveDate: p, status: .current, standing: .inForce, articleCount: 3,
                             docType: p, amendsName: p)
        law.issuingBody = p
        return law
    }

    @Test(arguments: Hostile.payloads)
    func statutePagesEscapeEverythingTheSourceFileAndTheQueryCanContain(payload: String) {
        // setup
        let note = AmendmentNote(lawID: 2, lawName: payload, articleID: 3, label: payload, text: payload, effectiveDate: payload, includedInText: false)
        let context = Hostile.context(payload, staff: false)
        let pages = [
            LawListPage.View(model: .init(laws: [law(payload)], page: PageInfo(request: PageRequest(page: 2, per: 30), total: 90), text: payload,
                                          department: payload, departments: [payload]), context: context).document(),
            LawPage.View(model: .init(law: law(payload), parts: [.init(chapter: payload, section: payload, articles: [.init(id: 1, label: payload, text: payload)]),
                                                                   .init(chapter: nil, section: payload, articles: [.init(id: 2, label: payload, text: payload)])],
                                      otherVersions: [.init(lawID: 2, versionDate: payload, standing: .superseded)]), context: context).document(),
            LawArticlePage.View(model: .init(law: law(payload), articleID: 1, label: payload, chapter: payload, section: payload, text: payload,
                                             previous: .init(id: 1, label: payload), next: .init(id: 2, label: payload), amendments: [note],
                                             otherVersions: [.init(lawID: 2, versionDate: payload, standing: .repealed, articleID: 4)]),
                                context: context).document(),
            CitationCheckPage.View(model: .init(text: payload, rows: [.init(quoted: payload, verdict: .missing, message: payload, articleURL: payload,
                                                                             articleText: payload)],
                                                problems: [FieldProblem(field: "text", message: .validationTooLong, args: [payload])]),
                                   context: Hostile.context(payload, staff: true)).document(),
        ]
        // act / check
        for page in pages { expectNoLiveMarkup(PageHTML.served(page), "statute pages") }
    }

    // MARK: - Served from the fixture

    @Test func theServedPagesWorkFromListToArticle() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let trademark = try await LawFixtures.law(app, "商标法", status: .current)
            let criminal = try await LawFixtures.law(app, "刑法")
            let article = try await LawFixtures.article(app, of: criminal, "第一百三十三条之二")
            // act
            let list = try await Browser.anonymous.get(app, "/laws?q=%E5%95%86%E6%A0%87")
            let lawPage = try await Browser.anonymous.get(app, "/laws/\(try trademark.requireID())")
            let articlePage = try await Browser.anonymous.get(app, "/laws/\(try criminal.requireID())/articles/\(try article.requireID())")
            let wrongLaw = try await Browser.anonymous.get(app, "/laws/\(try trademark.requireID())/articles/\(try article.requireID())")
            // check
            #expect(list.status == .ok && list.text.contains("中华人民共和国商标法"))
            #expect(lawPage.status == .ok && lawPage.text.contains("尚未施行，自2027年1月1日起施行"))
            #expect(lawPage.text.components(separatedBy: "class=\"statute-article\"").count - 1 == 87)
            #expect(articlePage.status == .ok)
            #expect(articlePage.text.contains("中华人民共和国刑法修正案（十一） 条目二"))
            #expect(articlePage.text.contains("第一百三十三条之一") && articlePage.text.contains("第一百三十四条"))
            #expect(wrongLaw.status == .notFound)
        }
    }
}
