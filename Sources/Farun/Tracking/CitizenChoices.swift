import Fluent
import FarunCore
import Foundation

/// What the citizen forms offer: the services a channel may start, and the places to choose from.
enum CitizenChoices {
    /// Active catalog entries that allow any of `channels`, in catalog order.
    static func services(for channels: Set<WorkOrderChannel>, on db: any Database) async throws -> [CatalogEntry] {
        try await CatalogEntry.query(on: db).filter(\.$retiredAt == nil).sort(\.$sortOrder).sort(\.$id).all()
            .filter { !$0.serviceType.channels.isDisjoint(with: channels) }
    }

    /// One service by id, if it is active and allows one of `channels`; otherwise 404 (as if it did not exist).
    static func service(_ id: Int, for channels: Set<WorkOrderChannel>, on db: any Database) async throws -> CatalogEntry {
        guard let entry = try await CatalogEntry.find(id, on: db), !entry.isRetired,
              !entry.serviceType.channels.isDisjoint(with: channels)
        else { throw AppError.notFound(.catalogEntity) }
        return entry
    }

    /// A town (乡镇/街道) with its villages, for the region select.
    struct TownGroup: Sendable {
        let id: Int
        let name: String
        let villages: [Forms.Option]
    }

    /// Active towns under the root, each with its active villages.
    static func regionGroups(on db: any Database) async throws -> [TownGroup] {
        guard let rootID = try await RegionQueries.root(on: db)?.id else { return [] }
        let towns = try await Region.query(on: db).filter(\.$parent.$id == rootID).filter(\.$retiredAt == nil).sort(\.$code).sort(\.$name).all()
        let townIDs = towns.compactMap(\.id)
        guard !townIDs.isEmpty else { return [] }
        let villages = try await Region.query(on: db).filter(\.$parent.$id ~~ townIDs).filter(\.$retiredAt == nil).sort(\.$code).sort(\.$name).all()
        let byTown = Dictionary(grouping: villages, by: { $0.$parent.id ?? 0 })
        return towns.compactMap { town in
            town.id.map { id in
                TownGroup(id: id, name: town.name, villages: (byTown[id] ?? []).compactMap { v in v.id.map { .init(value: String($0), label: v.name) } })
            }
        }
    }

    /// The ids a citizen may choose: every town and village offered.
    static func regionIDs(_ groups: [TownGroup]) -> Set<Int> {
        Set(groups.flatMap { [$0.id] + $0.villages.compactMap { Int($0.value) } })
    }

    /// The open service point of a kiosk, or 404.
    static func kioskPoint(_ id: Int, on db: any Database) async throws -> ServicePoint {
        guard let point = try await ServicePoint.find(id, on: db), point.closedAt == nil else { throw AppError.notFound(.thingServicePoint) }
        return point
    }
}
