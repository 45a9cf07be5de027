import Fluent
import FarunCore
import Vapor

/// Reading cases and FAQ: the public list (published only), the staff list (their regions), single entries.
enum KnowledgeEntryQueries {
    /// Who is looking decides which entries a list holds.
    enum Visibility: Sendable {
        /// Citizens: published entries of every region.
        case published
        /// Staff pages: every state, only in these subtrees.
        case scoped([RegionPath])
        /// Staff through the API: published everywhere, plus drafts and retired entries in these subtrees.
        case publishedOrScoped([RegionPath])
    }

    struct Filter: Sendable {
        /// Part of the title, summary or body.
        var text: String?
        var kind: KnowledgeEntryKind?
        var state: KnowledgeEntryState?
        var field: LegalField?
    }

    static func search(_ filter: Filter, visibility: Visibility, page: PageRequest, on db: any Database) async throws -> ([KnowledgeEntry], PageInfo) {
        let query = KnowledgeEntry.query(on: db).join(Region.self, on: \KnowledgeEntry.$region.$id == \Region.$id).with(\.$region)
        switch visibility {
        case .published:
            query.filter(\.$state == .published)
        case .scoped(let scopes):
            guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
            query.group(.or) { group in
                for scope in scopes { group.filter(Region.self, \.$path, .custom("LIKE"), scope.likePattern) }
            }
        case .publishedOrScoped(let scopes):
            query.group(.or) { group in
                group.filter(\.$state == .published)
                for scope in scopes { group.filter(Region.self, \.$path, .custom("LIKE"), scope.likePattern) }
            }
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let like = "%\(RegionQueries.escapeLike(String(text.prefix(60))))%"
            query.group(.or) { group in
                group.filter(\.$title, .custom("LIKE"), like)
                group.filter(\.$summary, .custom("LIKE"), like)
                group.filter(\.$body, .custom("LIKE"), like)
            }
        }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let state = filter.state { query.filter(\.$state == state) }
        if let field = filter.field { query.filter(\.$legalField == field) }
        let total = try await query.count()
        // Citizens see the newest publications first; staff the entries touched last.
        if case .published = visibility { query.sort(\.$publishedAt, .descending) } else { query.sort(\.$updatedAt, .descending) }
        let rows = try await query.sort(\.$id, .descending).offset(min(page.offset, 1_000_000)).limit(page.per).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func find(_ id: Int, on db: any Database) async throws -> KnowledgeEntry {
        guard let entry = try await KnowledgeEntry.query(on: db).filter(\.$id == id).with(\.$region).first() else {
            throw AppError.notFound(.thingKnowledgeEntry)
        }
        return entry
    }

    /// A published entry; drafts, retired and unknown entries are not found.
    static func findPublished(_ id: Int, on db: any Database) async throws -> KnowledgeEntry {
        let entry = try await find(id, on: db)
        guard entry.state == .published else { throw AppError.notFound(.thingKnowledgeEntry) }
        return entry
    }

    /// An entry the caller may see: published, or in the region scope of a staff member who manages knowledge.
    static func findVisible(_ id: Int, staff: StaffPrincipal?, on db: any Database) async throws -> KnowledgeEntry {
        let entry = try await find(id, on: db)
        if entry.state == .published { return entry }
        guard let staff, staff.allows(.manageKnowledge, in: entry.region.regionPath) else { throw AppError.notFound(.thingKnowledgeEntry) }
        return entry
    }

    /// The linked articles of each entry, in the order their authors listed them.
    static func articles(of ids: [Int], on db: any Database) async throws -> [Int: [ArticleReference]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await KnowledgeEntryArticle.query(on: db).filter(\.$entry.$id ~~ ids).sort(\.$position).all()
        var result: [Int: [ArticleReference]] = [:]
        for row in rows {
            result[row.$entry.id, default: []].append(
                ArticleReference(lawName: row.lawName, articleLabel: row.articleLabel, articleNumber: row.articleNumber ?? 0))
        }
        return result
    }

    /// The entry as checked content (what the form and the API show).
    static func content(of entry: KnowledgeEntry, on db: any Database) async throws -> KnowledgeEntryContent {
        let articles = try await articles(of: [try entry.requireID()], on: db)[try entry.requireID()] ?? []
        return KnowledgeEntryContent(kind: entry.kind, title: entry.title, summary: entry.summary, body: entry.body,
                                     legalField: entry.legalField, source: entry.source, articles: articles)
    }
}
