import Fluent
import FarunCore
import Vapor

/// Typical cases and FAQ: staff editing, publishing and retiring; the public pages; the search vocabulary editor.
enum KnowledgeEntriesController {
    static func register(_ routes: any RoutesBuilder) {
    }
}
