import Fluent
import FarunCore
import Vapor

/// Typical cases and FAQ: the public pages here; staff editing in `KnowledgeAdminController`, JSON in
/// `KnowledgeEntriesAPIController`, the search vocabulary editor in `SearchExpansionsController`.
enum KnowledgeEntriesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .knowledge, access: .everyone, use: list)
        routes.on(.GET, .knowledgeEntry(.routeParameter), access: .everyone, use: entry)
        KnowledgeAdminController.register(routes)
        KnowledgeEntriesAPIController.register(routes)
        SearchExpansionsController.register(routes)
    }

    @Sendable static func list(req: Request) async throws -> PageResponse {
        let filter = KnowledgeEntryQueries.Filter(text: req.queryValue("q"), kind: req.queryValue("kind").flatMap(KnowledgeEntryKind.init(rawValue:)),
                                                  field: req.queryValue("field").flatMap(LegalField.init(rawValue:)))
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 20)
        let (rows, info) = try await KnowledgeEntryQueries.search(filter, visibility: .published, page: page, on: req.db)
        let model = KnowledgeListPage.Model(
            cards: rows.compactMap { e in e.id.map { .init(id: $0, kind: e.kind, title: e.title, summary: e.summary, field: e.legalField, publishedAt: e.publishedAt) } },
            page: info, query: filter.text ?? "", kind: filter.kind, field: filter.field)
        return PageResponse(html: KnowledgeListPage.View(model: model, context: req.pageContext).document())
    }

    /// A published entry; drafts and retired entries are not found.
    @Sendable static func entry(req: Request) async throws -> PageResponse {
        let entry = try await KnowledgeEntryQueries.findPublished(try req.idParameter(), on: req.db)
        let content = try await KnowledgeEntryQueries.content(of: entry, on: req.db)
        let links = try await StatuteLinks.resolve(content.articles, today: req.now, on: req.db)
        let model = KnowledgeEntryPage.Model(
            id: try entry.requireID(), kind: entry.kind, title: entry.title, summary: entry.summary, body: entry.body, field: entry.legalField,
            source: entry.source, publishedAt: entry.publishedAt, articles: links.map(KnowledgeText.LinkedArticle.init))
        return PageResponse(html: KnowledgeEntryPage.View(model: model, context: req.pageContext).document())
    }
}
