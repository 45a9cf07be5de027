import Fluent
import FarunCore
import Vapor

extension WorkOrderPagesController {
    /// The order page, for people who may see the order (others get 404, as if it did not exist).
    @Sendable static func show(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, roles) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        var fullPhone: String?
        if req.queryValue("reveal") == "phone", roles.assignee {
            // The assignee must call the citizen; each look at the full number is recorded.
            fullPhone = try req.secrets.decrypt(order.requesterPhoneEncrypted)
            try await Audit.record("work_order.view_phone", target: "work_order", id: order.id, regionPath: order.path,
                                   detail: ["number": order.number], by: req, on: req.db)
        }
        var model = try await WorkOrderPageModels.detail(order, roles: roles, staff: staff, fullPhone: fullPhone, settings: req.application.settings,
                                                         l: req.l10n, on: req.db)
        model.done = req.queryValue("done")
        model.knowledge = KnowledgePanel(matter: order.matter, index: req.knowledgeIndex)
        return PageResponse(html: WorkOrderPage.View(model: model, context: req.pageContext).document())
    }

    /// One step from the order page. Refusals (stale version, lifecycle, missing reason …) come back on the page
    /// with the order as it is now and what the person typed.
    @Sendable static func act(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let id = try req.idParameter()
        let (order, roles) = try await WorkOrderQueries.findVisible(id, staff: staff, on: req.db)
        guard let action = req.formValue("action").flatMap(WorkOrderAction.init(rawValue:)), action != .withdraw, action != .close else {
            throw AppError.validation([.init(field: "action", message: .validationChoose)])
        }
        var attempt = WorkOrderPage.Attempt(
            action: action, reason: req.formValue("reason") ?? "", missingMaterials: req.formValue("missing_materials") ?? "",
            assigneeID: req.formValue("assignee_id") ?? "", targetUnitID: req.formValue("target_unit_id") ?? "")
        let request = WorkOrderCommands.ActionRequest(
            action: action, version: req.formValue("version").flatMap(Int.init) ?? -1, reason: attempt.reason,
            missingMaterials: attempt.missingMaterials.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            assigneeID: Int(attempt.assigneeID), targetUnitID: Int(attempt.targetUnitID))
        let changed: WorkOrder
        do {
            changed = try await WorkOrderCommands.perform(request, on: try order.requireID(), as: roles, context: try await ActionContext.from(req), on: req.db)
        } catch let error as AppError {
            if case .notFound = error { throw error }
            attempt.problems = error.fieldProblems
            return try await refused(req, staff: staff, id: id, message: error.fieldProblems.isEmpty ? error.message(req.l10n) : nil,
                                     attempt: attempt, status: error.status)
        }
        // A transfer can take the order out of the person's sight: then back to the workbench.
        let after = try await WorkOrderCommands.roles(of: staff, for: changed, on: req.db)
        guard WorkOrderCommands.mayView(staff, changed, roles: after) else { return req.redirect(to: SiteURL.workOrders.path) }
        return req.redirect(to: SiteURL.workOrder(id).path(query: [("done", action.rawValue)]))
    }

    private static func refused(_ req: Request, staff: StaffPrincipal, id: Int, message: String?, attempt: WorkOrderPage.Attempt?,
                                uploadProblem: String? = nil, status: HTTPResponseStatus) async throws -> Response {
        let (current, roles) = try await WorkOrderQueries.findVisible(id, staff: staff, on: req.db)
        var model = try await WorkOrderPageModels.detail(current, roles: roles, staff: staff, fullPhone: nil, settings: req.application.settings,
                                                         l: req.l10n, on: req.db)
        model.error = message
        model.attempt = attempt
        model.uploadProblem = uploadProblem
        return try await PageResponse(html: WorkOrderPage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
    }

    /// Adds a file (PDF, JPEG or PNG, checked by its bytes) to the order; the timeline records it.
    @Sendable static func attach(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let id = try req.idParameter()
        let (order, roles) = try await WorkOrderQueries.findVisible(id, staff: staff, on: req.db)
        guard roles.frontDesk || roles.handlingUnit || roles.assignee else { throw AppError.forbidden }
        struct Upload: Content { var file: File? }
        let file = (try? req.content.decode(Upload.self))?.file
        do {
            guard let file, file.data.readableBytes > 0 else { throw AppError.validation([.init(field: "file", message: .errorAttachmentEmpty)]) }
            let context = try await ActionContext.from(req)
            try await req.db.transaction { tx in
                let saved = try await AttachmentStore.save(fileName: file.filename, data: file.data, to: id, uploadedBy: staff.displayName,
                                                           settings: context.settings, now: context.now, on: tx)
                try await WorkOrderJournal.append(order, action: "attach", from: order.state, note: saved.fileName, context: context, on: tx)
            }
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await refused(req, staff: staff, id: id, message: nil, attempt: nil,
                                     uploadProblem: error.fieldProblems.message(for: "file", req.l10n), status: error.status)
        }
        return req.redirect(to: SiteURL.workOrder(id).path(query: [("done", "attach")]))
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, _) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard let attachment = try await Attachment.query(on: req.db).filter(\.$id == (try req.idParameter("attachment")))
            .filter(\.$workOrder.$id == (try order.requireID())).first()
        else { throw AppError.notFound(.attachmentEntity) }
        return try AttachmentStore.response(attachment, settings: req.application.settings)
    }
}
