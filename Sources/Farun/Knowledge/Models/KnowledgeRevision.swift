import Fluent
import Foundation

/// The revision counter of one part of the search index; see M032.
final class KnowledgeRevision: Model, @unchecked Sendable {
    static let schema = "knowledge_revisions"

    /// The part's stable name.
    enum Part: String, Sendable, CaseIterable {
        case statutes
        case entries
        case expansions
    }

    @ID(custom: "part", generatedBy: .user) var id: String?
    @Field(key: "revision") var revision: Int
    @Field(key: "changed_at") var changedAt: Date

    init() {}
}
