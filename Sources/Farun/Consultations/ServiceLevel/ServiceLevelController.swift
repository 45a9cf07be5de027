import Fluent
import FarunCore
import Vapor

/// 服务时效: the administrators' service-level page, its CSV and JSON, and the duty supervisors' list of questions
/// past the first-answer limit.
enum ServiceLevelController {
    static func register(_ routes: any RoutesBuilder) {
        let access = Access.staff(ServiceLevelQueries.permission)
        routes.on(.GET, .consultationServiceLevel, access: access, use: page)
        routes.on(.GET, .consultationServiceLevelCSV, access: access, use: csv)
        routes.on(.GET, .consultationOverdue, access: .staff(DutyRosterQueries.permission), use: overdue)
        routes.on(.GET, .api(.consultationServiceLevel), access: access,
                  doc: .init(summary: "Online consultation service levels per China day and region (view_statistics in the region)",
                             tag: "consultations",
                             query: [.init(name: "from", type: "string", description: "first China day YYYY-MM-DD (default: 6 days ago)"),
                                     .init(name: "to", type: "string", description: "last China day (default: today)"),
                                     .init(name: "region_id", type: "integer", description: "region (default: the caller's first)"),
                                     .init(name: "levels", type: "integer", description: "0–2 levels below the region to group by (default 1)"),
                                     .init(name: "n", type: "integer", description: "N for the share with at least N lawyers (default 3)")],
                             responseSchema: "ConsultationServiceLevel"), use: api)
    }

    private static func model(_ req: Request) async throws -> ServiceLevelPage.Model {
        let staff = try req.requireStaff(ServiceLevelQueries.permission)
        let regions = try await RegionQueries.choices(scopes: staff.scopes(for: ServiceLevelQueries.permission), on: req.db)
        let labels = try await RegionQueries.labels(for: regions, on: req.db)
        var model = ServiceLevelPage.Model(
            from: req.queryValue("from") ?? "", to: req.queryValue("to") ?? "", regionID: req.queryValue("region_id") ?? "",
            levels: req.queryValue("levels") ?? "1", requiredLawyers: req.queryValue("n") ?? String(req.application.settings.consultationRequiredLawyers),
            regions: regions.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } }, problems: [], report: nil)
        do {
            let query = try await ServiceLevelQueries.query(req, staff: staff)
            model.from = query.period.from.description
            model.to = query.period.to.description
            model.regionID = String(query.region.id ?? 0)
            model.report = try await ServiceLevelQueries.report(query, now: req.now, on: req.db)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            model.problems = error.fieldProblems
        }
        return model
    }

    @Sendable static func page(req: Request) async throws -> PageResponse {
        let model = try await model(req)
        return PageResponse(html: ServiceLevelPage.View(model: model, context: req.pageContext).document(),
                            status: model.problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let staff = try req.requireStaff(ServiceLevelQueries.permission)
        let query = try await ServiceLevelQueries.query(req, staff: staff)
        let report = try await ServiceLevelQueries.report(query, now: req.now, on: req.db)
        let name = "consultation-service-level-\(query.period.from)-\(query.period.to).csv"
        return Response(status: .ok, headers: ["Content-Type": "text/csv; charset=utf-8",
                                               "Content-Disposition": "attachment; filename=\"\(name)\"", "Cache-Control": "no-store"],
                        body: .init(string: ServiceLevelQueries.csv(report, req.l10n)))
    }

    @Sendable static func api(req: Request) async throws -> ServiceLevelDTO {
        let staff = try req.requireStaff(ServiceLevelQueries.permission)
        let query = try await ServiceLevelQueries.query(req, staff: staff)
        return ServiceLevelDTO(try await ServiceLevelQueries.report(query, now: req.now, on: req.db))
    }

    // MARK: - Duty supervisors

    @Sendable static func overdue(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let model = try await OverdueQueries.model(for: staff, now: req.now, policy: req.application.settings.consultationPolicy, on: req.db)
        return PageResponse(html: OverduePage.View(model: model, context: req.pageContext).document())
    }
}

