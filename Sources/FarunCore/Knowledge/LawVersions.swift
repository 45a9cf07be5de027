/// Where one version of a law stands on a given day (效力). Decided from the versions' status and effective dates
/// together, because the source marks some versions 现行有效 that only take effect later (商标法 on 2027-01-01),
/// and marks 刑法's only text 已被修改.
public enum LawStanding: Sendable, Hashable {
    case inForce
    /// Published, in force from that day on; until then an older version is the one in force.
    case notYetInForce(from: LocalDate)
    /// Replaced by a later version.
    case superseded
    case repealed

    /// The stable word for APIs and strings: in_force, not_yet_in_force, superseded, repealed.
    public var key: String {
        switch self {
        case .inForce: "in_force"
        case .notYetInForce: "not_yet_in_force"
        case .superseded: "superseded"
        case .repealed: "repealed"
        }
    }

    /// Whether citizens should be shown this version first (in force now, or about to be).
    public var isCurrentOrComing: Bool {
        switch self {
        case .inForce, .notYetInForce: true
        case .superseded, .repealed: false
        }
    }
}

/// What the standing of a version depends on.
public struct LawVersion: Sendable, Hashable {
    public var status: LawStatus
    public var effectiveDate: LocalDate?
    public var versionDate: LocalDate?

    public init(status: LawStatus, effectiveDate: LocalDate?, versionDate: LocalDate?) {
        self.status = status
        self.effectiveDate = effectiveDate
        self.versionDate = versionDate
    }
}

public enum LawVersions {
    /// The standing of every item (law rows of any number of laws), in the order given: items are grouped by the
    /// law's name and each group is decided by `standings(of:today:)`.
    public static func standings<Item>(of items: [Item], today: LocalDate, name: (Item) -> String,
                                       version: (Item) -> LawVersion) -> [LawStanding] {
        var result = [LawStanding](repeating: .superseded, count: items.count)
        for indices in Dictionary(grouping: items.indices, by: { name(items[$0]) }).values {
            let decided = standings(of: indices.map { version(items[$0]) }, today: today)
            for (index, standing) in zip(indices, decided) { result[index] = standing }
        }
        return result
    }

    /// The standing of each version of one law (all rows with the same name), in the order given.
    ///
    /// - A repealed version is repealed.
    /// - A 现行有效 version whose effective date is after `today` is not yet in force.
    /// - Of the 现行有效 versions already effective, the latest is in force.
    /// - When there is none (刑法: only 已被修改; 商标法 today: only a 历史版本 besides the future one), the latest
    ///   remaining version is in force: nothing newer has replaced it yet.
    /// - Every other version is superseded.
    public static func standings(of versions: [LawVersion], today: LocalDate) -> [LawStanding] {
        var result = [LawStanding?](repeating: nil, count: versions.count)
        var candidates: [Int] = []
        for (index, version) in versions.enumerated() {
            if version.status == .repealed {
                result[index] = .repealed
            } else if version.status == .current, let effective = version.effectiveDate, effective > today {
                result[index] = .notYetInForce(from: effective)
            } else {
                candidates.append(index)
            }
        }
        let current = candidates.filter { versions[$0].status == .current }
        let pool = current.isEmpty ? candidates : current
        let inForce = pool.max { a, b in isOlder(versions[a], than: versions[b], tieBreak: a < b) }
        for index in candidates {
            result[index] = index == inForce ? .inForce : .superseded
        }
        return result.map { $0 ?? .superseded }
    }

    /// The standing of a single-version document (a 修正案 or a law revised only once).
    public static func standing(of version: LawVersion, today: LocalDate) -> LawStanding {
        standings(of: [version], today: today)[0]
    }

    private static func isOlder(_ a: LawVersion, than b: LawVersion, tieBreak: Bool) -> Bool {
        let keyA = (a.versionDate ?? a.effectiveDate, a.effectiveDate)
        let keyB = (b.versionDate ?? b.effectiveDate, b.effectiveDate)
        if keyA.0 != keyB.0 { return (keyA.0 ?? .distantPast) < (keyB.0 ?? .distantPast) }
        if keyA.1 != keyB.1 { return (keyA.1 ?? .distantPast) < (keyB.1 ?? .distantPast) }
        return tieBreak
    }
}

extension LocalDate {
    static let distantPast = LocalDate(year: 1, month: 1, day: 1)!
}
