import FarunCore
import Vapor

/// The catalog as JSON: anyone may read the active services; catalog administrators may replace one.
enum CatalogAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .api(.services), access: .everyone,
                  doc: .init(summary: "Active services of the catalog (public)", tag: "catalog",
                             query: [.init(name: "channel", type: "string", description: "only services this channel may start (window, kiosk, hotline, web, mobile_web, robot)"),
                                     .init(name: "page", type: "integer", description: "1-based page"),
                                     .init(name: "per", type: "integer", description: "items per page, at most 100")],
                             responseSchema: "Service", isList: true), use: list)
        routes.on(.GET, .api(.service(.routeParameter)), access: .everyone,
                  doc: .init(summary: "One active service with its materials and time limits (public)", tag: "catalog", responseSchema: "Service"), use: one)
        routes.on(.PUT, .api(.service(.routeParameter)), access: .staff(.manageServiceCatalog),
                  doc: .init(summary: "Replace a service (optimistic version check; the code never changes)", tag: "catalog",
                             requestSchema: "ServiceWrite", responseSchema: "Service"), use: replace)
    }

    @Sendable static func list(req: Request) async throws -> PageDTO<ServiceDTO> {
        var channel: WorkOrderChannel?
        if let raw = req.queryValue("channel") {
            guard let parsed = WorkOrderChannel(rawValue: raw) else { throw AppError.validation([.init(field: "channel", message: .validationChoose)]) }
            channel = parsed
        }
        let rows = try await CatalogQueries.active(channel: channel, on: req.db)
        let page = APIController.pageRequest(req)
        let items = try rows.dropFirst(page.offset).prefix(page.per).map(ServiceDTO.init)
        return PageDTO(items: items, info: PageInfo(request: page, total: rows.count))
    }

    @Sendable static func one(req: Request) async throws -> ServiceDTO {
        try ServiceDTO(try await CatalogQueries.findActive(try req.idParameter(), on: req.db))
    }

    @Sendable static func replace(req: Request) async throws -> ServiceDTO {
        let root = try await CatalogWrites.requireAdministrator(req)
        let entry = try await CatalogQueries.find(try req.idParameter(), on: req.db)
        let input = try req.content.decode(ServiceWriteDTO.self)
        let (service, unreadable) = input.service(code: entry.code)
        guard unreadable.isEmpty else { throw AppError.validation((unreadable + service.problems()).map(\.fieldProblem)) }
        try await CatalogWrites.update(entry, to: service, seenVersion: input.version, root: root, by: req)
        return try ServiceDTO(entry)
    }
}
