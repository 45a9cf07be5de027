import FarunCore
import Vapor

/// The service catalog (服务清单): public pages here; administration in `CatalogAdminController`, JSON in
/// `CatalogAPIController`.
enum CatalogController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .services, access: .everyone, use: list)
        routes.on(.GET, .service(.routeParameter), access: .everyone, use: sheet)
        CatalogAdminController.register(routes)
        CatalogAPIController.register(routes)
    }

    @Sendable static func list(req: Request) async throws -> PageResponse {
        let entries = try await CatalogQueries.active(on: req.db)
        let model = ServiceCatalogPage.Model(
            entries: entries.compactMap { e in e.id.map { .init(id: $0, service: e.serviceType) } },
            unspecifiedDaysAre: req.application.settings.unspecifiedDayUnit)
        return PageResponse(html: ServiceCatalogPage.View(model: model, context: req.pageContext).document())
    }

    /// 一次性告知单 of one active service; a retired one is not found.
    @Sendable static func sheet(req: Request) async throws -> PageResponse {
        let entry = try await CatalogQueries.findActive(try req.idParameter(), on: req.db)
        let model = ServiceSheetPage.Model(id: try entry.requireID(), service: entry.serviceType,
                                           unspecifiedDaysAre: req.application.settings.unspecifiedDayUnit)
        return PageResponse(html: ServiceSheetPage.View(model: model, context: req.pageContext).document())
    }
}
