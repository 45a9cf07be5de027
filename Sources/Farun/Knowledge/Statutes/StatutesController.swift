import Fluent
import FarunCore
import Vapor

/// Statutes: the law pages, the article look-up API and the citation checker.
enum StatutesController {
    static func register(_ routes: any RoutesBuilder) {
    }
}
