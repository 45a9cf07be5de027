import FarunCore
import Vapor

/// 期限计算器: the statutory period calculator for staff, as a page and as an API call.
enum DeadlineController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .deadlineCalculator, access: .staff(.useStaffArea), use: page)
        routes.on(.GET, .api(.deadline), access: .staff(.useStaffArea),
                  doc: .init(summary: "Compute a statutory deadline (民法典 201–203 roll-forward, working days)", tag: "deadlines",
                             query: [.init(name: "from", type: "string", description: "start date YYYY-MM-DD (not counted)"),
                                     .init(name: "days", type: "integer", description: "length of the period"),
                                     .init(name: "unit", type: "string", description: "calendar (default), working or calendar_exact")],
                             responseSchema: "Deadline"), use: api)
    }

    struct Input: Sendable {
        var from = ""
        var days = ""
        var unit = PeriodUnit.calendarDays.rawValue

        init(from: String = "", days: String = "", unit: String = PeriodUnit.calendarDays.rawValue) {
            self.from = from
            self.days = days
            self.unit = unit
        }

        /// `?from=…&days=…&unit=…`, as the page's form and the API send it.
        init(query req: Request) {
            self.init(from: req.queryValue("from") ?? "", days: req.queryValue("days") ?? "",
                      unit: req.queryValue("unit") ?? PeriodUnit.calendarDays.rawValue)
        }
    }

    /// Validates the input into field problems or a deadline.
    static func compute(_ input: Input, calendar: WorkCalendar) -> Result<Deadline, AppError> {
        var problems: [FieldProblem] = []
        let start = LocalDate(input.from)
        if start == nil { problems.append(.init(field: "from", message: .deadlineDateInvalid)) }
        let days = Int(input.days)
        if days == nil || !(0...StatutoryPeriod.maximumCount).contains(days!) {
            problems.append(.init(field: "days", message: .deadlineDaysInvalid, args: [String(StatutoryPeriod.maximumCount)]))
        }
        let unit = PeriodUnit(rawValue: input.unit)
        if unit == nil { problems.append(.init(field: "unit", message: .validationChoose)) }
        guard problems.isEmpty, let start, let days, let unit else { return .failure(.validation(problems)) }
        return .success(StatutoryPeriod.due(from: start, count: days, unit: unit, calendar: calendar))
    }

    @Sendable static func page(req: Request) async throws -> PageResponse {
        try req.requireStaff(.useStaffArea)
        let submitted = req.queryValue("from") != nil || req.queryValue("days") != nil
        let input = Input(query: req)
        var model = DeadlineCalculatorPage.Model(input: input, deadline: nil, problems: [])
        if submitted {
            switch compute(input, calendar: try await CalendarStore.current(on: req.db)) {
            case .success(let deadline): model.deadline = deadline
            case .failure(let error): model.problems = error.fieldProblems
            }
        }
        return PageResponse(html: DeadlineCalculatorPage.View(model: model, context: req.pageContext).document(),
                            status: model.problems.isEmpty ? .ok : .unprocessableEntity)
    }

    struct DeadlineDTO: Content {
        let from: String
        let days: Int
        let unit: String
        let due_date: String
        let provisional: Bool
    }

    @Sendable static func api(req: Request) async throws -> DeadlineDTO {
        try req.requireStaff(.useStaffArea)
        let input = Input(query: req)
        let deadline = try compute(input, calendar: try await CalendarStore.current(on: req.db)).get()
        return DeadlineDTO(from: input.from, days: Int(input.days) ?? 0, unit: input.unit,
                           due_date: deadline.dueDate.description, provisional: deadline.isProvisional)
    }
}
