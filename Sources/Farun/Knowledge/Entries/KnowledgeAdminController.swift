import Fluent
import FarunCore
import Vapor

/// 案例与问答管理: staff with `manageKnowledge` list, write, publish and retire the cases and FAQ of their regions.
/// Entries of other regions answer 404.
enum KnowledgeAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminKnowledge, access: .staff(.manageKnowledge), use: index)
        routes.on(.GET, .adminKnowledgeNew, access: .staff(.manageKnowledge), use: new)
        routes.on(.POST, .adminKnowledgeNew, access: .staff(.manageKnowledge), use: create)
        routes.on(.GET, .adminKnowledgeEntry(.routeParameter), access: .staff(.manageKnowledge), use: edit)
        routes.on(.POST, .adminKnowledgeEntry(.routeParameter), access: .staff(.manageKnowledge), use: update)
        routes.on(.POST, .adminKnowledgePublish(.routeParameter), access: .staff(.manageKnowledge), use: publish)
        routes.on(.GET, .adminKnowledgeRetire(.routeParameter), access: .staff(.manageKnowledge), use: confirmRetire)
        routes.on(.POST, .adminKnowledgeRetire(.routeParameter), access: .staff(.manageKnowledge), use: retire)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageKnowledge)
        let filter = KnowledgeEntryQueries.Filter(
            text: req.queryValue("q"), kind: req.queryValue("kind").flatMap(KnowledgeEntryKind.init(rawValue:)),
            state: req.queryValue("state").flatMap(KnowledgeEntryState.init(rawValue:)), field: req.queryValue("field").flatMap(LegalField.init(rawValue:)))
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let (rows, info) = try await KnowledgeEntryQueries.search(filter, visibility: .scoped(staff.scopes(for: .manageKnowledge)), page: page, on: req.db)
        let labels = try await RegionQueries.labels(for: rows.map(\.region), on: req.db)
        let model = KnowledgeAdminIndexPage.Model(
            rows: rows.compactMap { e in
                e.id.map { .init(id: $0, kind: e.kind, title: e.title, field: e.legalField, state: e.state,
                                 region: labels[e.$region.id] ?? e.region.name, updatedAt: e.updatedAt) }
            },
            page: info, query: filter.text ?? "", kind: filter.kind, state: filter.state, field: filter.field, done: req.queryValue("done"))
        return PageResponse(html: KnowledgeAdminIndexPage.View(model: model, context: req.pageContext).document())
    }

    /// Loads the entry and checks it lies in the caller's regions (else: not found).
    static func scopedEntry(_ req: Request) async throws -> (KnowledgeEntry, StaffPrincipal) {
        let entry = try await KnowledgeEntryQueries.find(try req.idParameter(), on: req.db)
        let staff = try req.requireStaff(.manageKnowledge, in: entry.region.regionPath, hideAs: .thingKnowledgeEntry)
        return (entry, staff)
    }

    private static func form(_ req: Request, entry: KnowledgeEntry?, form: KnowledgeEntryForm, regionID: Int?, version: Int,
                             problems: [FieldProblem] = [], stale: Bool = false, status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.manageKnowledge)
        let choices = try await RegionQueries.choices(scopes: staff.scopes(for: .manageKnowledge), on: req.db)
        let labels = try await RegionQueries.labels(for: choices, on: req.db)
        let regions = choices.compactMap { r in r.id.map { Forms.Option(value: String($0), label: labels[$0] ?? r.name) } }
        var articles: [KnowledgeText.LinkedArticle] = []
        if let entry {
            let stored = try await KnowledgeEntryQueries.content(of: entry, on: req.db)
            articles = try await StatuteLinks.resolve(stored.articles, today: req.now, on: req.db).map(KnowledgeText.LinkedArticle.init)
        }
        let model = KnowledgeEntryFormPage.Model(
            id: entry?.id, form: form, regionID: regionID ?? choices.first?.id, regions: regions, state: entry?.state, version: version,
            articles: articles, problems: problems, stale: stale, publishedAt: entry?.publishedAt, done: req.queryValue("done"))
        return try await PageResponse(html: KnowledgeEntryFormPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    static func input(from req: Request) -> (KnowledgeEntryForm, KnowledgeEntryWrites.Placement) {
        let form = KnowledgeEntryForm(
            kind: req.formValue("kind") ?? "", title: req.formValue("title") ?? "", summary: req.formValue("summary") ?? "",
            body: req.formValue("body") ?? "", legalField: req.formValue("legal_field") ?? "", source: req.formValue("source") ?? "",
            articles: req.formValue("articles") ?? "")
        return (form, .init(regionID: req.formValue("region_id").flatMap(Int.init)))
    }

    @Sendable static func new(req: Request) async throws -> Response {
        let kind = req.queryValue("kind").flatMap(KnowledgeEntryKind.init(rawValue:)) ?? .typicalCase
        return try await form(req, entry: nil, form: KnowledgeEntryForm(kind: kind.rawValue), regionID: nil, version: 0)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageKnowledge)
        let (input, placement) = input(from: req)
        do {
            let entry = try await KnowledgeEntryWrites.create(input, in: placement, staff: staff, by: req)
            return req.redirect(to: SiteURL.adminKnowledgeEntry(try entry.requireID()).path(query: [("done", "created")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, entry: nil, form: input, regionID: placement.regionID, version: 0, problems: error.fieldProblems,
                                  status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (entry, _) = try await scopedEntry(req)
        let content = try await KnowledgeEntryQueries.content(of: entry, on: req.db)
        return try await form(req, entry: entry, form: KnowledgeEntryForm(content), regionID: entry.$region.id, version: entry.version)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (entry, staff) = try await scopedEntry(req)
        let (input, placement) = input(from: req)
        let seen = req.formValue("version").flatMap(Int.init) ?? -1
        do {
            try await KnowledgeEntryWrites.update(entry, to: input, in: placement, seenVersion: seen, staff: staff, by: req)
            return req.redirect(to: SiteURL.adminKnowledgeEntry(try entry.requireID()).path(query: [("done", "saved")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, entry: entry, form: input, regionID: placement.regionID, version: seen, problems: error.fieldProblems,
                                  status: .unprocessableEntity)
        } catch AppError.conflict(.knowledgeStale, _) {
            return try await form(req, entry: entry, form: input, regionID: placement.regionID, version: seen, stale: true, status: .conflict)
        }
    }

    @Sendable static func publish(req: Request) async throws -> Response {
        let (entry, staff) = try await scopedEntry(req)
        let seen = req.formValue("version").flatMap(Int.init) ?? -1
        try await KnowledgeEntryWrites.perform(.publish, on: entry, seenVersion: seen, staff: staff, by: req)
        return req.redirect(to: SiteURL.adminKnowledgeEntry(try entry.requireID()).path(query: [("done", "published")]))
    }

    @Sendable static func confirmRetire(req: Request) async throws -> PageResponse {
        let (entry, _) = try await scopedEntry(req)
        guard KnowledgeEntryLifecycle.actions(from: entry.state).contains(.retire) else {
            throw AppError.conflict(.knowledgeActionRefused, [req.l10n.name("entrystate", entry.state), req.l10n.name("entryaction", KnowledgeEntryAction.retire)])
        }
        let model = KnowledgeRetirePage.Model(id: try entry.requireID(), title: entry.title, version: entry.version)
        return PageResponse(html: KnowledgeRetirePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        let (entry, staff) = try await scopedEntry(req)
        let seen = req.formValue("version").flatMap(Int.init) ?? -1
        try await KnowledgeEntryWrites.perform(.retire, on: entry, seenVersion: seen, staff: staff, by: req)
        return req.redirect(to: SiteURL.adminKnowledgeEntry(try entry.requireID()).path(query: [("done", "retired")]))
    }
}
