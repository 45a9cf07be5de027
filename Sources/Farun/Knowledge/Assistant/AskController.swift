import Fluent
import FarunCore
import Vapor

/// The 法律服务机器人 (self-service Q&A): the citizen page, the hand-off to a person, and the search API.
enum AskController {
    static func register(_ routes: any RoutesBuilder) {
    }
}
