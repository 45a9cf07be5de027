import Fluent
import FarunCore
import Vapor

/// 检索词表: the page and the JSON API for the staff-added colloquial-to-legal vocabulary.
enum SearchExpansionsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminSearchExpansions, access: .staff(.manageKnowledge), use: index)
        routes.on(.POST, .adminSearchExpansions, access: .staff(.manageKnowledge), use: create)
        routes.on(.GET, .adminSearchExpansionDelete(.routeParameter), access: .staff(.manageKnowledge), use: confirmDelete)
        routes.on(.POST, .adminSearchExpansionDelete(.routeParameter), access: .staff(.manageKnowledge), use: delete)
        let paging: [APIDoc.QueryParameter] = [.init(name: "page", type: "integer", description: "1-based page"),
                                               .init(name: "per", type: "integer", description: "items per page, at most 100")]
        routes.on(.GET, .api(.searchExpansions), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Staff-added search vocabulary (colloquial → legal terms), added to the shipped table", tag: "knowledge",
                             query: paging + [.init(name: "q", type: "string", description: "part of the colloquial word or of a legal term")],
                             responseSchema: "SearchExpansion", isList: true), use: apiList)
        routes.on(.POST, .api(.searchExpansions), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Add a vocabulary row (manage_knowledge at the root region)", tag: "knowledge",
                             requestSchema: "SearchExpansionWrite", responseSchema: "SearchExpansion", successStatus: 201), use: apiCreate)
        routes.on(.DELETE, .api(.searchExpansion(.routeParameter)), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Delete a vocabulary row (manage_knowledge at the root region)", tag: "knowledge",
                             responseSchema: "SearchExpansion"), use: apiDelete)
    }

    private static func page(_ req: Request, colloquial: String = "", legalTerms: String = "", problems: [FieldProblem] = [],
                             status: HTTPResponseStatus = .ok) async throws -> Response {
        try req.requireStaff(.manageKnowledge)
        let query = req.queryValue("q")
        let (rows, info) = try await SearchExpansionWrites.search(text: query, page: PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50), on: req.db)
        let model = SearchExpansionsPage.Model(
            rows: rows.compactMap { r in
                r.id.map { .init(id: $0, colloquial: r.colloquial, legalTerms: r.legalTerms, addedBy: r.createdBy?.displayName, addedAt: r.createdAt) }
            },
            page: info, query: query ?? "", canManage: try await SearchExpansionWrites.mayChange(req),
            colloquial: colloquial, legalTerms: legalTerms, problems: problems, done: req.queryValue("done"))
        return try await PageResponse(html: SearchExpansionsPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    @Sendable static func index(req: Request) async throws -> Response {
        try await page(req)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let root = try await SearchExpansionWrites.requireManager(req)
        let colloquial = req.formValue("colloquial") ?? "", legalTerms = req.formValue("legal_terms") ?? ""
        do {
            _ = try await SearchExpansionWrites.create(colloquial: colloquial, legalTerms: legalTerms, root: root, by: req)
            return req.redirect(to: SiteURL.adminSearchExpansions.path(query: [("done", "added")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await page(req, colloquial: colloquial, legalTerms: legalTerms, problems: error.fieldProblems, status: .unprocessableEntity)
        }
    }

    @Sendable static func confirmDelete(req: Request) async throws -> PageResponse {
        try await SearchExpansionWrites.requireManager(req)
        let row = try await SearchExpansionWrites.find(try req.idParameter(), on: req.db)
        let model = SearchExpansionDeletePage.Model(id: try row.requireID(), colloquial: row.colloquial, legalTerms: row.legalTerms)
        return PageResponse(html: SearchExpansionDeletePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let root = try await SearchExpansionWrites.requireManager(req)
        let row = try await SearchExpansionWrites.find(try req.idParameter(), on: req.db)
        try await SearchExpansionWrites.delete(row, root: root, by: req)
        return req.redirect(to: SiteURL.adminSearchExpansions.path(query: [("done", "deleted")]))
    }

    // MARK: - API

    @Sendable static func apiList(req: Request) async throws -> PageDTO<SearchExpansionDTO> {
        try req.requireStaff(.manageKnowledge)
        let (rows, info) = try await SearchExpansionWrites.search(text: req.queryValue("q"), page: APIController.pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(SearchExpansionDTO.init), info: info)
    }

    @Sendable static func apiCreate(req: Request) async throws -> Response {
        let root = try await SearchExpansionWrites.requireManager(req)
        let input = try req.content.decode(SearchExpansionWriteDTO.self)
        let row = try await SearchExpansionWrites.create(colloquial: input.colloquial, legalTerms: input.legalTermsText, root: root, by: req)
        return try await SearchExpansionDTO(row).encodeResponse(status: .created, for: req)
    }

    @Sendable static func apiDelete(req: Request) async throws -> SearchExpansionDTO {
        let root = try await SearchExpansionWrites.requireManager(req)
        let row = try await SearchExpansionWrites.find(try req.idParameter(), on: req.db)
        let dto = try SearchExpansionDTO(row)
        try await SearchExpansionWrites.delete(row, root: root, by: req)
        return dto
    }
}
