import FarunCore
import Foundation

/// Which version of each law is the law today, from the published status and the effective date together.
/// Stand-in for the statute helper's rules until they land; the rules are the (§1 of RULES.md):
/// - a 现行有效 row whose effective date has come is in force; one dated in the future is not yet in force;
/// - a law with no 现行有效 row in force today (刑法, 商标法 before 2027) is in force in its latest version that
///   is neither repealed nor in the future;
/// - every other version is superseded; 已废止 is repealed.
enum LawStandings {
    struct Version: Sendable {
        let id: Int
        let name: String
        let status: LawStatus
        /// yyyy-MM-dd, as imported.
        let effectiveDate: String?
        let versionDate: String?
    }

    static func standings(_ versions: [Version], today: LocalDate) -> [Int: SearchDocument.Standing] {
        var result: [Int: SearchDocument.Standing] = [:]
        for (_, group) in Dictionary(grouping: versions, by: \.name) {
            func started(_ v: Version) -> Bool {
                guard let day = v.effectiveDate.flatMap(LocalDate.init) else { return true }
                return day <= today
            }
            for v in group {
                switch v.status {
                case .repealed: result[v.id] = .repealed
                case .current: result[v.id] = started(v) ? .inForce : .notYetInForce
                case .amended, .historical: result[v.id] = started(v) ? .superseded : .notYetInForce
                }
            }
            if !group.contains(where: { result[$0.id] == .inForce }) {
                let latest = group.filter { $0.status != .repealed && started($0) }
                    .max { ($0.versionDate ?? $0.effectiveDate ?? "", $0.id) < ($1.versionDate ?? $1.effectiveDate ?? "", $1.id) }
                if let latest { result[latest.id] = .inForce }
            }
        }
        return result
    }
}
