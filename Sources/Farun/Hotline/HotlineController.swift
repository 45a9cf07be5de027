import Fluent
import FarunCore
import Vapor

/// 12348 hotline: switchboard API, call list, call-backs and figures.
enum HotlineController {
    static func register(_ routes: any RoutesBuilder) {
        let paging: [APIDoc.QueryParameter] = [.init(name: "page", type: "integer", description: "1-based page"),
                                               .init(name: "per", type: "integer", description: "items per page, at most 100")]
        let period: [APIDoc.QueryParameter] = [.init(name: "from", type: "string", description: "first China date YYYY-MM-DD"),
                                               .init(name: "to", type: "string", description: "last China date YYYY-MM-DD")]
        routes.on(.POST, .api(.hotlineCalls), access: .staff(.handleHotline),
                  doc: .init(summary: "Record a 12348 call (the switchboard posts each call once it ends). Idempotent by external_id: the same call again answers 200 with the stored record, different facts under the same external_id answer 409. A missed call (no answered_at) opens a call-back task.",
                             tag: "hotline", requestSchema: "CallPost", responseSchema: "CallRecord", successStatus: 201), use: postCall)
        routes.on(.GET, .api(.hotlineCalls), access: .staff(.handleHotline),
                  doc: .init(summary: "12348 calls in the caller's hotline scope, newest first (caller numbers masked)", tag: "hotline",
                             query: paging + period + [.init(name: "answered", type: "boolean", description: "true = answered only, false = missed only"),
                                                       .init(name: "operator", type: "string", description: "operator username")],
                             responseSchema: "CallRecord", isList: true), use: listCalls)
        routes.on(.GET, .api(.hotlineFigures), access: .staff(.handleHotline),
                  doc: .init(summary: "Hotline figures for a period in the caller's scope (default: this month to date): connection rate against the 95 % target, answered within 15 s, average talk time and speed of answer, calls per operator, missed calls called back",
                             tag: "hotline", query: period, responseSchema: "HotlineFigures"), use: figures)
        routes.on(.GET, .api(.callbacks), access: .staff(.useStaffArea),
                  doc: .init(summary: "Call-back tasks the caller must do: missed calls (hotline operators of the region) and 不满意 follow-ups (the unit head, the region's supervisors)",
                             tag: "hotline", query: paging + [.init(name: "state", type: "string", description: "open (default) or done")],
                             responseSchema: "CallbackTask", isList: true), use: listCallbacks)
        registerPages(routes)
    }

    // MARK: switchboard API

    @Sendable static func postCall(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleHotline)
        let post = try req.content.decode(CallPost.self)
        let draft = try await CallIntake.validate(post, caller: staff, now: req.now, on: req.db).get()
        let (call, created) = try await CallIntake.record(draft, by: req)
        return try await dto(call, on: req.db).encodeResponse(status: created ? .created : .ok, for: req)
    }

    static func dto(_ call: CallRecord, on db: any Database) async throws -> CallRecordDTO {
        let username = try await call.$operator.id.asyncMap { try await StaffUser.find($0, on: db)?.username } ?? nil
        let task = try await CallbackTask.query(on: db).filter(\.$callRecord.$id == call.requireID()).first()
        return try CallRecordDTO(call, operatorUsername: username, callbackTaskID: task?.id)
    }

    @Sendable static func listCalls(req: Request) async throws -> PageDTO<CallRecordDTO> {
        let staff = try req.requireStaff(.handleHotline)
        let page = APIController.pageRequest(req)
        var filter = HotlineQueries.Filter()
        var problems: [FieldProblem] = []
        filter.from = date(req, "from", &problems)
        filter.to = date(req, "to", &problems)
        if let answered = req.queryValue("answered") {
            filter.answered = ["true": true, "false": false][answered]
            if filter.answered == nil { problems.append(.init(field: "answered", message: .validationChoose)) }
        }
        guard problems.isEmpty else { throw AppError.validation(problems) }
        if let username = req.queryValue("operator") {
            let user = try await StaffUser.query(on: req.db).filter(\.$username == username.lowercased()).first()
            guard let id = user?.id else { return PageDTO(items: [], info: PageInfo(request: page, total: 0)) }
            filter.operatorID = id
        }
        let (calls, info) = try await HotlineQueries.calls(filter, scopes: staff.scopes(for: .handleHotline), page: page, on: req.db)
        let rows = try await HotlineQueries.rows(calls, on: req.db)
        let usernames = try await usernames(calls, on: req.db)
        return PageDTO(items: try rows.map { row in
            try CallRecordDTO(row.call, operatorUsername: row.call.$operator.id.flatMap { usernames[$0] }, callbackTaskID: row.callback?.id)
        }, info: info)
    }

    private static func usernames(_ calls: [CallRecord], on db: any Database) async throws -> [Int: String] {
        let ids = Array(Set(calls.compactMap { $0.$operator.id }))
        guard !ids.isEmpty else { return [:] }
        return Dictionary(try await StaffUser.query(on: db).filter(\.$id ~~ ids).all().map { ($0.id!, $0.username) }, uniquingKeysWith: { a, _ in a })
    }

    /// A China date from the query; a malformed one is a field problem.
    static func date(_ req: Request, _ name: String, _ problems: inout [FieldProblem]) -> LocalDate? {
        guard let text = req.queryValue(name) else { return nil }
        guard let day = LocalDate(text) else {
            problems.append(.init(field: name, message: .deadlineDateInvalid))
            return nil
        }
        return day
    }

    /// The report period from `from`/`to` (default: the first of this month to today, in China).
    static func period(_ req: Request) -> Result<ChinaPeriod, AppError> {
        var problems: [FieldProblem] = []
        let today = LocalDate.inChina(req.now)
        let from = date(req, "from", &problems) ?? LocalDate(year: today.year, month: today.month, day: 1) ?? today
        let to = date(req, "to", &problems) ?? today
        guard problems.isEmpty else { return .failure(.validation(problems)) }
        do {
            return .success(try ChinaPeriod(from: from, to: to))
        } catch .endsBeforeItStarts {
            return .failure(.validation([.init(field: "to", message: .hotlinePeriodReversed)]))
        } catch {
            return .failure(.validation([.init(field: "to", message: .hotlinePeriodTooLong, args: [String(ChinaPeriod.maximumDays)])]))
        }
    }

    @Sendable static func figures(req: Request) async throws -> HotlineFiguresDTO {
        let staff = try req.requireStaff(.handleHotline)
        let period = try period(req).get()
        let (figures, users) = try await HotlineQueries.figures(period, scopes: staff.scopes(for: .handleHotline), on: req.db)
        return HotlineFiguresDTO(figures, period: period, users: users)
    }

    @Sendable static func listCallbacks(req: Request) async throws -> PageDTO<CallbackTaskDTO> {
        let staff = try req.requireStaff(.useStaffArea)
        let done = req.queryValue("state") == "done"
        let (tasks, info) = try await CallbackQueries.list(.init(staff), done: done, page: APIController.pageRequest(req), on: req.db)
        let (calls, orders) = try await CallbackQueries.links(tasks, on: req.db)
        return PageDTO(items: try tasks.map { task in
            try CallbackTaskDTO(task, call: task.$callRecord.id.flatMap { calls[$0] }, order: task.$workOrder.id.flatMap { orders[$0] }, now: req.now)
        }, info: info)
    }
}
