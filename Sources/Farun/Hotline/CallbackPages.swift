import Fluent
import FarunCore
import Vapor

/// The call-back list (回拨与回访) and its done form.
extension HotlineController {
    @Sendable static func callbacksPage(req: Request) async throws -> PageResponse {
        try await callbacksResponse(req, showDone: req.queryValue("state") == "done")
    }

    static func callbacksResponse(_ req: Request, showDone: Bool, message: String? = nil, failedRowID: Int? = nil, typed: String = "",
                                  problems: [FieldProblem] = [], revealed: (taskID: Int, phone: String)? = nil,
                                  status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30)
        let (tasks, info) = try await CallbackQueries.list(.init(staff), done: showDone, page: page, on: req.db)
        let (calls, orders) = try await CallbackQueries.links(tasks, on: req.db)
        let rows = tasks.compactMap { task -> CallbacksPage.Row? in
            guard let id = task.id else { return nil }
            let call = task.$callRecord.id.flatMap { calls[$0] }
            let order = task.$workOrder.id.flatMap { orders[$0] }
            return CallbacksPage.Row(
                id: id, kind: task.kind, dueAt: task.dueAt, overdue: task.doneAt == nil && task.dueAt < req.now, doneAt: task.doneAt,
                outcome: task.outcome, call: call.flatMap { c in c.id.map { ($0, c.ringAt, c.callerMasked, c.externalID) } },
                workOrder: order.flatMap { o in o.id.map { ($0, o.number) } }, version: task.version,
                fullPhone: revealed?.taskID == id ? revealed?.phone : nil)
        }
        let model = CallbacksPage.Model(showDone: showDone, rows: rows, page: info, message: message, failedRowID: failedRowID,
                                        typedOutcome: typed, problems: problems, saved: req.queryValue("saved") == "1")
        return PageResponse(html: CallbacksPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func callbackDone(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let task = try await CallbackQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        let outcome = req.formValue("outcome") ?? ""
        guard let version = req.formValue("version").flatMap(Int.init) else { throw AppError.badRequest(.errorBadRequestGeneric) }
        do {
            try await CallbackQueries.markDone(task, version: version, outcome: outcome, by: req)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await callbacksResponse(req, showDone: false, failedRowID: task.id, typed: outcome, problems: error.fieldProblems,
                                               status: .unprocessableEntity).encodeResponse(for: req)
        } catch let error as AppError {
            guard case .conflict = error else { throw error }
            return try await callbacksResponse(req, showDone: false, message: error.message(req.l10n), status: .conflict).encodeResponse(for: req)
        }
        return req.redirect(to: SiteURL.callbacks.path(query: [("saved", "1")]) + "#task-\(task.id ?? 0)")
    }

    /// The missed caller's full number, for the person about to call back: only on an open missed-call task they
    /// may do, shown on the list for this one answer (never in a link or the URL), and each look is recorded.
    @Sendable static func callbackPhone(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let task = try await CallbackQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard task.kind == .missedCall, let callID = task.$callRecord.id, let call = try await CallRecord.find(callID, on: req.db) else {
            throw AppError.notFound(.callbackEntity)
        }
        guard task.doneAt == nil else {
            return try await callbacksResponse(req, showDone: false, message: req.l10n(.callbackPhoneTaskDone), status: .conflict).encodeResponse(for: req)
        }
        let phone = try req.secrets.decrypt(call.callerEncrypted)
        try await Audit.record("callback.view_phone", target: "callback_task", id: task.id, regionPath: RegionPath(task.regionPath),
                               detail: ["call_record_id": String(callID), "external_id": call.externalID], by: req, on: req.db)
        return try await callbacksResponse(req, showDone: false, revealed: (try task.requireID(), phone)).encodeResponse(for: req)
    }
}
