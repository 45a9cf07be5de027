import Fluent
import FarunCore
import Vapor

/// Finds who is calling: an API bearer token or a session cookie. Sessions live in the database, so any
/// instance can serve any request.
struct AuthenticationMiddleware: AsyncMiddleware {
    static let sessionCookie = "farun_session"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization?.token {
            request.principal = try await Self.principal(forToken: bearer, on: request)
        } else if let token = request.cookies[Self.sessionCookie]?.string, !token.isEmpty {
            try await Self.resumeSession(token: token, on: request)
        }
        return try await next.respond(to: request)
    }

    private static func principal(forToken token: String, on request: Request) async throws -> Principal {
        let now = request.now
        guard let record = try await APIToken.query(on: request.db).filter(\.$tokenHash == Tokens.sha256(token)).first(),
              record.revokedAt == nil, (record.expiresAt ?? .distantFuture) > now,
              let owner = try await StaffUser.find(record.$owner.id, on: request.db), !owner.isDisabled
        else { throw AppError.unauthenticated }
        if (record.lastUsedAt ?? .distantPast) < now.addingTimeInterval(-60) {
            record.lastUsedAt = now
            try await record.save(on: request.db)
        }
        let scopes = Set(record.scopesText.split(separator: ",").compactMap { Permission(rawValue: String($0)) })
        return .staff(try await StaffPrincipals.load(owner, tokenScopes: scopes, on: request.db))
    }

    private static func resumeSession(token: String, on request: Request) async throws {
        let now = request.now
        guard let session = try await BrowserSession.find(Tokens.sha256(token), on: request.db) else { return }
        guard session.expiresAt > now else {
            try await session.delete(on: request.db)
            return
        }
        if let userID = session.$staffUser.id {
            guard let user = try await StaffUser.find(userID, on: request.db), !user.isDisabled else {
                try await session.delete(on: request.db)
                return
            }
            request.principal = .staff(try await StaffPrincipals.load(user, tokenScopes: nil, on: request.db))
        } else if let citizenID = session.$citizen.id, let citizen = try await Citizen.find(citizenID, on: request.db) {
            request.principal = .citizen(.init(id: try citizen.requireID(), displayName: citizen.displayName))
        }
        request.browserSession = session
        // Sliding expiry, written at most every five minutes.
        if session.lastSeenAt < now.addingTimeInterval(-300) {
            session.lastSeenAt = now
            session.expiresAt = now.addingTimeInterval(Double(request.application.settings.sessionLifetimeHours) * 3600)
            try await session.save(on: request.db)
        }
    }
}

enum StaffPrincipals {
    static func load(_ user: StaffUser, tokenScopes: Set<Permission>?, on db: any Database) async throws -> StaffPrincipal {
        let grants = try await RoleGrant.query(on: db).filter(\.$user.$id == user.requireID()).with(\.$region).all()
        return StaffPrincipal(
            id: try user.requireID(), username: user.username, displayName: user.displayName,
            grantInfos: try grants.map {
                .init(grantID: try $0.requireID(), role: $0.role, regionID: try $0.region.requireID(),
                      regionName: $0.region.name, regionPath: $0.region.regionPath)
            },
            mustChangePassword: user.mustChangePassword, tokenScopes: tokenScopes)
    }
}
