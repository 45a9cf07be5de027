import Fluent
import FarunCore
import Vapor

/// Staff pages for service points: list, add, edit (capacity, hours, notice), close.
enum ServicePointsAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminServicePoints, access: .staff(.viewServicePoints), use: index)
        routes.on(.GET, .adminServicePointNew, access: .staff(.manageServicePoints), use: new)
        routes.on(.POST, .adminServicePointNew, access: .staff(.manageServicePoints), use: create)
        routes.on(.GET, .adminServicePoint(.routeParameter), access: .staff(.viewServicePoints), use: edit)
        routes.on(.POST, .adminServicePoint(.routeParameter), access: .staff(.manageServicePoints), use: update)
        routes.on(.POST, .adminServicePointClose(.routeParameter), access: .staff(.manageServicePoints), use: close)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.viewServicePoints)
        var filter = ServicePointQueries.Filter(text: req.queryValue("q"), kind: req.queryValue("kind").flatMap(ServicePointKind.init(rawValue:)),
                                                includeClosed: req.queryValue("closed") == "1")
        if let regionID = req.queryValue("region").flatMap(Int.init), let region = try await Region.find(regionID, on: req.db) {
            filter.within = region.regionPath
        }
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let (rows, info) = try await ServicePointQueries.search(filter, scopes: staff.scopes(for: .viewServicePoints), page: page, on: req.db)
        let labels = try await RegionQueries.labels(for: rows.map(\.region), on: req.db)
        let model = ServicePointIndexPage.Model(
            rows: rows.compactMap { p in p.id.map { .init(id: $0, name: p.name, kind: p.kind, region: labels[p.$region.id] ?? p.region.name, capacity: p.capacity, closed: p.closedAt != nil) } },
            page: info, query: filter.text ?? "", kind: filter.kind, includeClosed: filter.includeClosed,
            canManage: staff.allows(.manageServicePoints), done: req.queryValue("done"))
        return PageResponse(html: ServicePointIndexPage.View(model: model, context: req.pageContext).document())
    }

    private static func form(req: Request, id: Int?, input: ServicePointQueries.Input, problems: [FieldProblem], closed: Bool = false, status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.viewServicePoints)
        let canManage = staff.allows(.manageServicePoints)
        let choices = try await RegionQueries.choices(scopes: staff.scopes(for: .manageServicePoints), on: req.db)
        let labels = try await RegionQueries.labels(for: choices, on: req.db)
        var options = choices.compactMap { r in r.id.map { Forms.Option(value: String($0), label: labels[$0] ?? r.name) } }
        if let current = input.regionID, !options.contains(where: { $0.value == String(current) }), let region = try await Region.find(current, on: req.db) {
            let label = try await RegionQueries.labels(for: [region], on: req.db)[current] ?? region.name
            options.insert(.init(value: String(current), label: label), at: 0)
        }
        let model = ServicePointFormPage.Model(id: id, input: input, regions: options, problems: problems, canManage: canManage, closed: closed,
                                               done: req.queryValue("done"))
        return try await PageResponse(html: ServicePointFormPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var input = ServicePointQueries.Input()
        input.regionID = req.queryValue("region").flatMap(Int.init)
        input.capacity = "10"
        return try await form(req: req, id: nil, input: input, problems: [])
    }

    static func input(from req: Request) -> ServicePointQueries.Input {
        ServicePointQueries.Input(
            name: req.formValue("name") ?? "", kind: req.formValue("kind") ?? "", regionID: req.formValue("region_id").flatMap(Int.init),
            address: req.formValue("address") ?? "", openingHours: req.formValue("opening_hours") ?? "",
            capacity: req.formValue("capacity") ?? "", phone: req.formValue("phone") ?? "", notice: req.formValue("notice") ?? "")
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageServicePoints)
        let input = input(from: req)
        let point = ServicePoint()
        do {
            try await ServicePointQueries.save(input, into: point, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req: req, id: nil, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminServicePoint(try point.requireID()).path(query: [("done", "created")]))
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.viewServicePoints, in: point.region.regionPath, hideAs: .thingServicePoint)
        return try await form(req: req, id: point.id, input: .from(point), problems: [], closed: point.closedAt != nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        let staff = try req.requireStaff(.manageServicePoints, in: point.region.regionPath, hideAs: .thingServicePoint)
        let input = input(from: req)
        do {
            try await ServicePointQueries.save(input, into: point, staff: staff, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req: req, id: point.id, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminServicePoint(try point.requireID()).path(query: [("done", "saved")]))
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.manageServicePoints, in: point.region.regionPath, hideAs: .thingServicePoint)
        guard point.closedAt == nil else { throw AppError.conflict(.servicePointAlreadyClosed) }
        point.closedAt = req.now
        try await req.db.transaction { db in
            try await point.save(on: db)
            try await Audit.record("service_point.close", target: "service_point", id: point.id, regionPath: point.region.regionPath, by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminServicePoints.path(query: [("done", "closed")]))
    }
}
