import FarunCore
import Vapor

/// 服务清单管理: list, create, edit, retire and restore catalog entries. Anyone holding
/// `manageServiceCatalog` may look; only an administrator at the root region may change (`CatalogWrites`).
enum CatalogAdminController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminServices, access: .staff(.manageServiceCatalog), use: index)
        routes.on(.GET, .adminServiceNew, access: .staff(.manageServiceCatalog), use: new)
        routes.on(.POST, .adminServiceNew, access: .staff(.manageServiceCatalog), use: create)
        routes.on(.GET, .adminService(.routeParameter), access: .staff(.manageServiceCatalog), use: edit)
        routes.on(.POST, .adminService(.routeParameter), access: .staff(.manageServiceCatalog), use: update)
        routes.on(.GET, .adminServiceRetire(.routeParameter), access: .staff(.manageServiceCatalog), use: confirmRetire)
        routes.on(.POST, .adminServiceRetire(.routeParameter), access: .staff(.manageServiceCatalog), use: retire)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        try req.requireStaff(.manageServiceCatalog)
        let filter = CatalogQueries.Filter(text: req.queryValue("q").map { String($0.prefix(60)) },
                                           status: req.queryValue("status").flatMap(CatalogQueries.Status.init(rawValue:)))
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let (rows, info) = try await CatalogQueries.search(filter, page: page, on: req.db)
        let model = CatalogAdminIndexPage.Model(
            rows: rows.compactMap { e in e.id.map { .init(id: $0, service: e.serviceType, retired: e.isRetired) } },
            page: info, query: filter.text ?? "", status: filter.status, canManage: try await CatalogWrites.mayChange(req),
            done: req.queryValue("done"))
        return PageResponse(html: CatalogAdminIndexPage.View(model: model, context: req.pageContext).document())
    }

    private static func form(_ req: Request, entry: CatalogEntry?, edit: ServiceCatalogEdit, version: Int, problems: [FieldProblem] = [],
                             stale: Bool = false, status: HTTPResponseStatus = .ok) async throws -> Response {
        try req.requireStaff(.manageServiceCatalog)
        let model = CatalogAdminFormPage.Model(
            id: entry?.id, edit: edit, version: version, retired: entry?.isRetired ?? false, problems: problems, stale: stale,
            canManage: try await CatalogWrites.mayChange(req), done: req.queryValue("done"))
        return try await PageResponse(html: CatalogAdminFormPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    @Sendable static func new(req: Request) async throws -> Response {
        // New services start with the channels a citizen can use anywhere; the administrator narrows them.
        try await form(req, entry: nil, edit: ServiceCatalogEdit(channels: WorkOrderChannel.allCases.map(\.rawValue), isFree: true), version: 0)
    }

    /// What the form sent. `code` is only read on create.
    static func edit(from req: Request) -> ServiceCatalogEdit {
        func limit(_ prefix: String) -> ServiceCatalogEdit.LimitFields {
            .init(count: req.formValue("\(prefix)_count") ?? "", unit: req.formValue("\(prefix)_unit") ?? "",
                  citation: req.formValue("\(prefix)_citation") ?? "", text: req.formValue("\(prefix)_text") ?? "",
                  rule: req.formValue("\(prefix)_rule") ?? "")
        }
        return ServiceCatalogEdit(
            code: req.formValue("code") ?? "", nameZh: req.formValue("name_zh") ?? "", nameEn: req.formValue("name_en") ?? "",
            handler: req.formValue("handler") ?? "", materials: req.formValue("materials") ?? "",
            acceptance: limit("acceptance"), handling: limit("handling"), otherLimits: req.formValue("other_limits") ?? "",
            channels: req.formValues("channels"), isFree: req.formValue("is_free") == "1")
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let root = try await CatalogWrites.requireAdministrator(req)
        let input = edit(from: req)
        do {
            let service = try input.parse().mapError { AppError.validation($0.problems.map(\.fieldProblem)) }.get()
            let entry = try await CatalogWrites.create(service, root: root, by: req)
            return req.redirect(to: SiteURL.adminService(try entry.requireID()).path(query: [("done", "created")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, entry: nil, edit: input, version: 0, problems: error.fieldProblems, status: .unprocessableEntity)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        try req.requireStaff(.manageServiceCatalog)
        let entry = try await CatalogQueries.find(try req.idParameter(), on: req.db)
        return try await form(req, entry: entry, edit: ServiceCatalogEdit(entry.serviceType), version: entry.version)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let root = try await CatalogWrites.requireAdministrator(req)
        let entry = try await CatalogQueries.find(try req.idParameter(), on: req.db)
        var input = edit(from: req)
        input.code = entry.code
        let seen = req.formValue("version").flatMap(Int.init) ?? -1
        do {
            let service = try input.parse().mapError { AppError.validation($0.problems.map(\.fieldProblem)) }.get()
            try await CatalogWrites.update(entry, to: service, seenVersion: seen, root: root, by: req)
            return req.redirect(to: SiteURL.adminService(try entry.requireID()).path(query: [("done", "saved")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await form(req, entry: entry, edit: input, version: seen, problems: error.fieldProblems, status: .unprocessableEntity)
        } catch AppError.conflict(.catalogStale, _) {
            return try await form(req, entry: entry, edit: input, version: seen, stale: true, status: .conflict)
        }
    }

    @Sendable static func confirmRetire(req: Request) async throws -> PageResponse {
        try await CatalogWrites.requireAdministrator(req)
        let entry = try await CatalogQueries.find(try req.idParameter(), on: req.db)
        let model = CatalogRetirePage.Model(id: try entry.requireID(), code: entry.code, name: entry.name(req.language),
                                            retired: entry.isRetired, version: entry.version)
        return PageResponse(html: CatalogRetirePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        let root = try await CatalogWrites.requireAdministrator(req)
        let entry = try await CatalogQueries.find(try req.idParameter(), on: req.db)
        let retiring = req.formValue("action") != "restore"
        let seen = req.formValue("version").flatMap(Int.init) ?? -1
        try await CatalogWrites.setRetired(retiring, entry, seenVersion: seen, root: root, by: req)
        return req.redirect(to: SiteURL.adminService(try entry.requireID()).path(query: [("done", retiring ? "retired" : "restored")]))
    }
}
