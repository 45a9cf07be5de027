import Fluent
import FarunCore
import Vapor

/// Administration of handling units, their members and the routing rules, always within the administrator's
/// region scope (other regions' units and rules answer 404).
enum UnitsAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminUnits, access: .staff(.manageRouting), use: index)
        routes.on(.GET, .adminUnitNew, access: .staff(.manageRouting), use: new)
        routes.on(.POST, .adminUnitNew, access: .staff(.manageRouting), use: create)
        routes.on(.GET, .adminUnit(.routeParameter), access: .staff(.manageRouting), use: edit)
        routes.on(.POST, .adminUnit(.routeParameter), access: .staff(.manageRouting), use: update)
        routes.on(.POST, .adminUnitMembers(.routeParameter), access: .staff(.manageRouting), use: addMember)
        routes.on(.POST, .adminUnitMemberDelete(.routeParameter, member: .routeParameter), access: .staff(.manageRouting), use: removeMember)
        routes.on(.POST, .adminUnitMemberUpdate(.routeParameter, member: .routeParameter), access: .staff(.manageRouting), use: updateMember)
        routes.on(.GET, .adminUnitRetire(.routeParameter), access: .staff(.manageRouting), use: confirmRetire)
        routes.on(.POST, .adminUnitRetire(.routeParameter), access: .staff(.manageRouting), use: retire)
        routes.on(.GET, .adminRoutingRules, access: .staff(.manageRouting), use: rules)
        routes.on(.POST, .adminRoutingRules, access: .staff(.manageRouting), use: createRule)
        routes.on(.POST, .adminRoutingRuleDelete(.routeParameter), access: .staff(.manageRouting), use: deleteRule)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageRouting)
        let text = req.queryValue("q")
        let includeRetired = req.queryValue("retired") == "1"
        let (units, info) = try await UnitQueries.search(text: text, includeRetired: includeRetired, scopes: staff.scopes(for: .manageRouting),
                                                          page: PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30), on: req.db)
        let model = UnitIndexPage.Model(rows: try await UnitPageModels.rows(units, on: req.db), page: info, query: text ?? "", done: req.queryValue("done"),
                                        includeRetired: includeRetired)
        return PageResponse(html: UnitIndexPage.View(model: model, context: req.pageContext).document())
    }

    /// A unit loaded for an administrator who may manage routing where it is; elsewhere it does not exist.
    private static func scopedUnit(_ req: Request) async throws -> (HandlingUnit, StaffPrincipal) {
        let unit = try await UnitQueries.find(try req.idParameter(), on: req.db)
        let staff = try req.requireStaff(.manageRouting, in: unit.path, hideAs: .unitEntity)
        return (unit, staff)
    }

    private static func form(_ req: Request, unit: HandlingUnit?, input: UnitQueries.Input, problems: [FieldProblem] = [],
                             memberInput: UnitFormPage.MemberInput = .init(), memberProblems: [FieldProblem] = [],
                             memberEdit: UnitFormPage.MemberEdit? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.manageRouting)
        var model = try await UnitPageModels.form(unit: unit, input: input, problems: problems, memberInput: memberInput, memberProblems: memberProblems,
                                                  staff: staff, done: req.queryValue("done"), on: req.db)
        model.memberEdit = memberEdit
        model.retired = unit?.retiredAt != nil
        return try await PageResponse(html: UnitFormPage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
    }

    static func input(from req: Request) -> UnitQueries.Input {
        UnitQueries.Input(name: req.formValue("name") ?? "", regionID: req.formValue("region_id") ?? "", strategy: req.formValue("strategy") ?? "",
                          headID: req.formValue("head_id") ?? "", phone: req.formValue("phone") ?? "")
    }

    @Sendable static func new(req: Request) async throws -> Response {
        try await form(req, unit: nil, input: .init())
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageRouting)
        let input = input(from: req)
        let unit = HandlingUnit()
        do {
            try await UnitQueries.save(input, into: unit, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, unit: nil, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "created")]))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let (unit, _) = try await scopedUnit(req)
        return try await form(req, unit: unit, input: .from(unit))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let (unit, staff) = try await scopedUnit(req)
        let input = input(from: req)
        do {
            try await UnitQueries.save(input, into: unit, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, unit: unit, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "saved")]))
    }

    @Sendable static func addMember(req: Request) async throws -> Response {
        let (unit, staff) = try await scopedUnit(req)
        let memberInput = UnitFormPage.MemberInput(staffID: req.formValue("staff_id") ?? "", capacity: req.formValue("capacity") ?? "")
        do {
            try await UnitQueries.addMember(staffID: memberInput.staffID, capacity: memberInput.capacity, to: unit, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, unit: unit, input: .from(unit), memberInput: memberInput, memberProblems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "member_added")]))
    }

    @Sendable static func removeMember(req: Request) async throws -> Response {
        let (unit, _) = try await scopedUnit(req)
        try await UnitQueries.removeMember(try req.idParameter("member"), from: unit, by: req)
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "member_removed")]))
    }

    @Sendable static func updateMember(req: Request) async throws -> Response {
        let (unit, _) = try await scopedUnit(req)
        let memberID = try req.idParameter("member")
        let capacity = req.formValue("capacity") ?? ""
        do {
            try await UnitQueries.updateMember(memberID, capacity: capacity, in: unit, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, unit: unit, input: .from(unit), memberEdit: .init(id: memberID, capacity: capacity, problems: error.fieldProblems),
                                  status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "member_updated")]))
    }

    // MARK: - Retiring a unit

    /// The confirmation step (a page of its own, so it works without JavaScript); it already says when open
    /// orders stand in the way.
    private static func retirePage(_ req: Request, unit: HandlingUnit, status: HTTPResponseStatus = .ok) async throws -> Response {
        let id = try unit.requireID()
        let model = UnitRetirePage.Model(id: id, name: unit.name, retired: unit.retiredAt != nil,
                                         openOrders: try await UnitRetirement.openOrders(of: id, on: req.db),
                                         rules: try await UnitRetirement.rules(of: id, on: req.db).count)
        return try await PageResponse(html: UnitRetirePage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
    }

    @Sendable static func confirmRetire(req: Request) async throws -> Response {
        let (unit, _) = try await scopedUnit(req)
        return try await retirePage(req, unit: unit)
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        let (unit, _) = try await scopedUnit(req)
        do {
            try await UnitRetirement.retire(unit, by: req)
        } catch let error as AppError {
            guard case .conflict = error else { throw error }
            return try await retirePage(req, unit: try await UnitQueries.find(try unit.requireID(), on: req.db), status: .conflict)
        }
        return req.redirect(to: SiteURL.adminUnit(try unit.requireID()).path(query: [("done", "retired")]))
    }

    // MARK: - Routing rules

    private static func rulesPage(_ req: Request, input: RoutingRuleQueries.Input = .init(), problems: [FieldProblem] = [],
                                  status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.manageRouting)
        let model = try await UnitPageModels.rules(page: PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50), input: input,
                                                   problems: problems, staff: staff, l: req.l10n, done: req.queryValue("done"), on: req.db)
        return try await PageResponse(html: RoutingRulesPage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
    }

    @Sendable static func rules(req: Request) async throws -> Response {
        try await rulesPage(req)
    }

    @Sendable static func createRule(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageRouting)
        let input = RoutingRuleQueries.Input(service: req.formValue("service") ?? "", regionID: req.formValue("region_id") ?? "",
                                             unitID: req.formValue("unit_id") ?? "")
        do {
            _ = try await RoutingRuleQueries.create(input, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await rulesPage(req, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminRoutingRules.path(query: [("done", "created")]))
    }

    @Sendable static func deleteRule(req: Request) async throws -> Response {
        guard let rule = try await RoutingRule.find(try req.idParameter(), on: req.db), let path = RegionPath(rule.regionPath) else {
            throw AppError.notFound(.routingRuleEntity)
        }
        try req.requireStaff(.manageRouting, in: path, hideAs: .routingRuleEntity)
        try await RoutingRuleQueries.delete(rule, by: req)
        return req.redirect(to: SiteURL.adminRoutingRules.path(query: [("done", "deleted")]))
    }
}
