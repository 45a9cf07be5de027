import Fluent
import FarunCore
import Vapor

/// The audit trail, read-only, limited to the reader's regions.
enum AuditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminAudit, access: .staff(.viewAudit), use: index)
    }

    static func search(scopes: [RegionPath], action: String?, actor: String?, page: PageRequest, on db: any Database) async throws -> ([AuditEvent], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = AuditEvent.query(on: db)
        // Events without a region ("/": sign-ins, tokens, imports) belong to whoever holds the root.
        let seesGlobal = scopes.contains { $0.depth <= 1 }
        query.group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
            if seesGlobal { group.filter(\.$regionPath == "/") }
        }
        if let action, !action.isEmpty { query.filter(\.$action, .custom("LIKE"), RegionQueries.escapeLike(action) + "%") }
        if let actor, !actor.isEmpty { query.filter(\.$actorName == actor) }
        let total = try await query.count()
        let rows = try await query.sort(\.$at, .descending).sort(\.$id, .descending).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.viewAudit)
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50)
        let (rows, info) = try await search(scopes: staff.scopes(for: .viewAudit), action: req.queryValue("action"), actor: req.queryValue("actor"), page: page, on: req.db)
        let model = AuditPage.Model(
            rows: rows.map { .init(at: $0.at, actor: $0.actorName.isEmpty ? $0.actorKind : $0.actorName, action: $0.action,
                                   target: "\($0.targetType)#\($0.targetID.map(String.init) ?? "-")", detail: $0.detail, ip: $0.ip) },
            page: info, action: req.queryValue("action") ?? "", actor: req.queryValue("actor") ?? "")
        return PageResponse(html: AuditPage.View(model: model, context: req.pageContext).document())
    }
}
