import Fluent
import FarunCore
import Vapor

/// The statute pages: the law list, a law, an article, and the staff citation checker.
enum StatutePages {
    @Sendable static func list(req: Request) async throws -> PageResponse {
        let all = try await StatutesController.catalog(req)
        let filter = StatutesController.ListFilter(text: req.queryValue("q").map { String($0.prefix(40)) },
                                                   department: req.queryValue("department").map { String($0.prefix(40)) })
        let rows = filter.apply(all)
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let model = LawListPage.Model(
            laws: rows.dropFirst(page.offset).prefix(page.per).map(LawSummary.init), page: PageInfo(request: page, total: rows.count),
            text: filter.text, department: filter.department, departments: Array(Set(all.compactMap(\.law.department))).sorted())
        return PageResponse(html: LawListPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func law(req: Request) async throws -> PageResponse {
        let all = try await StatutesController.catalog(req)
        let id = try req.idParameter()
        guard let entry = all.first(where: { $0.id == id }) else { throw AppError.notFoundExplained(.lawUnknown, [String(id)]) }
        let articles = try await StatuteQueries.articles(of: id, on: req.db)
        let parts = StatuteContents.headings(of: articles).map { heading in
            LawPage.Part(chapter: heading.chapter, section: heading.section,
                         articles: heading.articles.map { .init(id: $0.id ?? 0, label: $0.label, text: $0.text) })
        }
        let model = LawPage.Model(law: LawSummary(entry), parts: parts, otherVersions: StatuteQueries.otherVersions(of: entry, in: all).map {
            LawVersionLink(lawID: $0.id, versionDate: $0.law.versionDate, standing: $0.standing)
        })
        return PageResponse(html: LawPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func article(req: Request) async throws -> PageResponse {
        let all = try await StatutesController.catalog(req)
        let id = try req.idParameter()
        guard let entry = all.first(where: { $0.id == id }) else { throw AppError.notFoundExplained(.lawUnknown, [String(id)]) }
        guard let articleID = req.parameters.get("article", as: Int.self),
              let article = try await LawArticle.find(articleID, on: req.db), article.$law.id == id
        else { throw AppError.notFound(.thingLawArticle) }
        let (previous, next) = try await StatuteQueries.neighbours(of: article, on: req.db)
        var versions: [LawVersionLink] = []
        for other in StatuteQueries.otherVersions(of: entry, in: all) {
            let same = try await LawArticle.query(on: req.db).filter(\.$law.$id == other.id).filter(\.$label == article.label).first()
            versions.append(LawVersionLink(lawID: other.id, versionDate: other.law.versionDate, standing: other.standing, articleID: same?.id))
        }
        let model = LawArticlePage.Model(
            law: LawSummary(entry), articleID: articleID, label: article.label, chapter: article.chapter, section: article.section,
            text: article.text, previous: previous.map { .init(id: $0.id ?? 0, label: $0.label) }, next: next.map { .init(id: $0.id ?? 0, label: $0.label) },
            amendments: try await StatuteQueries.amendments(for: article, of: entry, in: all, on: req.db), otherVersions: versions)
        return PageResponse(html: LawArticlePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func citationCheckForm(req: Request) async throws -> PageResponse {
        _ = try req.requireStaff(.useStaffArea)
        return PageResponse(html: CitationCheckPage.View(model: .init(text: "", rows: nil), context: req.pageContext).document())
    }

    @Sendable static func citationCheck(req: Request) async throws -> PageResponse {
        _ = try req.requireStaff(.useStaffArea)
        let text = req.formValue("text") ?? ""
        guard text.count <= CitationCheckPage.maxLength else {
            let problems = [FieldProblem(field: "text", message: .validationTooLong, args: [String(CitationCheckPage.maxLength)])]
            let model = CitationCheckPage.Model(text: String(text.prefix(CitationCheckPage.maxLength)), rows: nil, problems: problems)
            return PageResponse(html: CitationCheckPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
        }
        let findings = try await CitationCheck.check(text, catalog: try await StatutesController.catalog(req), on: req.db)
        let l = req.l10n
        let rows = findings.map { f in
            CitationCheckPage.Row(quoted: f.quoted, verdict: f.verdict, message: CitationCheckPage.message(f, l),
                                  articleURL: f.article.map { SiteURL.lawArticle($0.$law.id, article: $0.id ?? 0).path },
                                  articleText: f.article?.text)
        }
        return PageResponse(html: CitationCheckPage.View(model: .init(text: text, rows: rows), context: req.pageContext).document())
    }
}
