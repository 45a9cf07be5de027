import Vapor

/// The service catalog: public pages, administration and API.
enum CatalogController {
    static func register(_ routes: any RoutesBuilder) {}
}
