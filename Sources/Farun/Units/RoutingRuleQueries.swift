import Fluent
import FarunCore
import Vapor

/// Routing rules (分流规则: service or any × region → unit), read and changed within an administrator's scope.
enum RoutingRuleQueries {
    static func search(scopes: [RegionPath], page: PageRequest, on db: any Database) async throws -> ([RoutingRule], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = RoutingRule.query(on: db).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }
        let total = try await query.count()
        let rows = try await query.sort(\.$regionPath).sort(\.$serviceCode).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    struct Input: Sendable, Equatable {
        /// Empty: any service.
        var service = ""
        var regionID = ""
        var unitID = ""
    }

    static func create(_ input: Input, staff: StaffPrincipal, by req: Request) async throws -> RoutingRule {
        var problems: [FieldProblem] = []
        let scopes = staff.scopes(for: .manageRouting)
        var service: String?
        if !input.service.isEmpty {
            if try await CatalogEntry.query(on: req.db).filter(\.$code == input.service).filter(\.$retiredAt == nil).first() != nil {
                service = input.service
            } else {
                problems.append(.init(field: "service", message: .validationChoose))
            }
        }
        var region = try await Int(input.regionID).asyncMap { try await Region.find($0, on: req.db) } ?? nil
        if let r = region, r.isRetired || !staff.allows(.manageRouting, in: r.regionPath) { region = nil }
        if region == nil { problems.append(.init(field: "region_id", message: .validationChoose)) }
        let unit = try await Int(input.unitID).asyncMap { id in try await UnitQueries.choices(scopes: scopes, on: req.db).first { $0.id == id } } ?? nil
        if unit == nil { problems.append(.init(field: "unit_id", message: .validationChoose)) }
        if let region, problems.isEmpty {
            let same = RoutingRule.query(on: req.db).filter(\.$region.$id == (try region.requireID()))
            if let service { same.filter(\.$serviceCode == service) } else { same.filter(\.$serviceCode == nil) }
            if try await same.count() > 0 { problems.append(.init(field: "region_id", message: .routingRuleExists)) }
        }
        guard problems.isEmpty, let region, let unit else { throw AppError.validation(problems) }
        let code = service
        let rule = RoutingRule(serviceCode: code, regionID: try region.requireID(), regionPath: region.regionPath, unitID: try unit.requireID())
        try await req.db.transaction { db in
            try await rule.create(on: db)
            try await Audit.record("routing_rule.create", target: "routing_rule", id: rule.id, regionPath: region.regionPath,
                                   detail: ["service": code ?? "*", "region": String(try region.requireID()), "unit": String(try unit.requireID())],
                                   by: req, on: db)
        }
        return rule
    }

    static func delete(_ rule: RoutingRule, by req: Request) async throws {
        try await req.db.transaction { db in
            try await rule.delete(on: db)
            try await Audit.record("routing_rule.delete", target: "routing_rule", id: rule.id, regionPath: RegionPath(rule.regionPath),
                                   detail: ["service": rule.serviceCode ?? "*", "region": String(rule.$region.id), "unit": String(rule.$unit.id)],
                                   by: req, on: db)
        }
    }
}
