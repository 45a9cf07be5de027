import Fluent
import FarunCore
import Vapor

/// 人民调解 pages: intake at a mediation point and online, the mediator's case page, the printable agreement,
/// screening reports and statistics; and the JSON API.
enum MediationPagesController {
    static func register(_ routes: any RoutesBuilder) {
        MediationAPIController.register(routes)
    }
}
