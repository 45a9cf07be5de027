import Fluent
import FarunCore
import Vapor

/// Statutes: the law pages, the article look-up API and the citation checker.
enum StatutesController {
    static func register(_ routes: any RoutesBuilder) {
        let lawParameter = SiteURL.API.law("")
        let articleParameter = SiteURL.API.lawArticle(law: "", article: "")
        routes.on(.GET, .api(.laws), access: .everyone,
                  doc: .init(summary: "National laws, in force first (public)", tag: "statutes",
                             query: [.init(name: "q", type: "string", description: "part of the name"),
                                     .init(name: "department", type: "string", description: "法律部门, e.g. 社会法"),
                                     .init(name: "status", type: "string", description: "source status: current, amended, repealed, historical"),
                                     .init(name: "standing", type: "string", description: "in_force, not_yet_in_force, superseded, repealed"),
                                     .init(name: "page", type: "integer", description: "1-based page"),
                                     .init(name: "per", type: "integer", description: "items per page, at most 100")],
                             responseSchema: "Law", isList: true), use: listAPI)
        routes.on(.GET, .api(lawParameter), access: .everyone,
                  doc: .init(summary: "One law: by id, full name, short name (民法典) or abbreviation; the version in force unless `version` (a version date or id) is given (public)",
                             tag: "statutes", query: [.init(name: "version", type: "string", description: "version date (YYYY-MM-DD) or law id")],
                             responseSchema: "LawDetail"), use: lawAPI)
        routes.on(.GET, .api(articleParameter), access: .everyone,
                  doc: .init(summary: "One article: 1254, 一千二百五十四, 第1254条, 133之一, 第一百三十三条之一 or a label (条目二); with the amendments that change it (public)",
                             tag: "statutes", query: [.init(name: "version", type: "string", description: "version date (YYYY-MM-DD) or law id")],
                             responseSchema: "ArticleLookup"), use: articleAPI)
        routes.on(.POST, .api(.citationCheck), access: .staff(.useStaffArea),
                  doc: .init(summary: "Finds every article citation in a text and says whether it exists in the version in force", tag: "statutes",
                             requestSchema: "CitationCheckRequest", responseSchema: "CitationCheck"), use: checkAPI)
        routes.on(.GET, .laws, access: .everyone, use: StatutePages.list)
        routes.on(.GET, .law(.routeParameter), access: .everyone, use: StatutePages.law)
        routes.on(.GET, .lawArticle(.routeParameter, article: .routeParameter), access: .everyone, use: StatutePages.article)
        routes.on(.GET, .citationCheck, access: .staff(.useStaffArea), use: StatutePages.citationCheckForm)
        routes.on(.POST, .citationCheck, access: .staff(.useStaffArea), use: StatutePages.citationCheck)
    }

    static func catalog(_ req: Request) async throws -> [LawEntry] {
        try await StatuteQueries.catalog(on: req.db, today: LocalDate.inChina(req.now))
    }

    /// The law named in the path, or a 404 that says so.
    static func requireLaw(_ reference: String, version: String?, in catalog: [LawEntry]) throws -> LawEntry {
        guard let entry = StatuteQueries.resolve(reference, version: version, in: catalog) else {
            if let version, StatuteQueries.resolve(reference, in: catalog) != nil {
                throw AppError.notFoundExplained(.lawVersionUnknown, [reference, version])
            }
            throw AppError.notFoundExplained(.lawUnknown, [reference])
        }
        return entry
    }

    /// Filters of the law list, shared by the API and the page.
    struct ListFilter: Sendable, Equatable {
        var text: String?
        var department: String?
        var status: LawStatus?
        var standing: String?

        init(_ req: Request) throws {
            text = req.queryValue("q").map { String($0.prefix(40)) }
            department = req.queryValue("department").map { String($0.prefix(40)) }
            if let raw = req.queryValue("status") {
                guard let status = LawStatus(rawValue: raw) else { throw AppError.validation([.init(field: "status", message: .validationChoose)]) }
                self.status = status
            }
            if let raw = req.queryValue("standing") {
                guard ["in_force", "not_yet_in_force", "superseded", "repealed"].contains(raw) else {
                    throw AppError.validation([.init(field: "standing", message: .validationChoose)])
                }
                standing = raw
            }
        }

