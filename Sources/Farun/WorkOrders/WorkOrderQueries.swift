import Fluent
import FarunCore
import Foundation

/// Finding work orders for the workbench and the API, always within what the viewer may see.
enum WorkOrderQueries {
    /// Which list: the viewer's own orders, their units' queues, orders near or past their deadline, or all.
    enum View: String, Sendable, CaseIterable {
        case mine
        case unit
        case overdue
        case all
    }

    struct Filter: Sendable, Equatable {
        var view: View = .all
        var number: String?
        /// Matched exactly, through the keyed hash (phones are encrypted).
        var phone: String?
        var name: String?
        var service: String?
        var states: [WorkOrderState] = []
        var from: LocalDate?
        var to: LocalDate?
        /// A region's whole subtree.
        var within: RegionPath?
        var unitID: Int?
        var greenOnly = false
    }

    /// What a staff member may see: the regions where they register, handle or supervise, and their units.
    struct Visibility: Sendable {
        let staffID: Int
        let scopes: [RegionPath]
        let unitIDs: [Int]

        static func of(_ staff: StaffPrincipal, on db: any Database) async throws -> Visibility {
            let scopes = staff.scopes(for: .intakeWorkOrders) + staff.scopes(for: .handleWorkOrders) + staff.scopes(for: .superviseWorkOrders)
            let units = staff.allows(.handleWorkOrders) || staff.allows(.superviseWorkOrders) ? try await WorkOrderQueue.unitIDs(of: staff.id, on: db) : []
            return Visibility(staffID: staff.id, scopes: Array(Set(scopes)), unitIDs: units)
        }
    }

    static let openStates: [WorkOrderState] = WorkOrderState.allCases.filter { !$0.isFinal && $0 != .resolved }

    static func search(_ filter: Filter, visibility: Visibility, secrets: Secrets, page: PageRequest, on db: any Database) async throws -> ([WorkOrder], PageInfo) {
        guard !visibility.scopes.isEmpty || !visibility.unitIDs.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = WorkOrder.query(on: db)
        query.group(.or) { group in
            for scope in visibility.scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
            if !visibility.unitIDs.isEmpty { group.filter(\.$unit.$id ~~ visibility.unitIDs) }
        }
        switch filter.view {
        case .mine:
            query.filter(\.$assignee.$id == visibility.staffID).filter(\.$state ~~ openStates)
        case .unit:
            guard !visibility.unitIDs.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
            query.filter(\.$unit.$id ~~ visibility.unitIDs).filter(\.$state ~~ openStates)
        case .overdue:
            query.filter(\.$deadlineFlag ~~ [.approaching, .overdue]).filter(\.$state ~~ openStates)
        case .all:
            break
        }
        if let number = filter.number?.trimmingCharacters(in: .whitespaces), !number.isEmpty {
            query.filter(\.$number, .custom("LIKE"), "%\(RegionQueries.escapeLike(number))%")
        }
        if let phone = filter.phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty {
            let normalized = (try? PhoneNumber.normalizeContact(phone)) ?? phone
            query.filter(\.$requesterPhoneHash == secrets.lookupHash(normalized))
        }
        if let name = filter.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            query.filter(\.$requesterName, .custom("LIKE"), "%\(RegionQueries.escapeLike(name))%")
        }
        if let service = filter.service, !service.isEmpty { query.filter(\.$serviceCode == service) }
        if !filter.states.isEmpty { query.filter(\.$state ~~ filter.states) }
        if let from = filter.from { query.filter(\.$submittedOn >= from.description) }
        if let to = filter.to { query.filter(\.$submittedOn <= to.description) }
        if let within = filter.within { query.filter(\.$regionPath, .custom("LIKE"), within.likePattern) }
        if let unitID = filter.unitID { query.filter(\.$unit.$id == unitID) }
        if filter.greenOnly { query.filter(\.$greenChannel != nil) }
        let total = try await query.count()
        switch filter.view {
        case .mine, .unit, .overdue:
            // Queues: the oldest first, so nothing waits forever.
            query.sort(\.$submittedAt, .ascending).sort(\.$id, .ascending)
        case .all:
            query.sort(\.$submittedAt, .descending).sort(\.$id, .descending)
        }
        let rows = try await query.range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func timeline(of orderID: Int, on db: any Database) async throws -> [WorkOrderEvent] {
        try await WorkOrderEvent.query(on: db).filter(\.$workOrder.$id == orderID).sort(\.$id).all()
    }

    static func find(_ id: Int, on db: any Database) async throws -> WorkOrder {
        guard let order = try await WorkOrder.find(id, on: db) else { throw AppError.notFound(.workOrderEntity) }
        return order
    }

    /// Loads an order a staff member may see (others' orders answer 404, as if they did not exist) with their roles.
    static func findVisible(_ id: Int, staff: StaffPrincipal, on db: any Database) async throws -> (WorkOrder, WorkOrderCommands.Roles) {
        let order = try await find(id, on: db)
        let roles = try await WorkOrderCommands.roles(of: staff, for: order, on: db)
        guard WorkOrderCommands.mayView(staff, order, roles: roles) else { throw AppError.notFound(.workOrderEntity) }
        return (order, roles)
    }

    /// Child orders (sent to several units) of a parent.
    static func children(of orderID: Int, on db: any Database) async throws -> [WorkOrder] {
        try await WorkOrder.query(on: db).filter(\.$parent.$id == orderID).sort(\.$id).all()
    }

    /// Catalog entries by code, for showing service names in lists.
    static func serviceNames(on db: any Database) async throws -> [String: CatalogEntry] {
        Dictionary(try await CatalogEntry.query(on: db).all().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
