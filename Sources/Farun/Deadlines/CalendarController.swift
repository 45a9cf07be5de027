import Fluent
import FarunCore
import Vapor

/// 节假日安排: which years the deadline calendar covers, and a form for adding next year's notice.
enum CalendarController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .adminCalendar, access: .staff(.useStaffArea), use: index)
        routes.on(.POST, .adminCalendar, access: .staff(.manageCalendar), use: save)
    }

    private static func page(_ req: Request, values: CalendarPage.Values, problems: [FieldProblem], status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let calendar = try await CalendarStore.current(on: req.db)
        let added = try await CalendarYear.query(on: req.db).sort(\.$year, .descending).all()
        let root = try await RegionQueries.root(on: req.db)
        let model = CalendarPage.Model(
            coveredFrom: calendar.coveredYears.min() ?? 0, coveredTo: calendar.coveredYears.max() ?? 0,
            addedYears: added.map { y in .init(year: y.year, source: y.source, days: calendar.entries.filter { $0.date.year == y.year }.count) },
            canManage: root.map { staff.allows(.manageCalendar, in: $0.regionPath) } ?? false,
            values: values, problems: problems, done: req.queryValue("done"))
        return PageResponse(html: CalendarPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        try await page(req, values: .init(year: String(LocalDate.inChina(req.now).year + 1)), problems: [])
    }

    @Sendable static func save(req: Request) async throws -> Response {
        // The calendar serves the whole deployment, so only an administrator at the root may change it.
        guard let root = try await RegionQueries.root(on: req.db) else { throw AppError.forbidden }
        try req.requireStaff(.manageCalendar, in: root.regionPath)
        let values = CalendarPage.Values(year: req.formValue("year") ?? "", source: req.formValue("source") ?? "", entries: req.formValue("entries") ?? "")
        var problems: [FieldProblem] = []
        guard let year = Int(values.year), (2004...2100).contains(year) else {
            return try await page(req, values: values, problems: [.init(field: "year", message: .calendarYearInvalid)], status: .unprocessableEntity).encodeResponse(for: req)
        }
        if values.source.isEmpty { problems.append(.init(field: "source", message: .validationRequired)) }
        if values.source.count > 200 { problems.append(.init(field: "source", message: .validationTooLong, args: ["200"])) }
        let parsed = CalendarStore.parseYear(year, lines: values.entries)
        if case .failure(let error) = parsed { problems += error.fieldProblems }
        guard problems.isEmpty, case .success(let entries) = parsed else {
            return try await page(req, values: values, problems: problems, status: .unprocessableEntity).encodeResponse(for: req)
        }
        try await req.db.transaction { db in
            try await CalendarStore.save(year: year, source: values.source, entries: entries, on: db)
            try await Audit.record("calendar.save_year", target: "calendar_year", id: year, regionPath: root.regionPath,
                                   detail: ["year": String(year), "days": String(entries.count), "source": values.source], by: req, on: db)
        }
        return req.redirect(to: SiteURL.adminCalendar.path(query: [("done", String(year))]))
    }
}
