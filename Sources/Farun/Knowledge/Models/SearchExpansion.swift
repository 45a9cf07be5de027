import Fluent
import Foundation

/// A staff-added row of the colloquial-to-legal vocabulary (口语 → 法律用语), used besides the shipped table.
final class SearchExpansion: Model, @unchecked Sendable {
    static let schema = "search_expansions"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // The mapping
    /// What citizens say, e.g. 老板.
    @Field(key: "colloquial") var colloquial: String
    /// The statutes' words it stands for, space-separated, e.g. "用人单位 雇主".
    @Field(key: "legal_terms") var legalTerms: String

    // Provenance
    @OptionalParent(key: "created_by") var createdBy: StaffUser?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
