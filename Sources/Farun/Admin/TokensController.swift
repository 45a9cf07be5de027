import Fluent
import FarunCore
import Vapor

/// API tokens for integrations (e.g. a hotline switchboard): scoped, hashed at rest, revocable.
enum TokensController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminTokens, access: .staff(.manageTokens), use: index)
        routes.on(.POST, .adminTokens, access: .staff(.manageTokens), use: create)
        routes.on(.POST, .adminTokenRevoke(.routeParameter), access: .staff(.manageTokens), use: revoke)
    }

    private static func page(_ req: Request, newToken: String?, problems: [FieldProblem], status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageTokens)
        let query = APIToken.query(on: req.db).with(\.$owner)
        if !staff.isRootSystemAdmin { query.filter(\.$owner.$id == staff.id) }
        let tokens = try await query.sort(\.$createdAt, .descending).limit(200).all()
        let model = TokensPage.Model(
            tokens: tokens.compactMap { t in t.id.map { .init(id: $0, name: t.name, prefix: t.prefix, owner: t.owner.username,
                scopes: t.scopesText.split(separator: ",").map(String.init), createdAt: t.createdAt, lastUsedAt: t.lastUsedAt,
                expiresAt: t.expiresAt, revoked: t.revokedAt != nil) } },
            grantableScopes: Permission.allCases.filter { staff.allows($0) }, newToken: newToken, problems: problems)
        return PageResponse(html: TokensPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        try await page(req, newToken: nil, problems: [])
    }

    @Sendable static func create(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageTokens)
        let name = req.formValue("name") ?? ""
        let scopes = req.formValues("scopes")
        let days = req.formValue("expires_days").flatMap(Int.init)
        var problems: [FieldProblem] = []
        if name.isEmpty { problems.append(.init(field: "name", message: .validationRequired)) }
        if name.count > 60 { problems.append(.init(field: "name", message: .validationTooLong, args: ["60"])) }
        let permissions = scopes.compactMap(Permission.init(rawValue:))
        if permissions.isEmpty || permissions.count != scopes.count || permissions.contains(where: { !staff.allows($0) }) {
            problems.append(.init(field: "scopes", message: .tokensScopesInvalid))
        }
        if let days, !(1...730).contains(days) { problems.append(.init(field: "expires_days", message: .tokensExpiryInvalid)) }
        guard problems.isEmpty else { return try await page(req, newToken: nil, problems: problems, status: .unprocessableEntity) }
        let secret = Tokens.random(prefix: "farun_")
        let token = APIToken()
        token.name = name
        token.tokenHash = Tokens.sha256(secret)
        token.prefix = String(secret.prefix(12))
        token.$owner.id = staff.id
        token.scopesText = permissions.map(\.rawValue).joined(separator: ",")
        token.expiresAt = days.map { req.now.addingTimeInterval(Double($0) * 86400) }
        try await req.db.transaction { db in
            try await token.create(on: db)
            try await Audit.record("token.create", target: "api_token", id: token.id, regionPath: nil,
                                   detail: ["name": name, "scopes": token.scopesText], by: req, on: db)
        }
        return try await page(req, newToken: secret, problems: [])
    }

    @Sendable static func revoke(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageTokens)
        guard let token = try await APIToken.find(try req.idParameter(), on: req.db),
              token.$owner.id == staff.id || staff.isRootSystemAdmin
        else { throw AppError.notFound(.thingToken) }
        if token.revokedAt == nil {
            token.revokedAt = req.now
            try await req.db.transaction { db in
                try await token.save(on: db)
                try await Audit.record("token.revoke", target: "api_token", id: token.id, regionPath: nil, by: req, on: db)
            }
        }
        return req.seeOther(.adminTokens)
    }
}
