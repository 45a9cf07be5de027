import Fluent
import FarunCore
import Foundation

/// An answer or follow-up (解答 / 追问). Append-only: the database refuses UPDATE and DELETE (see M035).
final class ConsultationEntryRecord: Model, @unchecked Sendable {
    static let schema = "consultation_entries"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Where and what
    @Parent(key: "thread_id") var thread: ConsultationThreadRecord
    @Field(key: "kind") var kind: ConsultationEntry.Kind
    /// Follow-ups are stored masked like the question; answers as the lawyer wrote them.
    @Field(key: "text") var text: String
    @Field(key: "at") var at: Date
    /// Article references, one per line.
    @Field(key: "article_references") var articleReferences: String

    init() {}

    var articles: [String] { articleReferences.split(separator: "\n").map(String.init) }
}
