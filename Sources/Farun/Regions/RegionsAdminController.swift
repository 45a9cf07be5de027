import Fluent
import FarunCore
import Vapor

/// Staff pages for the jurisdiction tree: list and search, add, rename, merge, retire.
enum RegionsAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminRegions, access: .staff(.viewRegions), use: index)
        routes.on(.GET, .adminRegionNew, access: .staff(.manageRegions), use: new)
        routes.on(.POST, .adminRegionNew, access: .staff(.manageRegions), use: create)
        routes.on(.GET, .adminRegion(.routeParameter), access: .staff(.viewRegions), use: show)
        routes.on(.POST, .adminRegion(.routeParameter), access: .staff(.manageRegions), use: rename)
        routes.on(.POST, .adminRegionRetire(.routeParameter), access: .staff(.manageRegions), use: retire)
        routes.on(.POST, .adminRegionMerge(.routeParameter), access: .staff(.manageRegions), use: merge)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.viewRegions)
        let filter = RegionQueries.Filter(
            text: req.queryValue("q"), level: req.queryValue("level").flatMap(RegionLevel.init(rawValue:)),
            parentID: req.queryValue("parent").flatMap(Int.init), includeRetired: req.queryValue("retired") == "1")
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50)
        let (rows, info) = try await RegionQueries.search(filter, scopes: staff.scopes(for: .viewRegions), page: page, on: req.db)
        let labels = try await RegionQueries.labels(for: rows, on: req.db)
        let model = RegionIndexPage.Model(
            rows: rows.compactMap { r in r.id.map { .init(id: $0, name: r.name, label: labels[$0] ?? r.name, code: r.code, codeSource: r.codeSource, level: r.level, retired: r.isRetired) } },
            page: info, query: filter.text ?? "", level: filter.level, parentID: filter.parentID, includeRetired: filter.includeRetired,
            canManage: staff.allows(.manageRegions), done: req.queryValue("done"))
        return PageResponse(html: RegionIndexPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func new(req: Request) async throws -> PageResponse {
        try await form(req: req, values: .init(parentID: req.queryValue("parent").flatMap(Int.init)), problems: [])
    }

    private static func form(req: Request, values: RegionFormPage.Values, problems: [FieldProblem], status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageRegions)
        let choices = try await RegionQueries.choices(scopes: staff.scopes(for: .manageRegions), on: req.db)
            .filter { $0.level != .group }
        let labels = try await RegionQueries.labels(for: choices, on: req.db)
        let model = RegionFormPage.Model(
            parents: choices.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } },
            values: values, problems: problems)
        return PageResponse(html: RegionFormPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let values = RegionFormPage.Values(
            parentID: req.formValue("parent_id").flatMap(Int.init), level: req.formValue("level") ?? "",
            name: req.formValue("name") ?? "", code: req.formValue("code") ?? "")
        guard let level = RegionLevel(rawValue: values.level) else {
            return try await form(req: req, values: values, problems: [.init(field: "level", message: .validationChoose)], status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
        if let parentID = values.parentID {
            let parent = try await RegionQueries.find(parentID, on: req.db)
            try req.requireStaff(.manageRegions, in: parent.regionPath, hideAs: .thingRegion)
        }
        do {
            let region = try await req.db.transaction { db in
                let region = try await RegionQueries.create(.init(name: values.name, level: level, parentID: values.parentID, code: values.code), on: db)
                try await Audit.record("region.create", target: "region", id: region.id, regionPath: region.regionPath,
                                       detail: ["name": region.name, "level": level.rawValue, "code": region.code ?? ""], by: req, on: db)
                return region
            }
            return req.redirect(to: SiteURL.adminRegion(try region.requireID()).path(query: [("done", "created")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req: req, values: values, problems: error.fieldProblems, status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    @Sendable static func show(req: Request) async throws -> PageResponse {
        let region = try await RegionQueries.find(try req.idParameter(), on: req.db)
        let staff = try req.requireStaff(.viewRegions, in: region.regionPath, hideAs: .thingRegion)
        return PageResponse(html: RegionShowPage.View(model: try await RegionShowPage.Model.load(region, staff: staff, problems: [], done: req.queryValue("done"), on: req.db),
                                                      context: req.pageContext).document())
    }

    private static func showWithProblems(_ region: Region, req: Request, problems: [FieldProblem]) async throws -> Response {
        let staff = try req.requireStaff(.viewRegions, in: region.regionPath, hideAs: .thingRegion)
        let model = try await RegionShowPage.Model.load(region, staff: staff, problems: problems, done: nil, on: req.db)
        return try await PageResponse(html: RegionShowPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
            .encodeResponse(for: req)
    }

    @Sendable static func rename(req: Request) async throws -> Response {
        let region = try await RegionQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.manageRegions, in: region.regionPath, hideAs: .thingRegion)
        do {
            try await req.db.transaction { db in
                let old = try await RegionQueries.rename(region, to: req.formValue("name") ?? "", on: db)
                try await Audit.record("region.rename", target: "region", id: region.id, regionPath: region.regionPath,
                                       detail: ["from": old, "to": region.name], by: req, on: db)
            }
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await showWithProblems(region, req: req, problems: error.fieldProblems)
        }
        return req.redirect(to: SiteURL.adminRegion(try region.requireID()).path(query: [("done", "renamed")]))
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        let region = try await RegionQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.manageRegions, in: region.regionPath, hideAs: .thingRegion)
        try await req.db.transaction { db in
            try await RegionQueries.retire(region, at: req.now, on: db)
            try await Audit.record("region.retire", target: "region", id: region.id, regionPath: region.regionPath, by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminRegion(try region.requireID()).path(query: [("done", "retired")]))
    }

    @Sendable static func merge(req: Request) async throws -> Response {
        let source = try await RegionQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.manageRegions, in: source.regionPath, hideAs: .thingRegion)
        guard let targetID = req.formValue("target_id").flatMap(Int.init), let target = try await Region.find(targetID, on: req.db),
              req.staff?.allows(.manageRegions, in: target.regionPath) == true
        else { return try await showWithProblems(source, req: req, problems: [.init(field: "target_id", message: .validationChoose)]) }
        do {
            try await req.db.transaction { db in
                try await RegionQueries.merge(source, into: target, at: req.now, on: db)
                try await Audit.record("region.merge", target: "region", id: source.id, regionPath: source.regionPath,
                                       detail: ["into": String(targetID), "into_name": target.name], by: req, on: db)
            }
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await showWithProblems(source, req: req, problems: error.fieldProblems)
        }
        return req.redirect(to: SiteURL.adminRegion(targetID).path(query: [("done", "merged")]))
    }
}
