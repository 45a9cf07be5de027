import Vapor

/// Front-desk and back-office pages for work orders.
enum WorkOrderPagesController {
    static func register(_ routes: any RoutesBuilder) {}
}