        init(text: String? = nil, department: String? = nil) {
            self.text = text
            self.department = department
        }

        func apply(_ catalog: [LawEntry]) -> [LawEntry] {
            catalog.filter { entry in
                (text.map { entry.law.name.localizedCaseInsensitiveContains($0) } ?? true)
                    && (department.map { entry.law.department == $0 } ?? true)
                    && (status.map { entry.law.status == $0 } ?? true)
                    && (standing.map { entry.standing.key == $0 } ?? true)
            }
        }
    }

    @Sendable static func listAPI(req: Request) async throws -> PageDTO<LawDTO> {
        let rows = try ListFilter(req).apply(try await catalog(req))
        let page = APIController.pageRequest(req)
        return PageDTO(items: rows.dropFirst(page.offset).prefix(page.per).map(LawDTO.init), info: PageInfo(request: page, total: rows.count))
    }

    @Sendable static func lawAPI(req: Request) async throws -> LawDetailDTO {
        let all = try await catalog(req)
        let entry = try requireLaw(req.parameters.get("law") ?? "", version: req.queryValue("version"), in: all)
        let articles = try await StatuteQueries.articles(of: entry.id, on: req.db)
        return LawDetailDTO(law: LawDTO(entry), contents: StatuteContents.headings(of: articles).map {
            .init(chapter: $0.chapter, section: $0.section, first_article: $0.articles.first?.label ?? "", article_count: $0.articles.count)
        }, other_versions: StatuteQueries.otherVersions(of: entry, in: all).map(LawDTO.init))
    }

    @Sendable static func articleAPI(req: Request) async throws -> ArticleLookupDTO {
        let all = try await catalog(req)
        let entry = try requireLaw(req.parameters.get("law") ?? "", version: req.queryValue("version"), in: all)
        let article = try await requireArticle(req.parameters.get("article") ?? "", in: entry, on: req.db)
        let (previous, next) = try await StatuteQueries.neighbours(of: article, on: req.db)
        let amendments = try await StatuteQueries.amendments(for: article, of: entry, in: all, on: req.db)
        return ArticleLookupDTO(law: LawDTO(entry), article: ArticleDTO(article), previous: previous?.label, next: next?.label,
                                amendments: amendments.map(AmendmentDTO.init),
                                other_versions: StatuteQueries.otherVersions(of: entry, in: all).map(LawDTO.init))
    }

    /// The article named in the path: 400 for something that is no article number, 404 saying how many there are.
    static func requireArticle(_ reference: String, in entry: LawEntry, on db: any Database) async throws -> LawArticle {
        switch try await StatuteQueries.article(String(reference.prefix(40)), in: entry.id, on: db) {
        case .found(let article): return article
        case .malformed: throw AppError.badRequest(.lawArticleMalformed, [String(reference.prefix(40))])
        case .missing:
            throw AppError.notFoundExplained(.lawArticleMissing, [entry.law.name, String(reference.prefix(40)),
                                                                  entry.law.articleCount.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))])
        }
    }

    @Sendable static func checkAPI(req: Request) async throws -> CitationCheckDTO {
        _ = try req.requireStaff(.useStaffArea)
        let input = try req.content.decode(CitationCheckRequest.self)
        guard input.text.count <= CitationCheckPage.maxLength else {
            throw AppError.validation([.init(field: "text", message: .validationTooLong, args: [String(CitationCheckPage.maxLength)])])
        }
        let findings = try await CitationCheck.check(input.text, catalog: try await catalog(req), on: req.db)
        let l = req.l10n
        let items = findings.map { f in
            CitationCheckDTO.Item(quoted: f.quoted, start: f.citation.range.lowerBound, end: f.citation.range.upperBound, law: f.citation.law,
                                  law_carried_over: f.citation.lawCarriedOver, article: f.citation.articleText, paragraph: f.citation.paragraph,
                                  item: f.citation.item, verdict: f.verdict.rawValue, message: CitationCheckPage.message(f, l),
                                  law_version: f.entry.map(LawDTO.init), matched_article: f.article.map(ArticleDTO.init))
        }
        return CitationCheckDTO(citations: items, problems: findings.filter { $0.verdict != .exists }.count)
    }
}
