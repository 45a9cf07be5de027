import Fluent
import FarunCore
import Vapor

/// Who sees and does what on an application: officers with `reviewLegalAid` in its region, and the assigned
/// provider. Everyone else gets 404, so other regions' applications are not revealed.
enum LegalAidAccess {
    static func id(_ req: Request) throws -> Int {
        guard let id = req.parameters.get("id", as: Int.self) else { throw AppError.notFound(.legalAidEntity) }
        return id
    }

    static func visible(_ req: Request, officerOnly: Bool = false) async throws -> (LegalAidApplication, StaffPrincipal) {
        let staff = try req.requireStaff(.useStaffArea)
        guard let application = try await LegalAidApplication.find(try id(req), on: req.db) else { throw AppError.notFound(.legalAidEntity) }
        let officer = staff.allows(.reviewLegalAid, in: application.path)
        let provider = !officerOnly && application.$provider.id == staff.id
        guard officer || provider else { throw AppError.notFound(.legalAidEntity) }
        return (application, staff)
    }

    static func isOfficer(_ staff: StaffPrincipal, _ application: LegalAidApplication) -> Bool {
        staff.allows(.reviewLegalAid, in: application.path)
    }

    static func actor(for action: LegalAidAction, _ application: LegalAidApplication, staff: StaffPrincipal) throws -> LegalAidStore.Actor {
        if LegalAidStore.permits(.provider(staff), action), application.$provider.id == staff.id { return .provider(staff) }
        if LegalAidStore.permits(.officer(staff), action), isOfficer(staff, application) { return .officer(staff) }
        throw AppError.forbidden
    }

    /// The steps the caller may take now.
    static func actions(_ application: LegalAidApplication, staff: StaffPrincipal) -> [LegalAidAction] {
        LegalAidLifecycle.actions(from: application.state).filter { action in
            (try? actor(for: action, application, staff: staff)) != nil && action != .lapse
        }
    }

    /// The register filter from the query: the caller's scopes, and optionally one region, period, category, state.
    static func filter(_ req: Request, staff: StaffPrincipal) async throws -> LegalAidQueries.Filter {
        var filter = LegalAidQueries.Filter(scopes: staff.scopes(for: .reviewLegalAid))
        if let regionID = req.query[Int.self, at: "region_id"] {
            guard let region = try await Region.find(regionID, on: req.db) else { throw AppError.notFound(.thingRegion) }
            filter.region = region.regionPath
        }
        filter.from = req.query[String.self, at: "from"].flatMap(LocalDate.init)
        filter.to = req.query[String.self, at: "to"].flatMap(LocalDate.init)
        filter.category = req.query[String.self, at: "category"].flatMap(LegalAidCategory.init(rawValue:))
        filter.state = req.query[String.self, at: "state"].flatMap(LegalAidState.init(rawValue:))
        return filter
    }

    static func orders(of applications: [LegalAidApplication], on db: any Database) async throws -> [Int: WorkOrder] {
        let ids = applications.map { $0.$workOrder.id }
        guard !ids.isEmpty else { return [:] }
        let orders = try await WorkOrder.query(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: orders.compactMap { o in o.id.map { ($0, o) } })
    }
}
