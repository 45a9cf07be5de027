import Fluent
import FarunCore
import Vapor

/// The staff home page and a professional's own public profile.
enum StaffHomeController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .staffHome, access: .staff(.useStaffArea), use: home)
        routes.on(.GET, .staffProfile, access: .staff(.editOwnProfile), use: profile)
        routes.on(.POST, .staffProfile, access: .staff(.editOwnProfile), use: saveProfile)
    }

    @Sendable static func home(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let model = StaffHomePage.Model(
            displayName: staff.displayName,
            grants: staff.grantInfos.map { "\(req.l10n.name("role", $0.role)) · \($0.regionName)" },
            permissions: Set(Permission.allCases.filter { staff.allows($0) }), done: req.queryValue("done"))
        return PageResponse(html: StaffHomePage.View(model: model, context: req.pageContext).document())
    }

    private static func ownProfile(_ req: Request) async throws -> (ProfessionalProfile, StaffPrincipal) {
        let staff = try req.requireStaff(.editOwnProfile)
        if let profile = try await ProfessionalProfile.query(on: req.db).filter(\.$user.$id == staff.id).with(\.$regions).first() {
            return (profile, staff)
        }
        guard let user = try await StaffUser.find(staff.id, on: req.db),
              let role = staff.grantInfos.map(\.role).first(where: \.isLegalProfessional) else { throw AppError.forbidden }
        try await StaffQueries.ensureProfile(for: user, profession: role, on: req.db)
        return try await ownProfile(req)
    }

    private static func regionOptions(on db: any Database) async throws -> [Forms.Option] {
        guard let root = try await RegionQueries.root(on: db) else { return [] }
        let regions = try await RegionQueries.choices(scopes: [root.regionPath], on: db).filter { $0.level <= .village }
        let labels = try await RegionQueries.labels(for: regions, on: db)
        return regions.compactMap { r in r.id.map { Forms.Option(value: String($0), label: labels[$0] ?? r.name) } }
    }

    @Sendable static func profile(req: Request) async throws -> PageResponse {
        let (profile, _) = try await ownProfile(req)
        let model = OwnProfilePage.Model(values: .init(profile), regionOptions: try await regionOptions(on: req.db), problems: [],
                                         profileID: profile.id, done: req.queryValue("done"))
        return PageResponse(html: OwnProfilePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func saveProfile(req: Request) async throws -> Response {
        let (profile, _) = try await ownProfile(req)
        let values = ProfileForm.Values.from(req)
        let problems = values.problems()
        guard problems.isEmpty else {
            let model = OwnProfilePage.Model(values: values, regionOptions: try await regionOptions(on: req.db), problems: problems, profileID: profile.id, done: nil)
            return try await PageResponse(html: OwnProfilePage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity).encodeResponse(for: req)
        }
        try await req.db.transaction { db in
            try await values.apply(to: profile, on: db)
            try await Audit.record("profile.update", target: "professional_profile", id: profile.id, regionPath: nil,
                                   detail: ["public": values.isPublic ? "yes" : "no"], by: req, on: db)
        }
        return req.redirect(to: SiteURL.staffProfile.path(query: [("done", "saved")]))
    }
}
