import Vapor

/// Administration of handling units, their members and the routing rules.
enum UnitsAdminController {
    static func register(_ routes: any RoutesBuilder) {}
}
