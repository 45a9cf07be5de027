/// Where a division code comes from (代码来源).
public enum CodeSource: String, Sendable, Codable, CaseIterable {
    /// Published by the Ministry of Civil Affairs or the statistics bureau.
    case official
    /// Assigned by Farun, e.g. for villages, which have no official codes in our data.
    case local
}
