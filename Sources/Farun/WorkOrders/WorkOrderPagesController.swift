import Fluent
import FarunCore
import Vapor

/// Front-desk and back-office pages for work orders: window intake, the printable receipt, the workbench,
/// the order page with its steps and attachments, and claiming from a unit's queue.
enum WorkOrderPagesController {
    static func register(_ app: Application) {
        app.on(.GET, .workOrders, access: .staff(.useStaffArea), use: workbench)
        app.on(.GET, .workOrderNew, access: .staff(.intakeWorkOrders), use: newOrder)
        app.on(.POST, .workOrderNew, access: .staff(.intakeWorkOrders), use: create)
        app.on(.GET, .workOrderReceipt(.routeParameter), access: .staff(.useStaffArea), use: receipt)
        app.on(.GET, .workOrder(.routeParameter), access: .staff(.useStaffArea), use: show)
        app.on(.POST, .workOrderAction(.routeParameter), access: .staff(.useStaffArea), use: act)
        // The multipart envelope adds a little to the largest file accepted.
        let uploadLimit = ByteCount(integerLiteral: (app.settings.attachmentMaxMegabytes + 1) * 1024 * 1024)
        app.on(.POST, .workOrderAttachments(.routeParameter), access: .staff(.useStaffArea), body: .collect(maxSize: uploadLimit), use: attach)
        app.on(.GET, .workOrderAttachment(.routeParameter, attachment: .routeParameter), access: .staff(.useStaffArea), use: download)
        app.on(.POST, .unitClaim(.routeParameter), access: .staff(.handleWorkOrders), use: claim)
    }

    // MARK: intake

    static func values(from req: Request) -> WorkOrderIntakePage.Values {
        var v = WorkOrderIntakePage.Values()
        v.service = req.formValue("service") ?? ""
        v.channel = req.formValue("channel") ?? ""
        v.requesterName = req.formValue("requester_name") ?? ""
        v.requesterPhone = req.formValue("requester_phone") ?? ""
        v.residentID = req.formValue("resident_id") ?? ""
        v.matter = req.formValue("matter") ?? ""
        v.regionID = req.formValue("region_id") ?? ""
        v.servicePointID = req.formValue("service_point_id") ?? ""
        v.priority = req.formValue("priority") ?? WorkOrderPriority.normal.rawValue
        v.greenChannel = req.formValue("green_channel") ?? ""
        v.greenChannelNote = req.formValue("green_channel_note") ?? ""
        v.follows = req.formValue("follows") ?? ""
        v.parent = req.formValue("parent") ?? ""
        v.acceptNow = req.formValue("accept_now") == "1"
        return v
    }

    private static func intakeForm(_ req: Request, _ values: WorkOrderIntakePage.Values, problems: [FieldProblem],
                                   status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        let model = try await WorkOrderPageModels.intake(values, problems: problems, staff: staff, l: req.l10n, on: req.db)
        return try await PageResponse(html: WorkOrderIntakePage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    @Sendable static func newOrder(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        return try await intakeForm(req, WorkOrderPageModels.defaultValues(for: staff), problems: [])
    }

    /// Validates through the one intake path; problems come back next to the fields with the typed values.
    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        let values = values(from: req)
        let draft: IntakeDraft
        switch try await WorkOrderIntake.validate(values.input, submitter: .staff(staff), on: req.db) {
        case .failure(let error): return try await intakeForm(req, values, problems: error.fieldProblems, status: .unprocessableEntity)
        case .success(let valid): draft = valid
        }
        let order: WorkOrder
        do {
            order = try await WorkOrderIntake.submit(draft, submitter: .staff(staff), context: try await ActionContext.from(req), on: req.db)
        } catch AppError.conflict(let key, let args) {
            // Accepting at once failed (e.g. no routing rule): nothing was stored; say why beside "accept now".
            return try await intakeForm(req, values, problems: [.init(field: "accept_now", message: key, args: args)], status: .conflict)
        }
        return req.redirect(to: SiteURL.workOrderReceipt(try order.requireID()).path)
    }

    @Sendable static func receipt(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, _) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        let model = try await WorkOrderPageModels.receipt(order, bureauName: req.application.bureauName, trackAddress: trackAddress(req),
                                                         l: req.l10n, on: req.db)
        return PageResponse(html: WorkOrderReceiptPage.View(model: model, context: req.pageContext).document())
    }

    /// The tracking page's address as the citizen will type it; just the path when the host looks odd.
    static func trackAddress(_ req: Request) -> String {
        let path = SiteURL.track.path
        guard let host = req.headers.first(name: .host), !host.isEmpty,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) })
        else { return path }
        return (req.application.settings.secureCookies ? "https://" : "http://") + host + path
    }

    // MARK: workbench

    @Sendable static func workbench(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let views = WorkOrderPageModels.views(for: staff)
        var filter = WorkbenchPage.Filter()
        let asked = req.queryValue("view").flatMap(WorkOrderQueries.View.init(rawValue:))
        filter.view = asked.flatMap { views.contains($0) ? $0 : nil } ?? (views.contains(.mine) ? .mine : .all)
        filter.number = req.queryValue("number") ?? ""
        filter.phone = req.queryValue("phone") ?? ""
        filter.name = req.queryValue("name") ?? ""
        filter.service = req.queryValue("service") ?? ""
        filter.state = req.queryValue("state") ?? ""
        filter.from = req.queryValue("from") ?? ""
        filter.to = req.queryValue("to") ?? ""
        filter.region = req.queryValue("region") ?? ""
        let notice = req.queryValue("notice").flatMap { ["queue_empty", "member_full"].contains($0) ? $0 : nil }
        let model = try await WorkOrderPageModels.workbench(
            filter, page: PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 30), staff: staff, secrets: req.secrets,
            l: req.l10n, notice: notice, on: req.db)
        return PageResponse(html: WorkbenchPage.View(model: model, context: req.pageContext).document())
    }

    /// "Claim next": the oldest free order of one of the viewer's units (two clerks never get the same one).
    @Sendable static func claim(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let unitID = try req.idParameter()
        guard try await UnitMember.query(on: req.db).filter(\.$unit.$id == unitID).filter(\.$staff.$id == staff.id).first() != nil else {
            throw AppError.notFound(.unitEntity)
        }
        let order: WorkOrder?
        do {
            order = try await WorkOrderCommands.claimNext(unitID: unitID, staff: staff, context: try await ActionContext.from(req), on: req.db)
        } catch AppError.conflict(.errorMemberFull, _) {
            return req.redirect(to: SiteURL.workOrders.path(query: [("view", "unit"), ("notice", "member_full")]))
        }
        guard let order else { return req.redirect(to: SiteURL.workOrders.path(query: [("view", "unit"), ("notice", "queue_empty")])) }
        return req.redirect(to: SiteURL.workOrder(try order.requireID()).path(query: [("done", "claim")]))
    }
}
