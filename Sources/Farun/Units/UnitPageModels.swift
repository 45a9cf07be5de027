import Fluent
import FarunCore
import Foundation

/// Builds the unit and routing-rule page models from the database.
enum UnitPageModels {
    static func rows(_ units: [HandlingUnit], on db: any Database) async throws -> [UnitIndexPage.Row] {
        let regions = try await regionLabels(units.map { $0.$region.id }, on: db)
        let heads = try await WorkOrderPageModels.staffNames(units.compactMap { $0.$head.id }, on: db)
        var rows: [UnitIndexPage.Row] = []
        for unit in units {
            let id = try unit.requireID()
            let members = try await UnitMember.query(on: db).filter(\.$unit.$id == id).count()
            let waiting = try await WorkOrder.query(on: db).filter(\.$unit.$id == id).filter(\.$state == .accepted).filter(\.$assignee.$id == nil).count()
            rows.append(.init(id: id, name: unit.name, region: regions[unit.$region.id] ?? "", strategy: unit.assignmentStrategy,
                              head: unit.$head.id.flatMap { heads[$0] }, members: members, waiting: waiting, retired: unit.retiredAt != nil))
        }
        return rows
    }

    static func regionLabels(_ ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let regions = try await Region.query(on: db).filter(\.$id ~~ Array(Set(ids))).all()
        return try await RegionQueries.labels(for: regions, on: db)
    }

    /// Regions in the administrator's routing scope, for pickers.
    static func regionOptions(_ staff: StaffPrincipal, on db: any Database) async throws -> [Forms.Option] {
        let regions = try await RegionQueries.choices(scopes: staff.scopes(for: .manageRouting), on: db)
        let labels = try await RegionQueries.labels(for: regions, on: db)
        return regions.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } }
    }

    static func form(unit: HandlingUnit?, input: UnitQueries.Input, problems: [FieldProblem], memberInput: UnitFormPage.MemberInput,
                     memberProblems: [FieldProblem], staff: StaffPrincipal, done: String?, on db: any Database) async throws -> UnitFormPage.Model {
        let people = try await UnitQueries.staffChoices(scopes: staff.scopes(for: .manageRouting), on: db)
        let members = try await unit.asyncMap { try await UnitQueries.members(of: try $0.requireID(), on: db) } ?? []
        let memberIDs = Set(members.map(\.staffID))
        let options = people.compactMap { p in p.id.map { Forms.Option(value: String($0), label: "\(p.displayName)（\(p.username)）") } }
        return .init(
            id: unit?.id, input: input, regions: try await regionOptions(staff, on: db), heads: options, problems: problems, members: members,
            candidates: options.filter { !memberIDs.contains(Int($0.value) ?? 0) }, memberInput: memberInput, memberProblems: memberProblems, done: done)
    }

    static func rules(page: PageRequest, input: RoutingRuleQueries.Input, problems: [FieldProblem], staff: StaffPrincipal, l: L10n, done: String?,
                      on db: any Database) async throws -> RoutingRulesPage.Model {
        let scopes = staff.scopes(for: .manageRouting)
        let (rules, info) = try await RoutingRuleQueries.search(scopes: scopes, page: page, on: db)
        let services = try await WorkOrderQueries.serviceNames(on: db)
        let regions = try await regionLabels(rules.map { $0.$region.id }, on: db)
        let ruleUnits = try await HandlingUnit.query(on: db).filter(\.$id ~~ Array(Set(rules.map { $0.$unit.id }))).all()
        let unitsByID = Dictionary(ruleUnits.compactMap { u in u.id.map { ($0, u) } }, uniquingKeysWith: { a, _ in a })
        let choices = try await UnitQueries.choices(scopes: scopes, on: db)
        let choiceRegions = try await regionLabels(choices.map { $0.$region.id }, on: db)
        return .init(
            rows: rules.compactMap { r in
                r.id.map { .init(id: $0, service: r.serviceCode.map { services[$0]?.name(l.language) ?? $0 }, region: regions[r.$region.id] ?? "",
                                 unit: unitsByID[r.$unit.id]?.name ?? "", unitRetired: unitsByID[r.$unit.id]?.retiredAt != nil) }
            },
            page: info, input: input,
            services: services.values.filter { !$0.isRetired }.sorted { $0.sortOrder < $1.sortOrder }.map { .init(value: $0.code, label: $0.name(l.language)) },
            regions: try await regionOptions(staff, on: db),
            units: choices.compactMap { u in u.id.map { .init(value: String($0), label: "\(u.name) · \(choiceRegions[u.$region.id] ?? "")") } },
            problems: problems, done: done)
    }
}
