import FarunCore
import Vapor

/// A signed-in staff member, with the grants that decide what they may do where.
struct StaffPrincipal: Sendable {
    struct GrantInfo: Sendable, Hashable {
        let grantID: Int
        let role: StaffRole
        let regionID: Int
        let regionName: String
        let regionPath: RegionPath
    }

    let id: Int
    let username: String
    let displayName: String
    let grantInfos: [GrantInfo]
    let mustChangePassword: Bool
    /// Set when the request came with an API token: the permissions the token was given.
    let tokenScopes: Set<Permission>?

    var grants: [Grant] { grantInfos.map { Grant(role: $0.role, regionPath: $0.regionPath) } }

    func allows(_ permission: Permission, in path: RegionPath? = nil) -> Bool {
        if let tokenScopes, !tokenScopes.contains(permission) { return false }
        return Policy.allows(grants, permission, in: path)
    }

    /// Subtree roots where the permission holds (empty = nowhere).
    func scopes(for permission: Permission) -> [RegionPath] {
        if let tokenScopes, !tokenScopes.contains(permission) { return [] }
        return Policy.scopes(grants, for: permission)
    }

    var roles: Set<StaffRole> { Set(grantInfos.map(\.role)) }

    /// A system administrator at the deployment's root: the only one who sees things that belong to no region
    /// (other people's API tokens, accounts without any grant).
    var isRootSystemAdmin: Bool {
        grantInfos.contains { $0.role == .systemAdmin && $0.regionPath.depth <= 1 }
    }
}

struct CitizenPrincipal: Sendable {
    let id: Int
    let displayName: String
}

enum Principal: Sendable {
    case anonymous
    case staff(StaffPrincipal)
    case citizen(CitizenPrincipal)
}

extension Request {
    private struct PrincipalKey: StorageKey { typealias Value = Principal }
    private struct SessionKey: StorageKey { typealias Value = BrowserSession }

    var principal: Principal {
        get { storage[PrincipalKey.self] ?? .anonymous }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The browser session behind this request, if any.
    var browserSession: BrowserSession? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }

    var staff: StaffPrincipal? {
        if case .staff(let s) = principal { return s }
        return nil
    }

    var citizen: CitizenPrincipal? {
        if case .citizen(let c) = principal { return c }
        return nil
    }

    /// The staff member, who must hold `permission` over `path` (or anywhere when path is nil).
    /// Outside their region the resource is reported as not found, so other regions' ids are not revealed.
    @discardableResult
    func requireStaff(_ permission: Permission, in path: RegionPath? = nil, hideAs what: L? = nil) throws -> StaffPrincipal {
        guard let staff else { throw AppError.unauthenticated }
        guard staff.allows(permission, in: path) else {
            if let what { throw AppError.notFound(what) }
            throw AppError.forbidden
        }
        return staff
    }
}
