import Fluent
import FarunCore
import Foundation

/// Registers (台账) and statistics, filtered by region subtree and the period of receipt.
enum LegalAidQueries {
    struct Filter: Sendable, Equatable {
        /// The subtrees the caller may see (their grants); nil = everywhere (tests, system jobs).
        var scopes: [RegionPath]?
        /// Narrow to one region's subtree (must lie inside the scopes to show anything).
        var region: RegionPath?
        var from: LocalDate?
        var to: LocalDate?
        var category: LegalAidCategory?
        var state: LegalAidState?
    }

    static func applications(_ filter: Filter, limit: Int = 5000, on db: any Database) async throws -> [LegalAidApplication] {
        let query = LegalAidApplication.query(on: db)
        if let scopes = filter.scopes {
            guard !scopes.isEmpty else { return [] }
            query.group(.or) { or in
                for scope in scopes { or.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
            }
        }
        if let region = filter.region { query.filter(\.$regionPath, .custom("LIKE"), region.likePattern) }
        // ISO dates compare as text.
        if let from = filter.from { query.filter(\.$receivedOn >= from.description) }
        if let to = filter.to { query.filter(\.$receivedOn <= to.description) }
        if let category = filter.category { query.filter(\.$category == category) }
        if let state = filter.state { query.filter(\.$state == state) }
        return try await query.sort(\.$receivedOn, .descending).sort(\.$id, .descending).limit(limit).all()
    }

    /// One statistics record per application, with its supplement rounds.
    static func records(_ applications: [LegalAidApplication], on db: any Database) async throws -> [LegalAidStatistics.Record] {
        let ids = applications.compactMap(\.id)
        let rounds = ids.isEmpty ? [] : try await LegalAidSupplement.query(on: db).filter(\.$application.$id ~~ ids).all()
        let byApplication = Dictionary(grouping: rounds, by: { $0.$application.id })
        let orderIDs = applications.map { $0.$workOrder.id }
        let ratings = orderIDs.isEmpty ? [] : try await Rating.query(on: db).filter(\.$workOrder.$id ~~ orderIDs).all()
        let satisfied = Dictionary(ratings.map { ($0.$workOrder.id, $0.score.countsAsSatisfied) }, uniquingKeysWith: { first, _ in first })
        return applications.compactMap { a in
            guard let received = LocalDate(a.receivedOn) else { return nil }
            return LegalAidStatistics.Record(
                category: a.category, state: a.state, receivedOn: received, decidedOn: a.firstDecidedOn.flatMap(LocalDate.init),
                granted: a.firstGranted ?? false, decidedLate: a.decidedLate,
                supplements: (byApplication[a.id ?? 0] ?? []).compactMap(\.pause), circumstances: a.circumstances,
                outcome: a.outcome, amountRecoveredFen: a.amountRecoveredFen, satisfied: satisfied[a.$workOrder.id])
        }
    }

    /// The register as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, fields quoted when needed.
    /// Phones and ID numbers never leave masked.
    static func registerCSV(_ applications: [LegalAidApplication], l: L10n) -> String {
        let header = [l(.legalAidColNumber), l(.legalAidColReceived), l(.legalAidColCategory), l(.legalAidColState),
                      l(.legalAidColDecided), l(.legalAidColDecision), l(.legalAidColProvider), l(.legalAidColOutcome),
                      l(.legalAidColAmount)]
        var lines = [header.map(csvField).joined(separator: ",")]
        for a in applications {
            let fields = [a.number, a.receivedOn, l.name("lacategory", a.category), l.name("lastate", a.state),
                          a.decidedOn ?? "", a.decision.flatMap(LegalAidAction.init(rawValue:)).map { l.name("laaction", $0) } ?? "", a.providerName,
                          a.outcome.map { l.name("laoutcome", $0) } ?? "", LegalAidAmount.yuan(fen: a.amountRecoveredFen)]
            lines.append(fields.map(csvField).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field that holds a comma, quote or line break; a leading =, +, - or @ is prefixed with ' so
    /// Excel never runs it as a formula.
    static func csvField(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
