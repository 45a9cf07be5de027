import Fluent
import Foundation

/// An article (条) of one law version. `label` (第一百三十三条之一, or 条目3 in an amendment) is its identity;
/// `number` is the arabic article number that 之一 articles share with their base article.
final class LawArticle: Model, @unchecked Sendable {
    static let schema = "law_articles"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "law_id") var law: Law

    // Position and number
    /// 1-based order within the law.
    @Field(key: "ordinal") var ordinal: Int
    @Field(key: "label") var label: String
    @OptionalField(key: "number") var number: Int?
    /// 0 for a base article, 1 for 之一, 2 for 之二.
    @Field(key: "supplement") var supplement: Int

    // Structure and text
    /// 编/章 heading, e.g. 第四章 劳动合同的解除和终止.
    @OptionalField(key: "chapter") var chapter: String?
    /// 节 heading.
    @OptionalField(key: "section") var section: String?
    @Field(key: "text") var text: String

    init() {}
}
