import Fluent
import FarunCore
import Foundation

/// Dispute screening reports (矛盾纠纷排查): points report monthly; the bureau sees who has not.
enum ScreeningStore {
    /// The kinds of point expected to report: village law rooms, mediation points and town workstations.
    static let reportingKinds: [ServicePointKind] = [.lawRoom, .mediationPoint, .workstation]

    struct Input: Sendable, Equatable {
        var servicePointID: Int
        var period: ScreeningPeriod
        var figures: ScreeningFigures
        var notes: String
    }

    /// Submits (or corrects) a point's report for a month. The point must lie in the staff member's scope.
    static func submit(_ input: Input, by staff: StaffPrincipal, context: ActionContext, on db: any Database) async throws -> ScreeningReport {
        guard let point = try await ServicePoint.find(input.servicePointID, on: db), point.closedAt == nil,
              let region = try await Region.find(point.$region.id, on: db),
              staff.allows(.reportDisputeScreening, in: region.regionPath)
        else { throw AppError.validation([.init(field: "service_point_id", message: .mediationScreeningPoint)]) }
        let problems = DisputeScreening.problems(input.figures, period: input.period, today: context.today)
        if !problems.isEmpty { throw AppError.validation(problems.map(MediationErrors.screeningProblem)) }
        return try await db.writeTransaction { tx in
            let existing = try await ScreeningReport.query(on: tx).filter(\.$servicePoint.$id == input.servicePointID)
                .filter(\.$period == input.period.description).first()
            let report = existing ?? ScreeningReport()
            report.$servicePoint.id = input.servicePointID
            report.regionPath = region.path
            report.period = input.period.description
            report.found = input.figures.found
            report.resolved = input.figures.resolved
            report.escalated = input.figures.escalated
            report.notes = input.notes.trimmed
            report.$submittedBy.id = staff.id
            report.submittedAt = context.now
            try await report.save(on: tx)
            try await Audit.record(existing == nil ? "screening.submit" : "screening.correct", target: "screening_report", id: report.id,
                                   regionPath: region.regionPath,
                                   detail: ["point": String(input.servicePointID), "period": report.period, "found": "\(report.found)",
                                            "resolved": "\(report.resolved)", "escalated": "\(report.escalated)"],
                                   doer: context.doer, at: context.now, on: tx)
            return report
        }
    }

    struct Overview: Sendable {
        let period: ScreeningPeriod
        let reports: [(point: ServicePoint, report: ScreeningReport)]
        let missing: [ServicePoint]
        let total: ScreeningFigures
    }

    /// The reports of a month inside `scope`, and the open points there that have not reported.
    static func overview(period: ScreeningPeriod, scope: RegionPath, on db: any Database) async throws -> Overview {
        let regions = try await Region.query(on: db).filter(\.$path, .custom("LIKE"), scope.likePattern).all()
        let regionIDs = regions.compactMap(\.id)
        let points = regionIDs.isEmpty ? [] : try await ServicePoint.query(on: db).filter(\.$region.$id ~~ regionIDs)
            .filter(\.$closedAt == nil).filter(\.$kind ~~ reportingKinds).sort(\.$name).all()
        let reports = try await ScreeningReport.query(on: db).filter(\.$regionPath, .custom("LIKE"), scope.likePattern)
            .filter(\.$period == period.description).all()
        let byPoint = Dictionary(reports.map { ($0.$servicePoint.id, $0) }, uniquingKeysWith: { a, _ in a })
        let missingIDs = DisputeScreening.missing(expected: points.compactMap(\.id), reported: Set(byPoint.keys))
        let pointsByID = Dictionary(points.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let reported = points.compactMap { p in p.id.flatMap { byPoint[$0] }.map { (point: p, report: $0) } }
        return Overview(period: period, reports: reported, missing: missingIDs.compactMap { pointsByID[$0] },
                        total: DisputeScreening.total(reported.map(\.report.figures)))
    }
}

/// Statistics queries: the rows of a scope, turned into `DisputeFact`s for the pure functions.
enum MediationStatisticsQueries {
    struct Filter: Sendable, Equatable {
        var from: LocalDate
        var through: LocalDate
        var type: DisputeType?
        var pointID: Int?
    }

    struct Result: Sendable {
        let filter: Filter
        let current: MediationStatistics.Report
        let previous: MediationStatistics.Report
        let pointNames: [Int: String]
        /// 司法确认 of the disputes counted in the period (accepted in it, same type and point filters).
        var confirmations = ConfirmationTally()
    }

    /// This period and the same period a year earlier (同比), in one query.
    static func run(_ filter: Filter, scope: RegionPath, on db: any Database) async throws -> Result {
        let earlierFrom = MediationStatistics.yearEarlier(filter.from)
        let rows = try await MediationCase.query(on: db).filter(\.$regionPath, .custom("LIKE"), scope.likePattern)
            .filter(\.$acceptedOn >= earlierFrom.description).filter(\.$acceptedOn <= filter.through.description).all()
        let facts = rows.compactMap { row -> DisputeFact? in
            guard let on = LocalDate(row.acceptedOn) else { return nil }
            let outcome: DisputeFact.Outcome = switch row.stage {
            case .agreed: .agreed
            case .failed: .failed
            default: .open
            }
            return DisputeFact(type: row.disputeType, pointID: row.$servicePoint.id, acceptedOn: on, outcome: outcome, amount: row.amount)
        }
        let current = MediationStatistics.report(facts, from: filter.from, through: filter.through, type: filter.type, pointID: filter.pointID)
        let previous = MediationStatistics.report(facts, from: earlierFrom, through: MediationStatistics.yearEarlier(filter.through),
                                                  type: filter.type, pointID: filter.pointID)
        let pointIDs = Set(current.byPoint.keys.compactMap { $0 } + previous.byPoint.keys.compactMap { $0 })
        let points = pointIDs.isEmpty ? [] : try await ServicePoint.query(on: db).filter(\.$id ~~ Array(pointIDs)).all()
        var result = Result(filter: filter, current: current, previous: previous,
                            pointNames: Dictionary(points.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a }))
        let counted = rows.filter { row in
            guard let on = LocalDate(row.acceptedOn) else { return false }
            return on >= filter.from && on <= filter.through && (filter.type == nil || row.disputeType == filter.type)
                && (filter.pointID == nil || row.$servicePoint.id == filter.pointID)
        }.compactMap(\.id)
        if !counted.isEmpty {
            let applications = try await MediationConfirmationRow.query(on: db).filter(\.$mediationCase.$id ~~ counted).all()
            result.confirmations = ConfirmationTally.of(applications.map(\.outcome))
        }
        return result
    }
}
