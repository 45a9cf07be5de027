import FarunCore
import Foundation

/// The search's view of `LawVersions` (FarunCore): each imported law version's standing today, grouped by name.
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
            let standings = LawVersions.standings(of: group.map { v in
                LawVersion(status: v.status, effectiveDate: v.effectiveDate.flatMap(LocalDate.init),
                           versionDate: v.versionDate.flatMap(LocalDate.init))
            }, today: today)
            for (version, standing) in zip(group, standings) {
                result[version.id] = switch standing {
                case .inForce: .inForce
                case .notYetInForce: .notYetInForce
                case .superseded: .superseded
                case .repealed: .repealed
                }
            }
        }
        return result
    }
}