enum OverdueQueries {
    /// Open questions past the first-answer limit in the supervisor's regions, oldest first, and where the supervisor
    /// is on duty now.
    static func model(for staff: StaffPrincipal, now: Date, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> OverduePage.Model {
        let scopes = staff.scopes(for: DutyRosterQueries.permission)
        var items: [OverduePage.Item] = []
        if !scopes.isEmpty {
            let records = try await ConsultationRecord.query(on: db)
                .filter(\.$state == .open)
                .filter(\.$askedAt <= now.addingTimeInterval(-policy.firstAnswerLimit))
                .group(.or) { group in for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) } }
                .sort(\.$askedAt).sort(\.$id).limit(500).all()
            let regions = try await Region.query(on: db).filter(\.$id ~~ Array(Set(records.map { $0.$region.id }))).all()
            let names = Dictionary(regions.compactMap { r in r.id.map { ($0, r.name) } }, uniquingKeysWith: { a, _ in a })
            items = records.map { record in
                .init(id: record.id?.uuidString ?? "", question: record.question, field: record.field, region: names[record.$region.id] ?? record.regionPath,
                      askedAt: record.askedAt, waitingMinutes: max(0, Int(now.timeIntervalSince(record.askedAt) / 60)))
            }
        }
        let today = LocalDate.inChina(now).description
        let duties = try await DutySlotRecord.query(on: db).filter(\.$kind == .supervisor).filter(\.$person.$id == staff.id)
            .group(.or) { $0.filter(\.$weekday != nil).filter(\.$onDate == today) }.all()
            .filter { $0.domain?.covers(now) == true }
        let dutyRegions = duties.isEmpty ? [] : try await Region.query(on: db).filter(\.$id ~~ duties.map { $0.$region.id }).sort(\.$path).all()
        return .init(items: items, onDutyFor: dutyRegions.map(\.name), limitMinutes: Int(policy.firstAnswerLimit / 60))
    }
}

struct ServiceLevelDTO: Content {
    struct ShareDTO: Content {
        let part: Int
        let whole: Int
        /// Tenths of a percent, rounded down; nil for an empty whole.
        let permille: Int?

        init(_ share: Share) {
            part = share.part
            whole = share.whole
            permille = share.permille
        }
    }

    struct Row: Content {
        let day: String
        let region_path: String
        let region_name: String
        let asked: Int
        let answered_within_limit: ShareDTO
        let median_first_answer_seconds: Int?
        let reached_required_lawyers: ShareDTO
        let median_follow_up_response_seconds: Int?
    }

    struct Lawyer: Content {
        let lawyer_id: Int
        let name: String
        let questions_answered: Int
        let first_answers: Int
        let median_time_to_answer_seconds: Int?
        let follow_ups_answered: Int
        let median_follow_up_response_seconds: Int?
        /// Mean rating in tenths (4.5 → 45).
        let average_rating_tenths: Int?
    }

    let from: String
    let to: String
    let region_id: Int
    let region_depth: Int
    let required_lawyers: Int
    let total: Row
    let rows: [Row]
    let lawyers: [Lawyer]

    init(_ report: ServiceLevelQueries.Report) {
        func seconds(_ value: TimeInterval?) -> Int? { value.map { Int($0.rounded()) } }
        func row(_ f: ServiceLevelFigures, name: String) -> Row {
            Row(day: f.day.description, region_path: f.regionPath.value, region_name: name, asked: f.asked,
                answered_within_limit: .init(f.answeredWithinLimit), median_first_answer_seconds: seconds(f.medianFirstAnswer),
                reached_required_lawyers: .init(f.reachedRequiredLawyers), median_follow_up_response_seconds: seconds(f.medianFollowUpResponse))
        }
        let q = report.query
        from = q.period.from.description
        to = q.period.to.description
        region_id = q.region.id ?? 0
        region_depth = q.regionDepth
        required_lawyers = q.requiredLawyers
        total = row(report.total, name: q.region.name)
        rows = report.rows.map { row($0, name: report.regionNames[$0.regionPath.value] ?? $0.regionPath.value) }
        lawyers = report.total.lawyers.map { f in
            Lawyer(lawyer_id: Int(f.lawyer) ?? 0, name: report.lawyerNames[f.lawyer] ?? "", questions_answered: f.questionsAnswered,
                   first_answers: f.firstAnswers, median_time_to_answer_seconds: seconds(f.medianTimeToAnswer), follow_ups_answered: f.followUpsAnswered,
                   median_follow_up_response_seconds: seconds(f.medianFollowUpResponse), average_rating_tenths: f.averageRatingTenths)
        }
    }
}
