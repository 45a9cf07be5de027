import Fluent
import FarunCore
import Vapor

/// The lawyers' live workbench feed (Server-Sent Events), fed on every instance by PostgreSQL notifications.
enum ConsultationStreamController {
    static func register(_ routes: any RoutesBuilder) {
    }
}
