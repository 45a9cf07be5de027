import Fluent
import FarunCore
import Vapor

/// Staff administration: accounts, role grants, disabling, password resets, professional profiles.
enum StaffAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminStaff, access: .staff(.viewStaff), use: index)
        routes.on(.GET, .adminStaffNew, access: .staff(.manageStaff), use: new)
        routes.on(.POST, .adminStaffNew, access: .staff(.manageStaff), use: create)
        routes.on(.GET, .adminStaffMember(.routeParameter), access: .staff(.viewStaff), use: show)
        routes.on(.POST, .adminStaffMember(.routeParameter), access: .staff(.manageStaff), use: update)
        routes.on(.POST, .adminStaffGrants(.routeParameter), access: .staff(.manageStaff), use: addGrant)
        routes.on(.POST, .adminStaffGrantDelete(.routeParameter, grant: .routeParameter), access: .staff(.manageStaff), use: deleteGrant)
        routes.on(.POST, .adminStaffDisable(.routeParameter), access: .staff(.manageStaff), use: disable)
        routes.on(.POST, .adminStaffEnable(.routeParameter), access: .staff(.manageStaff), use: enable)
        routes.on(.POST, .adminStaffResetPassword(.routeParameter), access: .staff(.manageStaff), use: resetPassword)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.viewStaff)
        let filter = StaffQueries.Filter(text: req.queryValue("q"), role: req.queryValue("role").flatMap(StaffRole.init(rawValue:)),
                                         includeDisabled: req.queryValue("disabled") == "1")
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let (rows, info) = try await StaffQueries.search(filter, scopes: staff.scopes(for: .viewStaff), page: page, on: req.db)
        let model = StaffIndexPage.Model(
            rows: rows.compactMap { u in u.id.map { .init(id: $0, username: u.username, displayName: u.displayName,
                                                          grants: u.grants.map { "\($0.region.name)·\(req.l10n.name("role", $0.role))" }, disabled: u.isDisabled) } },
            page: info, filter: filter, canManage: staff.allows(.manageStaff), done: req.queryValue("done"))
        return PageResponse(html: StaffIndexPage.View(model: model, context: req.pageContext).document())
    }

    static func regionOptions(for staff: StaffPrincipal, on db: any Database) async throws -> [Forms.Option] {
        let choices = try await RegionQueries.choices(scopes: staff.scopes(for: .manageStaff), on: db).filter { $0.level <= .village }
        let labels = try await RegionQueries.labels(for: choices, on: db)
        return choices.compactMap { r in r.id.map { Forms.Option(value: String($0), label: labels[$0] ?? r.name) } }
    }

    @Sendable static func new(req: Request) async throws -> PageResponse {
        try await newForm(req: req, input: .init(), problems: [])
    }

    private static func newForm(req: Request, input: StaffQueries.NewStaff, problems: [FieldProblem], status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageStaff)
        let model = StaffNewPage.Model(input: input, regions: try await regionOptions(for: staff, on: req.db), problems: problems,
                                       grantableRoles: StaffRole.allCases.filter { $0 != .systemAdmin || staff.roles.contains(.systemAdmin) })
        return PageResponse(html: StaffNewPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageStaff)
        let input = StaffQueries.NewStaff(username: req.formValue("username") ?? "", displayName: req.formValue("display_name") ?? "",
                                          role: req.formValue("role") ?? "", regionID: req.formValue("region_id").flatMap(Int.init))
        do {
            let (user, password) = try await req.db.transaction { db in
                let (user, password) = try await StaffQueries.create(input, by: staff, app: req.application, on: db)
                try await Audit.record("staff.create", target: "staff_user", id: user.id, regionPath: nil,
                                       detail: ["username": user.username, "role": input.role, "region_id": String(input.regionID ?? 0)], by: req, on: db)
                return (user, password)
            }
            let model = OneTimePasswordPage.Model(userID: try user.requireID(), username: user.username, password: password, created: true)
            return try await PageResponse(html: OneTimePasswordPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await newForm(req: req, input: input, problems: error.fieldProblems, status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    /// Loads the person and checks the caller may see (or change) them; others' staff look like missing pages.
    private static func member(_ req: Request, manage: Bool) async throws -> (StaffUser, StaffPrincipal) {
        let staff = try req.requireStaff(manage ? .manageStaff : .viewStaff)
        let user = try await StaffQueries.find(try req.idParameter(), on: req.db)
        guard StaffQueries.canView(user, by: staff) else { throw AppError.notFound(.thingStaff) }
        if manage, !StaffQueries.canManage(user, by: staff) { throw AppError.forbidden }
        return (user, staff)
    }

    @Sendable static func show(req: Request) async throws -> PageResponse {
        let (user, staff) = try await member(req, manage: false)
        return try await page(req: req, user: user, staff: staff, problems: [])
    }

    private static func page(req: Request, user: StaffUser, staff: StaffPrincipal, problems: [FieldProblem], status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let profile = try await ProfessionalProfile.query(on: req.db).filter(\.$user.$id == user.requireID()).with(\.$regions).first()
        let model = StaffMemberPage.Model(
            id: try user.requireID(), username: user.username, displayName: user.displayName, disabled: user.isDisabled,
            locked: (user.lockedUntil ?? .distantPast) > req.now, mustChangePassword: user.mustChangePassword,
            grants: user.grants.compactMap { g in g.id.map { .init(id: $0, role: g.role, region: g.region.name) } },
            profile: profile.map(ProfileForm.Values.init), regionOptions: try await regionOptions(for: staff, on: req.db),
            grantableRoles: StaffRole.allCases.filter { $0 != .systemAdmin || staff.roles.contains(.systemAdmin) },
            canManage: StaffQueries.canManage(user, by: staff), isSelf: staff.id == user.id, problems: problems, done: req.queryValue("done"))
        return PageResponse(html: StaffMemberPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (user, staff) = try await member(req, manage: true)
        let name = req.formValue("display_name") ?? ""
        var problems: [FieldProblem] = []
        if name.isEmpty { problems.append(.init(field: "display_name", message: .validationRequired)) }
        if name.count > 40 { problems.append(.init(field: "display_name", message: .validationTooLong, args: ["40"])) }
        let profile = try await ProfessionalProfile.query(on: req.db).filter(\.$user.$id == user.requireID()).first()
        let values: ProfileForm.Values? = profile == nil ? nil : ProfileForm.Values.from(req)
        problems += values?.problems() ?? []
        guard problems.isEmpty else {
            return try await page(req: req, user: user, staff: staff, problems: problems, status: .unprocessableEntity).encodeResponse(for: req)
        }
        try await req.db.transaction { db in
            user.displayName = name
            try await user.save(on: db)
            if let profile, let values { try await values.apply(to: profile, on: db) }
            try await Audit.record("staff.update", target: "staff_user", id: user.id, regionPath: nil, detail: ["display_name": name], by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminStaffMember(try user.requireID()).path(query: [("done", "saved")]))
    }

    @Sendable static func addGrant(req: Request) async throws -> Response {
        let (user, staff) = try await member(req, manage: true)
        let chosenID = req.formValue("region_id").flatMap(Int.init)
        let chosen = chosenID == nil ? nil : try await Region.find(chosenID, on: req.db)
        guard let role = req.formValue("role").flatMap(StaffRole.init(rawValue:)), let region = chosen, !region.isRetired else {
            return try await page(req: req, user: user, staff: staff, problems: [.init(field: "role", message: .validationChoose)], status: .unprocessableEntity).encodeResponse(for: req)
        }
        guard Policy.mayGrant(staff.grants, role: role, at: region.regionPath) else {
            return try await page(req: req, user: user, staff: staff, problems: [.init(field: "role", message: .staffCannotGrant)], status: .unprocessableEntity).encodeResponse(for: req)
        }
        let userID = try user.requireID(), regionID = try region.requireID()
        let exists = try await RoleGrant.query(on: req.db).filter(\.$user.$id == userID).filter(\.$role == role).filter(\.$region.$id == regionID).count() > 0
        if !exists {
            try await req.db.transaction { db in
                try await RoleGrant(userID: userID, role: role, regionID: regionID).create(on: db)
                if role.isLegalProfessional { try await StaffQueries.ensureProfile(for: user, profession: role, on: db) }
                try await Audit.record("staff.grant", target: "staff_user", id: userID, regionPath: region.regionPath,
                                       detail: ["role": role.rawValue, "region": region.name], by: req, on: db)
            }
        }
        return req.redirect(to: SiteURL.adminStaffMember(userID).path(query: [("done", "granted")]))
    }

    @Sendable static func deleteGrant(req: Request) async throws -> Response {
        let (user, staff) = try await member(req, manage: true)
        let grantID = try req.idParameter("grant")
        guard let grant = user.grants.first(where: { $0.id == grantID }) else { throw AppError.notFound(.thingGrant) }
        guard staff.id != user.id || grant.role != .systemAdmin && grant.role != .bureauAdmin else {
            throw AppError.conflict(.staffCannotRemoveOwnAdmin)
        }
        try await req.db.transaction { db in
            try await grant.delete(on: db)
            try await Audit.record("staff.revoke_grant", target: "staff_user", id: user.id, regionPath: grant.region.regionPath,
                                   detail: ["role": grant.role.rawValue, "region": grant.region.name], by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminStaffMember(try user.requireID()).path(query: [("done", "revoked")]))
    }

    @Sendable static func disable(req: Request) async throws -> Response {
        let (user, staff) = try await member(req, manage: true)
        guard staff.id != user.id else { throw AppError.conflict(.staffCannotDisableSelf) }
        try await req.db.transaction { db in
            user.disabledAt = req.now
            try await user.save(on: db)
            try await BrowserSession.query(on: db).filter(\.$staffUser.$id == user.requireID()).delete()
            try await Audit.record("staff.disable", target: "staff_user", id: user.id, regionPath: nil, by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminStaffMember(try user.requireID()).path(query: [("done", "disabled")]))
    }

    @Sendable static func enable(req: Request) async throws -> Response {
        let (user, _) = try await member(req, manage: true)
        try await req.db.transaction { db in
            user.disabledAt = nil
            user.lockedUntil = nil
            user.failedSignIns = 0
            try await user.save(on: db)
            try await Audit.record("staff.enable", target: "staff_user", id: user.id, regionPath: nil, by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminStaffMember(try user.requireID()).path(query: [("done", "enabled")]))
    }

    @Sendable static func resetPassword(req: Request) async throws -> Response {
        let (user, _) = try await member(req, manage: true)
        let password = Tokens.oneTimePassword()
        let hash = try await req.application.hashPassword(password)
        try await req.db.transaction { db in
            user.passwordHash = hash
            user.mustChangePassword = true
            user.lockedUntil = nil
            user.failedSignIns = 0
            try await user.save(on: db)
            try await BrowserSession.query(on: db).filter(\.$staffUser.$id == user.requireID()).delete()
            try await Audit.record("staff.reset_password", target: "staff_user", id: user.id, regionPath: nil, by: req, on: db)
        }
        let model = OneTimePasswordPage.Model(userID: try user.requireID(), username: user.username, password: password, created: false)
        return try await PageResponse(html: OneTimePasswordPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
    }
}
