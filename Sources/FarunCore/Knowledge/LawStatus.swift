import Foundation

/// A law version's status as its source publishes it (时效性). Whether a version is in force today is decided from
/// this and the effective date together: some 现行有效 rows only take effect in the future.
public enum LawStatus: String, Sendable, Codable, CaseIterable {
    /// 现行有效.
    case current
    /// 已被修改: superseded by a later version, or (刑法) changed by separate amendments.
    case amended
    /// 已废止.
    case repealed
    /// 历史版本.
    case historical

    /// The status from the source's Chinese wording; nil for anything unknown.
    public init?(sourceText: String) {
        switch sourceText.trimmingCharacters(in: .whitespaces) {
        case "现行有效": self = .current
        case "已被修改": self = .amended
        case "已废止": self = .repealed
        case "历史版本": self = .historical
        default: return nil
        }
    }
}

/// What staff publish besides statutes (知识库条目).
public enum KnowledgeEntryKind: String, Sendable, Codable, CaseIterable {
    /// 典型案例.
    case typicalCase = "case"
    /// 常见问答.
    case faq
}

/// A case or FAQ's life: written as a draft, published to citizens and the search, retired when outdated.
public enum KnowledgeEntryState: String, Sendable, Codable, CaseIterable {
    case draft
    case published
    case retired
}
