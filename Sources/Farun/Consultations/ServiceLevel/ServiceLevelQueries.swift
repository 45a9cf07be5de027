import Fluent
import FarunCore
import Foundation
import Vapor

/// 服务时效统计: the consultations asked in a period and region, measured by `ServiceLevel.report`, with the names
/// the page, the CSV and the API show.
enum ServiceLevelQueries {
    static let permission = Permission.viewStatistics
    /// How many levels below the chosen region the rows may go (0 = the region itself).
    static let levelChoices = 0...2

    struct Query: Sendable {
        let period: ChinaPeriod
        let region: Region
        /// Levels below `region` to group by.
        let levels: Int
        /// N in "share with at least N answers".
        let requiredLawyers: Int

        var regionDepth: Int { region.regionPath.depth + levels }
        var policy: ConsultationPolicy { ConsultationPolicy(requiredLawyers: requiredLawyers) }
    }

    struct Report: Sendable {
        let query: Query
        /// Per China day and region, sorted.
        let rows: [ServiceLevelFigures]
        /// Per China day over the whole region (the chart).
        let days: [ServiceLevelFigures]
        /// The whole period and region; its `lawyers` are the per-lawyer figures.
        let total: ServiceLevelFigures
        /// Region path → label; lawyer key → name.
        let regionNames: [String: String]
        let lawyerNames: [String: String]
    }

    /// Reads the query from `from`, `to` (default: the last 7 China days), `region_id` (default: the first region
    /// where the viewer holds the permission), `levels` and `n`. Problems are field problems.
    static func query(_ req: Request, staff: StaffPrincipal) async throws -> Query {
        var problems: [FieldProblem] = []
        let today = LocalDate.inChina(req.now)
        let from = HotlineController.date(req, "from", &problems) ?? today.adding(days: -6)
        let to = HotlineController.date(req, "to", &problems) ?? today
        let scopes = staff.scopes(for: permission)
        var region: Region?
        if let raw = req.queryValue("region_id") {
            region = try await Int(raw).asyncMap { try await Region.find($0, on: req.db) } ?? nil
            if let r = region, !staff.allows(permission, in: r.regionPath) { region = nil }
            if region == nil { problems.append(.init(field: "region_id", message: .validationChoose)) }
        } else if let first = scopes.first, let id = first.ids.last {
            region = try await Region.find(id, on: req.db)
        }
        let levels = req.queryValue("levels").flatMap(Int.init) ?? 1
        if !levelChoices.contains(levels) { problems.append(.init(field: "levels", message: .validationChoose)) }
        let required = req.queryValue("n").flatMap(Int.init) ?? req.application.settings.consultationRequiredLawyers
        if !(1...10).contains(required) { problems.append(.init(field: "n", message: .serviceLevelErrorN)) }
        var period: ChinaPeriod?
        if problems.isEmpty {
            do { period = try ChinaPeriod(from: from, to: to) } catch .endsBeforeItStarts {
                problems.append(.init(field: "to", message: .hotlinePeriodReversed))
            } catch {
                problems.append(.init(field: "to", message: .hotlinePeriodTooLong, args: [String(ChinaPeriod.maximumDays)]))
            }
        }
        guard problems.isEmpty, let period, let region else {
            throw AppError.validation(problems.isEmpty ? [.init(field: "region_id", message: .validationChoose)] : problems)
        }
        return Query(period: period, region: region, levels: levels, requiredLawyers: required)
    }

    static func report(_ query: Query, now: Date, on db: any Database) async throws -> Report {
        let consultations = try await consultations(in: query.region.regionPath, period: query.period, on: db)
        let rows = ServiceLevel.report(consultations, regionDepth: query.regionDepth, now: now, policy: query.policy)
        // Every day of the period, so a day without questions shows as a gap in the chart rather than vanishing.
        let asked = Dictionary(ServiceLevel.report(consultations, regionDepth: query.region.regionPath.depth, now: now, policy: query.policy)
            .map { ($0.day, $0) }, uniquingKeysWith: { a, _ in a })
        let days = (0...query.period.from.days(until: query.period.to)).map { offset in
            let day = query.period.from.adding(days: offset)
            return asked[day] ?? ServiceLevel.figures([], day: day, region: query.region.regionPath, now: now, policy: query.policy)
        }
        let total = ServiceLevel.figures(consultations, day: query.period.from, region: query.region.regionPath, now: now, policy: query.policy)
        let regionIDs = Set(rows.compactMap { $0.regionPath.ids.last })
        let regions = regionIDs.isEmpty ? [] : try await Region.query(on: db).filter(\.$id ~~ Array(regionIDs)).all()
        let byID = Dictionary(regions.compactMap { r in r.id.map { ($0, r.name) } }, uniquingKeysWith: { a, _ in a })
        var regionNames: [String: String] = [:]
        for row in rows { regionNames[row.regionPath.value] = row.regionPath.ids.last.flatMap { byID[$0] } ?? row.regionPath.value }
        let lawyerIDs = total.lawyers.compactMap { Int($0.lawyer) }
        let users = lawyerIDs.isEmpty ? [] : try await StaffUser.query(on: db).filter(\.$id ~~ lawyerIDs).all()
        let lawyerNames = Dictionary(users.compactMap { u in u.id.map { (String($0), u.displayName) } }, uniquingKeysWith: { a, _ in a })
        return Report(query: query, rows: rows, days: days, total: total, regionNames: regionNames, lawyerNames: lawyerNames)
    }

    /// Consultations asked in the period inside the region's subtree, with their threads and entries.
    static func consultations(in region: RegionPath, period: ChinaPeriod, on db: any Database) async throws -> [Consultation] {
        let records = try await ConsultationRecord.query(on: db)
            .filter(\.$regionPath, .custom("LIKE"), region.likePattern)
            .filter(\.$askedAt >= period.start).filter(\.$askedAt < period.end)
            .sort(\.$askedAt).all()
        return try await ConsultationStore.domain(records, on: db)
    }

    // MARK: - CSV

    /// One line per day and region, UTF-8 with a byte order mark so spreadsheet programs read the Chinese.
    static func csv(_ report: Report, _ l: L10n) -> String {
        let header = [l(.serviceLevelDay), l(.serviceLevelRegion), "region_path", l(.serviceLevelAsked), l(.serviceLevelWithinLimit),
                      l(.serviceLevelDecided), l(.serviceLevelWithinLimitShare), l(.serviceLevelMedianFirst) + " (s)",
                      l(.serviceLevelReachedN, report.query.requiredLawyers), l(.serviceLevelReachedShare), l(.serviceLevelMedianFollowUp) + " (s)"]
        var lines = [header.map(field).joined(separator: ",")]
        for row in report.rows {
            lines.append([row.day.description, report.regionNames[row.regionPath.value] ?? row.regionPath.value, row.regionPath.value,
                          String(row.asked), String(row.answeredWithinLimit.part), String(row.answeredWithinLimit.whole),
                          HotlineFormat.percent(row.answeredWithinLimit), seconds(row.medianFirstAnswer),
                          String(row.reachedRequiredLawyers.part), HotlineFormat.percent(row.reachedRequiredLawyers),
                          seconds(row.medianFollowUpResponse)].map(field).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    static func seconds(_ value: TimeInterval?) -> String {
        value.map { String(Int($0.rounded())) } ?? ""
    }

    /// Quotes a CSV field when needed; a leading = + - @ is prefixed with ' so a spreadsheet never runs it.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ",\"\r\n".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
