import Foundation

/// A screening period (矛盾纠纷排查周期): one calendar month, e.g. "2026-11".
public struct ScreeningPeriod: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (2000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// "2026-11".
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public static func containing(_ day: LocalDate) -> ScreeningPeriod { ScreeningPeriod(year: day.year, month: day.month)! }

    public var previous: ScreeningPeriod {
        month == 1 ? ScreeningPeriod(year: year - 1, month: 12)! : ScreeningPeriod(year: year, month: month - 1)!
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (a: ScreeningPeriod, b: ScreeningPeriod) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = ScreeningPeriod(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM, found \(text)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One screening report from a village or town point: disputes found, resolved on the spot and escalated.
public struct ScreeningFigures: Sendable, Hashable, Codable {
    public var found: Int
    public var resolved: Int
    public var escalated: Int
    public init(found: Int, resolved: Int, escalated: Int) {
        self.found = found
        self.resolved = resolved
        self.escalated = escalated
    }
}

public enum ScreeningProblem: Error, Sendable, Hashable {
    case negative
    /// Resolved and escalated disputes are among those found.
    case moreHandledThanFound
    /// A period that has not begun cannot be reported.
    case futurePeriod
    /// A count above 100,000 for one point in one month is a typing error.
    case implausible
}

public enum DisputeScreening {
    public static let maximumCount = 100_000

    public static func problems(_ figures: ScreeningFigures, period: ScreeningPeriod, today: LocalDate) -> [ScreeningProblem] {
        var problems: [ScreeningProblem] = []
        let counts = [figures.found, figures.resolved, figures.escalated]
        if counts.contains(where: { $0 < 0 }) { problems.append(.negative) }
        if counts.contains(where: { $0 > maximumCount }) { problems.append(.implausible) }
        if figures.resolved + figures.escalated > figures.found { problems.append(.moreHandledThanFound) }
        if ScreeningPeriod.containing(today) < period { problems.append(.futurePeriod) }
        return problems
    }

    /// The points expected to report that have not, in the order given.
    public static func missing<ID: Hashable>(expected: [ID], reported: Set<ID>) -> [ID] {
        expected.filter { !reported.contains($0) }
    }

    /// The sum of many reports (a town's villages, a county's towns).
    public static func total(_ reports: [ScreeningFigures]) -> ScreeningFigures {
        reports.reduce(ScreeningFigures(found: 0, resolved: 0, escalated: 0)) {
            ScreeningFigures(found: $0.found + $1.found, resolved: $0.resolved + $1.resolved, escalated: $0.escalated + $1.escalated)
        }
    }
}
