import Fluent
import FarunCore
import Foundation
import Plot

/// One region: its facts, children, service points, history; rename, merge and retire.
enum RegionShowPage {
    struct Child: Sendable { let id: Int; let name: String; let level: RegionLevel; let retired: Bool }
    struct HistoryItem: Sendable { let at: Date; let action: String; let actor: String; let detail: String }

    struct Model: Sendable {
        var id: Int
        var name: String
        var label: String
        var code: String?
        var codeSource: CodeSource
        var level: RegionLevel
        var retired: Bool
        var mergedInto: (id: Int, name: String)?
        var children: [Child]
        var childCount: Int
        var servicePointCount: Int
        var mergeTargets: [Forms.Option]
        var history: [HistoryItem]
        var canManage: Bool
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            id: 2, name: "岳阳镇", label: "古县 / 岳阳镇", code: "141025100000", codeSource: .official, level: .township,
            retired: false, mergedInto: nil,
            children: [.init(id: 3, name: "偏涧村", level: .village, retired: false)], childCount: 1, servicePointCount: 2,
            mergeTargets: [.init(value: "4", label: "古县 / 北平镇")],
            history: [.init(at: Date(timeIntervalSince1970: 1_790_000_000), action: "region.rename", actor: "admin", detail: "{\"from\":\"岳阳乡\",\"to\":\"岳阳镇\"}")],
            canManage: true, problems: [], done: nil)

        static func load(_ region: Region, staff: StaffPrincipal, problems: [FieldProblem], done: String?, on db: any Database) async throws -> Model {
            let id = try region.requireID()
            let children = try await Region.query(on: db).filter(\.$parent.$id == id).sort(\.$retiredAt).sort(\.$name).limit(100).all()
            let childCount = try await Region.query(on: db).filter(\.$parent.$id == id).count()
            let points = try await ServicePoint.query(on: db).filter(\.$region.$id == id).filter(\.$closedAt == nil).count()
            var targets: [Region] = []
            if let parentID = region.$parent.id, !region.isRetired {
                targets = try await Region.query(on: db).filter(\.$parent.$id == parentID).filter(\.$level == region.level)
                    .filter(\.$retiredAt == nil).filter(\.$id != id).sort(\.$name).limit(500).all()
                    .filter { staff.allows(.manageRegions, in: $0.regionPath) }
            }
            let labels = try await RegionQueries.labels(for: [region] + targets, on: db)
            var merged: (Int, String)?
            if let into = region.mergedIntoID, let target = try await Region.find(into, on: db) { merged = (into, target.name) }
            let events = try await AuditEvent.query(on: db).filter(\.$targetType == "region").filter(\.$targetID == id)
                .sort(\.$at, .descending).limit(20).all()
            return Model(
                id: id, name: region.name, label: labels[id] ?? region.name, code: region.code, codeSource: region.codeSource,
                level: region.level, retired: region.isRetired, mergedInto: merged,
                children: children.compactMap { c in c.id.map { Child(id: $0, name: c.name, level: c.level, retired: c.isRetired) } },
                childCount: childCount, servicePointCount: points,
                mergeTargets: targets.compactMap { t in t.id.map { Forms.Option(value: String($0), label: labels[$0] ?? t.name) } },
                history: events.map { .init(at: $0.at, action: $0.action, actor: $0.actorName, detail: $0.detail) },
                canManage: staff.allows(.manageRegions, in: region.regionPath), problems: problems, done: done)
        }
    }
}

/// Wraps an audit action name for localisation lookups.
struct ActionName: RawRepresentable {
    let rawValue: String
}
