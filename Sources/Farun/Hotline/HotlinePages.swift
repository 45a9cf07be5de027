import Fluent
import FarunCore
import Vapor

/// The staff pages of the hotline: the day's calls, call → work order, call-backs and the figures.
extension HotlineController {
    static func registerPages(_ routes: any RoutesBuilder) {
        routes.on(.GET, .hotline, access: .staff(.handleHotline), use: callsPage)
        routes.on(.GET, .hotlineCallWorkOrder(.routeParameter), access: .staff(.handleHotline), use: orderForm)
        routes.on(.POST, .hotlineCallWorkOrder(.routeParameter), access: .staff(.handleHotline), use: createOrder)
        routes.on(.GET, .hotlineFigures, access: .staff(.handleHotline), use: figuresPage)
        routes.on(.GET, .callbacks, access: .staff(.useStaffArea), use: callbacksPage)
        routes.on(.POST, .callbackDone(.routeParameter), access: .staff(.useStaffArea), use: callbackDone)
        routes.on(.POST, .callbackPhone(.routeParameter), access: .staff(.useStaffArea), use: callbackPhone)
        registerLegalAid(routes)
    }

    @Sendable static func callsPage(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.handleHotline)
        let day = req.queryValue("day").flatMap(LocalDate.init) ?? LocalDate.inChina(req.now)
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50)
        let filter = HotlineQueries.Filter(from: day, to: day)
        let (calls, info) = try await HotlineQueries.calls(filter, scopes: staff.scopes(for: .handleHotline), page: page, on: req.db)
        let rows = try await HotlineQueries.rows(calls, on: req.db).map { row in
            let call = row.call
            let callback: HotlinePage.CallbackState? = row.callback.map { task in
                task.doneAt != nil ? .done : .open(overdue: task.dueAt < req.now)
            }
            return HotlinePage.Row(
                id: call.id ?? 0, ringAt: call.ringAt, caller: call.callerMasked,
                secondsToAnswer: call.answeredAt.map { $0.timeIntervalSince(call.ringAt) },
                talkSeconds: call.answeredAt.map { max(0, call.endedAt.timeIntervalSince($0)) },
                operatorName: row.operatorName, answered: call.answered, callback: callback,
                workOrder: zip2(call.$workOrder.id, row.workOrderNumber), recordingRef: call.recordingRef)
        }
        let model = HotlinePage.Model(day: day, rows: rows, page: info, canCreateOrders: staff.allows(.intakeWorkOrders))
        return PageResponse(html: HotlinePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func figuresPage(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.handleHotline)
        var model = HotlineFiguresPage.Model(from: req.queryValue("from") ?? "", to: req.queryValue("to") ?? "", problems: [],
                                             figures: nil, operatorNames: [:])
        switch period(req) {
        case .success(let period):
            let (figures, users) = try await HotlineQueries.figures(period, scopes: staff.scopes(for: .handleHotline), on: req.db)
            model.from = period.from.description
            model.to = period.to.description
            model.figures = figures
            model.operatorNames = Dictionary(users.map { (String($0.key), $0.value.displayName) }, uniquingKeysWith: { a, _ in a })
        case .failure(let error):
            model.problems = error.fieldProblems
        }
        return PageResponse(html: HotlineFiguresPage.View(model: model, context: req.pageContext).document(),
                            status: model.problems.isEmpty ? .ok : .unprocessableEntity)
    }
}

/// Both values or nothing.
private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
