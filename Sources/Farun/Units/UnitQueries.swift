import Fluent
import FarunCore
import Vapor

/// Handling units and their members: reading within an administrator's scope, and every change with its audit
/// entry in the same transaction.
enum UnitQueries {
    static func search(text: String?, includeRetired: Bool = false, scopes: [RegionPath], page: PageRequest,
                       on db: any Database) async throws -> ([HandlingUnit], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = HandlingUnit.query(on: db).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }
        if !includeRetired { query.filter(\.$retiredAt == nil) }
        if let text, !text.isEmpty { query.filter(\.$name, .custom("LIKE"), "%\(RegionQueries.escapeLike(text))%") }
        let total = try await query.count()
        let rows = try await query.sort(\.$regionPath).sort(\.$name).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    /// Active units inside the scopes, for pickers.
    static func choices(scopes: [RegionPath], on db: any Database) async throws -> [HandlingUnit] {
        guard !scopes.isEmpty else { return [] }
        return try await HandlingUnit.query(on: db).filter(\.$retiredAt == nil).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }.sort(\.$regionPath).sort(\.$name).all()
    }

    static func find(_ id: Int, on db: any Database) async throws -> HandlingUnit {
        guard let unit = try await HandlingUnit.find(id, on: db) else { throw AppError.notFound(.unitEntity) }
        return unit
    }

    /// Enabled staff with a grant inside the scopes (heads and members come from here).
    static func staffChoices(scopes: [RegionPath], on db: any Database) async throws -> [StaffUser] {
        try await StaffQueries.search(.init(), scopes: scopes, page: PageRequest(page: 1, per: 2000, maxPer: 2000), on: db).0
    }

    // MARK: - The unit itself

    struct Input: Sendable, Equatable {
        var name = ""
        var regionID = ""
        var strategy = AssignmentStrategy.roundRobin.rawValue
        var headID = ""
        var phone = ""

        static func from(_ unit: HandlingUnit) -> Input {
            Input(name: unit.name, regionID: String(unit.$region.id), strategy: unit.assignmentStrategy.rawValue,
                  headID: unit.$head.id.map(String.init) ?? "", phone: unit.phone)
        }
    }

    static let maximumNameLength = 80

    /// Checks the input against the administrator's scope and writes it into `unit` (new or existing).
    static func save(_ input: Input, into unit: HandlingUnit, staff: StaffPrincipal, by req: Request) async throws {
        var problems: [FieldProblem] = []
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(.init(field: "name", message: .validationRequired)) }
        if name.count > maximumNameLength { problems.append(.init(field: "name", message: .validationTooLong, args: ["\(maximumNameLength)"])) }
        var region = try await Int(input.regionID).asyncMap { try await Region.find($0, on: req.db) } ?? nil
        if let r = region, r.isRetired || !staff.allows(.manageRouting, in: r.regionPath) { region = nil }
        if region == nil { problems.append(.init(field: "region_id", message: .validationChoose)) }
        let strategy = AssignmentStrategy(rawValue: input.strategy)
        if strategy == nil { problems.append(.init(field: "strategy", message: .validationChoose)) }
        var headID: Int?
        if let id = Int(input.headID) {
            let allowed = try await staffChoices(scopes: staff.scopes(for: .manageRouting), on: req.db).contains { $0.id == id }
            if allowed { headID = id } else { problems.append(.init(field: "head_id", message: .validationChoose)) }
        }
        var phone = ""
        if !input.phone.isEmpty {
            if let normalized = try? PhoneNumber.normalizeContact(input.phone) { phone = normalized } else {
                problems.append(.init(field: "phone", message: .validationPhone))
            }
        }
        guard problems.isEmpty, let region, let strategy else { throw AppError.validation(problems) }
        let isNew = unit.id == nil
        let head = headID
        unit.name = name
        unit.$region.id = try region.requireID()
        unit.regionPath = region.regionPath.value
        unit.assignmentStrategy = strategy
        unit.$head.id = headID
        unit.phone = phone
        try await req.db.transaction { db in
            try await unit.save(on: db)
            try await Audit.record(isNew ? "unit.create" : "unit.update", target: "unit", id: unit.id, regionPath: unit.path,
                                   detail: ["name": name, "strategy": strategy.rawValue, "head": head.map(String.init) ?? "", "region": String(unit.$region.id)],
                                   by: req, on: db)
        }
    }

    // MARK: - Members

    struct MemberRow: Sendable {
        let id: Int
        let staffID: Int
        let name: String
        let capacity: Int
        let openLoad: Int
    }

    static func members(of unitID: Int, on db: any Database) async throws -> [MemberRow] {
        let rows = try await UnitMember.query(on: db).filter(\.$unit.$id == unitID).with(\.$staff).sort(\.$position).sort(\.$id).all()
        var out: [MemberRow] = []
        for row in rows {
            out.append(.init(id: try row.requireID(), staffID: row.$staff.id, name: row.staff.displayName, capacity: row.capacity,
                             openLoad: try await WorkOrderQueue.openLoad(of: row.$staff.id, on: db)))
        }
        return out
    }

    static let capacityRange = 1...200

    /// Adds a back-office person from the administrator's scope, with how many open orders they may hold.
    static func addMember(staffID: String, capacity: String, to unit: HandlingUnit, staff: StaffPrincipal, by req: Request) async throws {
        var problems: [FieldProblem] = []
        let unitID = try unit.requireID()
        let candidate = try await Int(staffID).asyncMap { id in
            try await staffChoices(scopes: staff.scopes(for: .manageRouting), on: req.db).first { $0.id == id }
        } ?? nil
        if let candidate {
            let grants = try await RoleGrant.query(on: req.db).filter(\.$user.$id == (try candidate.requireID())).all()
            if !grants.contains(where: { $0.role.permissions.contains(.handleWorkOrders) }) {
                problems.append(.init(field: "staff_id", message: .unitMemberCannotHandle))
            } else if try await UnitMember.query(on: req.db).filter(\.$unit.$id == unitID).filter(\.$staff.$id == (try candidate.requireID())).count() > 0 {
                problems.append(.init(field: "staff_id", message: .unitMemberExists))
            }
        } else {
            problems.append(.init(field: "staff_id", message: .validationChoose))
        }
        let limit = Int(capacity).flatMap { capacityRange.contains($0) ? $0 : nil }
        if limit == nil { problems.append(.init(field: "capacity", message: .unitCapacityInvalid, args: ["\(capacityRange.lowerBound)", "\(capacityRange.upperBound)"])) }
        guard problems.isEmpty, let candidate, let limit else { throw AppError.validation(problems) }
        try await req.db.transaction { db in
            let last = try await UnitMember.query(on: db).filter(\.$unit.$id == unitID).max(\.$position) ?? -1
            let member = UnitMember(unitID: unitID, staffID: try candidate.requireID(), capacity: limit, position: last + 1)
            try await member.create(on: db)
            try await Audit.record("unit.member_add", target: "unit", id: unitID, regionPath: unit.path,
                                   detail: ["staff": String(try candidate.requireID()), "capacity": String(limit)], by: req, on: db)
        }
    }

    static func removeMember(_ memberID: Int, from unit: HandlingUnit, by req: Request) async throws {
        let unitID = try unit.requireID()
        guard let member = try await UnitMember.query(on: req.db).filter(\.$id == memberID).filter(\.$unit.$id == unitID).first() else {
            throw AppError.notFound(.unitMemberEntity)
        }
        try await req.db.transaction { db in
            try await member.delete(on: db)
            try await Audit.record("unit.member_remove", target: "unit", id: unitID, regionPath: unit.path,
                                   detail: ["staff": String(member.$staff.id)], by: req, on: db)
        }
    }

    /// Changes how many open orders a member may hold. Lowering it below their current load takes nothing away:
    /// they simply get no new orders until they are under it again.
    static func updateMember(_ memberID: Int, capacity: String, in unit: HandlingUnit, by req: Request) async throws {
        let unitID = try unit.requireID()
        guard let member = try await UnitMember.query(on: req.db).filter(\.$id == memberID).filter(\.$unit.$id == unitID).first() else {
            throw AppError.notFound(.unitMemberEntity)
        }
        guard let limit = Int(capacity.trimmingCharacters(in: .whitespaces)), capacityRange.contains(limit) else {
            throw AppError.validation([.init(field: "capacity", message: .unitCapacityInvalid,
                                             args: ["\(capacityRange.lowerBound)", "\(capacityRange.upperBound)"])])
        }
        let before = member.capacity
        guard before != limit else { return }
        member.capacity = limit
        try await req.db.transaction { db in
            try await member.save(on: db)
            try await Audit.record("unit.member_update", target: "unit", id: unitID, regionPath: unit.path,
                                   detail: ["staff": String(member.$staff.id), "capacity": "\(before) → \(limit)"], by: req, on: db)
        }
    }
}
