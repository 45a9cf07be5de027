import Fluent
import FarunCore
import Vapor

/// Staff accounts and their role grants.
enum StaffQueries {
    struct Filter: Sendable {
        var text: String?
        var role: StaffRole?
        var includeDisabled = false
    }

    /// Staff with at least one grant inside the scopes.
    static func search(_ filter: Filter, scopes: [RegionPath], page: PageRequest, on db: any Database) async throws -> ([StaffUser], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let grants = RoleGrant.query(on: db).join(Region.self, on: \RoleGrant.$region.$id == \Region.$id)
        grants.group(.or) { group in
            for scope in scopes { group.filter(Region.self, \.$path, .custom("LIKE"), scope.likePattern) }
        }
        if let role = filter.role { grants.filter(\.$role == role) }
        let userIDs = Array(Set(try await grants.all().map { $0.$user.id }))
        let query = StaffUser.query(on: db).filter(\.$id ~~ userIDs)
        if let text = filter.text, !text.isEmpty {
            let like = "%\(RegionQueries.escapeLike(text))%"
            query.group(.or) { group in
                group.filter(\.$username, .custom("LIKE"), like.lowercased())
                group.filter(\.$displayName, .custom("LIKE"), like)
            }
        }
        if !filter.includeDisabled { query.filter(\.$disabledAt == nil) }
        let total = try await query.count()
        let rows = try await query.sort(\.$username).range(page.offset..<(page.offset + page.per)).with(\.$grants) { $0.with(\.$region) }.all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func find(_ id: Int, on db: any Database) async throws -> StaffUser {
        guard let user = try await StaffUser.query(on: db).filter(\.$id == id).with(\.$grants, { $0.with(\.$region) }).first() else {
            throw AppError.notFound(.thingStaff)
        }
        return user
    }

    /// A manager may see a person with any grant in their view scope, and change them only when every grant
    /// lies within their management scope (a town cannot edit a county-wide officer).
    static func canView(_ user: StaffUser, by staff: StaffPrincipal) -> Bool {
        if user.grants.isEmpty { return staff.isRootSystemAdmin }
        return user.grants.contains { staff.allows(.viewStaff, in: $0.region.regionPath) }
    }

    static func canManage(_ user: StaffUser, by staff: StaffPrincipal) -> Bool {
        if user.grants.isEmpty { return staff.isRootSystemAdmin }
        return user.grants.allSatisfy { staff.allows(.manageStaff, in: $0.region.regionPath) }
            && (!user.grants.contains { $0.role == .systemAdmin } || staff.roles.contains(.systemAdmin))
    }

    struct NewStaff: Sendable {
        var username = ""
        var displayName = ""
        var role = ""
        var regionID: Int?
    }

    /// Creates an account with a one-time password that must be changed at first sign-in.
    static func create(_ input: NewStaff, by staff: StaffPrincipal, app: Application, on db: any Database) async throws -> (StaffUser, String) {
        var problems: [FieldProblem] = []
        let username = try? Username.normalize(input.username)
        if username == nil { problems.append(.init(field: "username", message: .staffUsernameInvalid)) }
        let name = input.displayName.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { problems.append(.init(field: "display_name", message: .validationRequired)) }
        if name.count > 40 { problems.append(.init(field: "display_name", message: .validationTooLong, args: ["40"])) }
        let role = StaffRole(rawValue: input.role)
        if role == nil { problems.append(.init(field: "role", message: .validationChoose)) }
        var region: Region?
        if let id = input.regionID { region = try await Region.find(id, on: db) }
        if region == nil || region?.isRetired == true { problems.append(.init(field: "region_id", message: .validationChoose)) }
        if let role, let region, !Policy.mayGrant(staff.grants, role: role, at: region.regionPath) {
            problems.append(.init(field: "role", message: .staffCannotGrant))
        }
        if let username, try await StaffUser.query(on: db).filter(\.$username == username).count() > 0 {
            problems.append(.init(field: "username", message: .staffUsernameTaken))
        }
        guard problems.isEmpty, let username, let role, let region else { throw AppError.validation(problems) }
        let password = Tokens.oneTimePassword()
        let user = StaffUser(username: username, displayName: name, passwordHash: try await app.hashPassword(password), mustChangePassword: true)
        try await user.create(on: db)
        try await RoleGrant(userID: try user.requireID(), role: role, regionID: try region.requireID()).create(on: db)
        if role.isLegalProfessional { try await ensureProfile(for: user, profession: role, on: db) }
        return (user, password)
    }

    static func ensureProfile(for user: StaffUser, profession: StaffRole, on db: any Database) async throws {
        guard try await ProfessionalProfile.query(on: db).filter(\.$user.$id == user.requireID()).count() == 0 else { return }
        let profile = ProfessionalProfile()
        profile.$user.id = try user.requireID()
        profile.profession = profession
        profile.organisation = ""
        profile.licenceNumber = ""
        profile.specialtiesText = ""
        profile.languagesText = ProfessionalProfile.encodeList([ServiceLanguage.zh])
        profile.bio = ""
        profile.isPublic = false
        try await profile.create(on: db)
    }
}
