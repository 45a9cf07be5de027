import Fluent
import FarunCore
import Foundation

extension WorkOrderPageModels {
    /// The typed filter into the search filter: unknown values are ignored, never guessed.
    static func searchFilter(_ typed: WorkbenchPage.Filter, on db: any Database) async throws -> WorkOrderQueries.Filter {
        var filter = WorkOrderQueries.Filter()
        filter.view = typed.view
        filter.number = typed.number
        filter.phone = typed.phone
        filter.name = typed.name
        filter.service = typed.service
        filter.states = WorkOrderState(rawValue: typed.state).map { [$0] } ?? []
        filter.from = LocalDate(typed.from)
        filter.to = LocalDate(typed.to)
        if let id = Int(typed.region), let region = try await Region.find(id, on: db) { filter.within = region.regionPath }
        return filter
    }

    /// The views a person has: "mine" and "my units" only for the back office.
    static func views(for staff: StaffPrincipal) -> [WorkOrderQueries.View] {
        staff.allows(.handleWorkOrders) || staff.allows(.superviseWorkOrders) ? WorkOrderQueries.View.allCases : [.overdue, .all]
    }

    static func workbench(_ typed: WorkbenchPage.Filter, page: PageRequest, staff: StaffPrincipal, secrets: Secrets, l: L10n,
                          notice: String?, on db: any Database) async throws -> WorkbenchPage.Model {
        let visibility = try await WorkOrderQueries.Visibility.of(staff, on: db)
        let (orders, info) = try await WorkOrderQueries.search(try await searchFilter(typed, on: db), visibility: visibility, secrets: secrets, page: page, on: db)
        let services = try await WorkOrderQueries.serviceNames(on: db)
        let units = try await unitNames(orders.compactMap { $0.$unit.id }, on: db)
        let people = try await staffNames(orders.compactMap { $0.$assignee.id }, on: db)
        let rows: [WorkbenchPage.Row] = orders.compactMap { o in
            guard let id = o.id else { return nil }
            let due = o.currentDue
            return .init(id: id, number: o.number, service: services[o.serviceCode]?.name(l.language) ?? o.serviceCode, requesterName: o.requesterName,
                         phoneMasked: o.requesterPhoneMasked, state: o.state, unit: o.$unit.id.flatMap { units[$0] },
                         assignee: o.$assignee.id.flatMap { people[$0] }, due: due?.date.description, provisional: due?.provisional ?? false,
                         flag: o.deadlineFlag, greenChannel: o.greenChannel, priority: o.priority)
        }
        let regions = try await RegionQueries.choices(scopes: visibility.scopes, on: db)
        let labels = try await RegionQueries.labels(for: regions, on: db)
        return .init(
            rows: rows, page: info, filter: typed, views: views(for: staff), queues: try await queues(of: staff, on: db),
            services: services.values.sorted { $0.sortOrder < $1.sortOrder }.map { .init(value: $0.code, label: $0.name(l.language)) },
            regions: regions.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } },
            canIntake: staff.allows(.intakeWorkOrders), notice: notice)
    }

    /// The units a back-office member claims from, with how many orders wait unclaimed in each.
    static func queues(of staff: StaffPrincipal, on db: any Database) async throws -> [WorkbenchPage.Queue] {
        guard staff.allows(.handleWorkOrders) else { return [] }
        let ids = try await WorkOrderQueue.unitIDs(of: staff.id, on: db)
        guard !ids.isEmpty else { return [] }
        var queues: [WorkbenchPage.Queue] = []
        for unit in try await HandlingUnit.query(on: db).filter(\.$id ~~ ids).filter(\.$retiredAt == nil).sort(\.$name).all() {
            let id = try unit.requireID()
            let waiting = try await WorkOrder.query(on: db).filter(\.$unit.$id == id).filter(\.$state == .accepted).filter(\.$assignee.$id == nil).count()
            queues.append(.init(unitID: id, name: unit.name, waiting: waiting))
        }
        return queues
    }
}
