import Fluent
import FarunCore
import Vapor

/// Citizens ask and follow up; lawyers answer on their workbench: the pages and the JSON API of 快解答.
enum ConsultationPagesController {
    static func register(_ routes: any RoutesBuilder) {
        ConsultationAPIController.register(routes)
    }
}
