import Fluent
import FarunCore
import Foundation

/// A typical case (典型案例) or FAQ (常见问答) written by staff and searched with the statutes.
final class KnowledgeEntry: Model, @unchecked Sendable {
    static let schema = "knowledge_entries"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Content
    @Field(key: "kind") var kind: KnowledgeEntryKind
    /// A case's title, or a FAQ's question.
    @Field(key: "title") var title: String
    /// A case's facts in brief, or a FAQ's short answer.
    @Field(key: "summary") var summary: String
    /// A case's reasoning and outcome, or a FAQ's full answer.
    @Field(key: "body") var body: String
    @Field(key: "legal_field") var legalField: LegalField
    /// The region that wrote it; its staff edit it. Published entries are public everywhere.
    @Parent(key: "region_id") var region: Region
    /// E.g. 最高人民法院指导案例 23 号, or the bureau that answered.
    @Field(key: "source") var source: String

    // Lifecycle
    @Field(key: "state") var state: KnowledgeEntryState
    @OptionalField(key: "published_at") var publishedAt: Date?
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @OptionalParent(key: "created_by") var createdBy: StaffUser?
    @OptionalParent(key: "updated_by") var updatedBy: StaffUser?
    /// Optimistic lock: an edit names the version it started from.
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$entry) var articles: [KnowledgeEntryArticle]

    init() {}

    /// Copies validated content and the owning region into the row (the lifecycle fields are the caller's).
    func apply(_ content: KnowledgeEntryContent, regionID: Int) {
        kind = content.kind
        title = content.title
        summary = content.summary
        body = content.body
        legalField = content.legalField
        source = content.source
        $region.id = regionID
    }
}

/// A statute article a case or FAQ relies on, named by law and label so re-imports keep the link.
final class KnowledgeEntryArticle: Model, @unchecked Sendable {
    static let schema = "knowledge_entry_articles"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "entry_id") var entry: KnowledgeEntry

    // The article
    @Field(key: "law_name") var lawName: String
    @Field(key: "article_label") var articleLabel: String
    @OptionalField(key: "article_number") var articleNumber: Int?
    /// Order in which the author listed them.
    @Field(key: "position") var position: Int

    init() {}
}
