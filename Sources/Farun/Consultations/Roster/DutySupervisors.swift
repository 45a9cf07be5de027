import Fluent
import FarunCore
import Foundation

/// Who is told when a question waits too long for its first answer (值班督导): the supervisors on duty for the
/// nearest region up the tree from the question's; when nobody is on supervisor duty there, everyone holding
/// `superviseWorkOrders` over the region.
enum DutySupervisors {
    struct Found: Sendable, Equatable {
        /// Staff ids, ascending.
        let staffIDs: [Int]
        /// True when they come from the roster, false for the fallback to the permission's holders.
        let onDuty: Bool
    }

    static func `for`(_ region: RegionPath, now: Date, on db: any Database) async throws -> Found {
        let today = LocalDate.inChina(now).description
        let slots = try await DutySlotRecord.query(on: db).filter(\.$kind == .supervisor)
            .group(.or) { $0.filter(\.$weekday != nil).filter(\.$onDate == today) }.all()
        let covering = slots.compactMap { slot in slot.domain.map { (slot.$person.id, $0) } }
            .filter { $0.1.covers(now) && $0.1.regionPath.contains(region) }
        // Someone rostered who has since lost the permission there is skipped, not alerted.
        let grants = try await DutyRosterQueries.activeGrants(of: Array(Set(covering.map(\.0))), on: db)
        let qualified = covering.filter { Policy.allows(grants[$0.0] ?? [], DutyRosterQueries.permission, in: region) }
        if let nearest = qualified.map({ $0.1.regionPath.depth }).max() {
            return Found(staffIDs: Set(qualified.filter { $0.1.regionPath.depth == nearest }.map(\.0)).sorted(), onDuty: true)
        }
        let roles = StaffRole.allCases.filter { $0.permissions.contains(DutyRosterQueries.permission) }
        let holders = try await DutyRosterQueries.activeGrants(roles: roles, on: db)
            .filter { Policy.allows($0.value, DutyRosterQueries.permission, in: region) }.map(\.key)
        return Found(staffIDs: holders.sorted(), onDuty: false)
    }
}
