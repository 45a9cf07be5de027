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
        let standings = LawVersions.standings(of: versions, today: today, name: \.name) { v in
            LawVersion(status: v.status, effectiveDate: v.effectiveDate.flatMap(LocalDate.init),
                       versionDate: v.versionDate.flatMap(LocalDate.init))
        }
        var result: [Int: SearchDocument.Standing] = [:]
        for (version, standing) in zip(versions, standings) {
            result[version.id] = switch standing {
            case .inForce: .inForce
            case .notYetInForce: .notYetInForce
            case .superseded: .superseded
            case .repealed: .repealed
            }
        }
        return result
    }
}
