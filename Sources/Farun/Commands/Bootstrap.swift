import Fluent
import FarunCore
import Foundation
import Vapor

/// What the very first start of an empty database needs: the root jurisdiction and one administrator.
enum Bootstrap {
    struct FirstAdmin: Sendable {
        let username: String
        let password: String
    }

    /// Creates the deployment's root region from the bundled divisions when there are no regions yet.
    static func ensureRoot(app: Application) async throws -> Region {
        if let root = try await RegionQueries.root(on: app.db) { return root }
        guard let code = DivisionCode(app.settings.rootRegionCode) else {
            throw SettingsError(name: "FARUN_ROOT_CODE", problem: "\"\(app.settings.rootRegionCode)\" is not a division code (6, 9 or 12 digits)")
        }
        let records = try DivisionImport.bundledDivisions()
        guard let record = records.first(where: { $0.code == code }) else {
            throw SettingsError(name: "FARUN_ROOT_CODE", problem: "\(code.value) is not in the bundled national division list")
        }
        do {
            let region = try await RegionQueries.create(.init(name: record.name, level: record.level, parentID: nil, code: code.value), on: app.db, isRoot: true)
            try await Audit.recordSystem("region.create_root", target: "region", id: region.id, detail: ["code": code.value], at: app.clock.now(), on: app.db)
            return region
        } catch {
            // Another instance started at the same moment and won.
            if let root = try await RegionQueries.root(on: app.db) { return root }
            throw error
        }
    }

    /// On an empty staff table, creates "admin" with a one-time password (to be changed at first sign-in).
    static func ensureFirstAdmin(app: Application, root: Region) async throws -> FirstAdmin? {
        guard try await StaffUser.query(on: app.db).count() == 0 else { return nil }
        do {
            return try await createAdministrator(username: "admin", displayName: "司法局管理员", root: root,
                                                 action: "staff.create_first_admin", app: app)
        } catch {
            if try await StaffUser.query(on: app.db).count() > 0 { return nil }
            throw error
        }
    }

    /// A bureau and system administrator at the root with a one-time password, audited as `action`.
    static func createAdministrator(username: String, displayName: String, root: Region, action: String, app: Application) async throws -> FirstAdmin {
        let password = Tokens.oneTimePassword()
        let user = StaffUser(username: username, displayName: displayName, passwordHash: try await app.hashPassword(password), mustChangePassword: true)
        try await app.db.transaction { db in
            try await user.create(on: db)
            for role in [StaffRole.bureauAdmin, .systemAdmin] {
                try await RoleGrant(userID: try user.requireID(), role: role, regionID: try root.requireID()).create(on: db)
            }
            try await Audit.recordSystem(action, target: "staff_user", id: user.id, detail: ["username": username], at: app.clock.now(), on: db)
        }
        return FirstAdmin(username: username, password: password)
    }

    static func printFirstAdmin(_ admin: FirstAdmin) {
        print("""

        ================================================================
        首次启动：已创建司法局管理员 / First start: bureau administrator created
          username: \(admin.username)
          one-time password: \(admin.password)
        请登录 /staff/sign-in 并立即修改密码 / Sign in at /staff/sign-in and change it now.
        ================================================================

        """)
        fflush(nil)
    }

    static func setBureauName(app: Application, root: Region) {
        app.bureauName = app.settings.bureauName.isEmpty ? root.name + "司法局" : app.settings.bureauName
    }
}
