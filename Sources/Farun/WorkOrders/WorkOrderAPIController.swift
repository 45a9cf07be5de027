import Fluent
import FarunCore
import Vapor

/// Work orders under /api/v1: one intake for every channel (with Idempotency-Key), search, detail, actions,
/// timeline, attachments and claiming from a unit's queue.
enum WorkOrderAPIController {
    static func register(_ routes: any RoutesBuilder) {
        let paging: [APIDoc.QueryParameter] = [.init(name: "page", type: "integer", description: "1-based page"),
                                               .init(name: "per", type: "integer", description: "items per page, at most 100")]
        routes.on(.POST, .api(.workOrders), access: .everyone,
                  doc: .init(summary: "Submit a work order from any channel. Staff register window and hotline requests; anyone may submit through the self-service channels. Send an Idempotency-Key header to make retries safe.",
                             tag: "work-orders", requestSchema: "WorkOrderIntake", responseSchema: "WorkOrder", successStatus: 201), use: submit)
        routes.on(.GET, .api(.workOrders), access: .staff(.useStaffArea),
                  doc: .init(summary: "Search work orders the caller may see", tag: "work-orders",
                             query: paging + [.init(name: "view", type: "string", description: "mine, unit, overdue or all"),
                                              .init(name: "number", type: "string", description: "order number or part of it"),
                                              .init(name: "phone", type: "string", description: "requester phone (exact)"),
                                              .init(name: "name", type: "string", description: "requester name"),
                                              .init(name: "service", type: "string", description: "service code"),
                                              .init(name: "state", type: "string", description: "state"),
                                              .init(name: "from", type: "string", description: "submitted on or after YYYY-MM-DD"),
                                              .init(name: "to", type: "string", description: "submitted on or before YYYY-MM-DD"),
                                              .init(name: "region", type: "integer", description: "region id (its whole subtree)")],
                             responseSchema: "WorkOrder", isList: true), use: search)
        routes.on(.GET, .api(.workOrder(.routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "One work order, with the actions the caller may take", tag: "work-orders", responseSchema: "WorkOrder"), use: show)
        routes.on(.POST, .api(.workOrderActions(.routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "Take an action (accept, refuse, assign, start, request_supplement, supplement_received, transfer, return, resolve); `version` must be the one you read",
                             tag: "work-orders", requestSchema: "WorkOrderAction", responseSchema: "WorkOrder"), use: act)
        routes.on(.GET, .api(.workOrderEvents(.routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "The order's timeline, oldest first", tag: "work-orders", responseSchema: "WorkOrderEvent", isList: true), use: events)
        routes.on(.POST, .api(.workOrderAttachments(.routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "Attach a file (multipart field `file`; PDF, JPEG or PNG)", tag: "work-orders", responseSchema: "Attachment", successStatus: 201),
                  body: .collect(maxSize: "64mb"), use: attach)
        routes.on(.GET, .api(.workOrderAttachment(.routeParameter, attachment: .routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "Download an attachment", tag: "work-orders", responseSchema: "Binary"), use: download)
        routes.on(.GET, .api(.units), access: .staff(.useStaffArea),
                  doc: .init(summary: "Handling units in the caller's scope", tag: "work-orders", query: paging, responseSchema: "HandlingUnit", isList: true), use: units)
        routes.on(.POST, .api(.unitClaim(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Claim the oldest unassigned order of a unit you belong to (green channel first); 409 when the queue is empty",
                             tag: "work-orders", responseSchema: "WorkOrder"), use: claim)
    }

    // MARK: intake

    @Sendable static func submit(req: Request) async throws -> Response {
        let body = try req.content.decode(WorkOrderIntakeDTO.self)
        let submitter = try await Submitter.ofAPIRequest(req)
        let draft = try await WorkOrderIntake.validate(body.input, submitter: submitter, on: req.db).get()
        let context = try await ActionContext.from(req)
        let outcome: Idempotency.Outcome
        if let key = req.headers.first(name: Idempotency.header) {
            guard Idempotency.isValid(key) else { throw AppError.badRequest(.errorIdempotencyKeyInvalid) }
            let scope: String = switch submitter {
            case .staff(let s): "staff:\(s.id)"
            case .citizen(let id): id.map { "citizen:\($0)" } ?? "public"
            }
            let hash = Tokens.sha256Hex(Array(req.body.data.map { Array($0.readableBytesView) } ?? []))
            outcome = try await Idempotency.run(scope: scope, key: key, requestHash: hash, now: context.now, on: req.db) { recordKey in
                try await WorkOrderIntake.submit(draft, submitter: submitter, context: context, on: req.db, also: recordKey)
            }
        } else {
            outcome = .created(try await WorkOrderIntake.submit(draft, submitter: submitter, context: context, on: req.db))
        }
        switch outcome {
        case .created(let order):
            return try await dto(order, req: req).encodeResponse(status: .created, for: req)
        case .replayed(let order):
            let response = try await dto(order, req: req).encodeResponse(status: .ok, for: req)
            response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
            return response
        }
    }

    /// The order as the caller may see it: staff get the full DTO with their actions; a self-service
    /// submitter gets the same masked record (their own data) with no actions.
    static func dto(_ order: WorkOrder, req: Request) async throws -> WorkOrderDTO {
        let name = try await CatalogEntry.query(on: req.db).filter(\.$code == order.serviceCode).first()?.name(req.language) ?? order.serviceCode
        var actions: [WorkOrderAction] = []
        if let staff = req.staff {
            let roles = try await WorkOrderCommands.roles(of: staff, for: order, on: req.db)
            actions = try await LegalAidOrderGuard.filter(availableActions(order, roles: roles), of: order, on: req.db)
        }
        return try WorkOrderDTO(order, serviceName: name, actions: actions)
    }

    static func availableActions(_ order: WorkOrder, roles: WorkOrderCommands.Roles) -> [WorkOrderAction] {
        var seen = Set<WorkOrderAction>()
        return roles.actors.flatMap { WorkOrderLifecycle.availableActions(for: order.status, actor: $0) }.filter { seen.insert($0).inserted }
    }

    // MARK: reading

    static func filter(_ req: Request) -> WorkOrderQueries.Filter {
        var filter = WorkOrderQueries.Filter()
        filter.view = req.queryValue("view").flatMap(WorkOrderQueries.View.init(rawValue:)) ?? .all
        filter.number = req.queryValue("number")
        filter.phone = req.queryValue("phone")
        filter.name = req.queryValue("name")
        filter.service = req.queryValue("service")
        filter.states = req.queryValue("state").flatMap(WorkOrderState.init(rawValue:)).map { [$0] } ?? []
        filter.from = req.queryValue("from").flatMap(LocalDate.init)
        filter.to = req.queryValue("to").flatMap(LocalDate.init)
        filter.unitID = req.queryValue("unit").flatMap(Int.init)
        filter.greenOnly = req.queryValue("green") == "true"
        return filter
    }

    @Sendable static func search(req: Request) async throws -> PageDTO<WorkOrderDTO> {
        let staff = try req.requireStaff(.useStaffArea)
        var filter = filter(req)
        if let id = req.queryValue("region").flatMap(Int.init), let region = try await Region.find(id, on: req.db) { filter.within = region.regionPath }
        let visibility = try await WorkOrderQueries.Visibility.of(staff, on: req.db)
        let (rows, info) = try await WorkOrderQueries.search(filter, visibility: visibility, secrets: req.secrets, page: APIController.pageRequest(req), on: req.db)
        let names = try await WorkOrderQueries.serviceNames(on: req.db)
        return PageDTO(items: try rows.map { try WorkOrderDTO($0, serviceName: names[$0.serviceCode]?.name(req.language) ?? $0.serviceCode, actions: []) }, info: info)
    }

    @Sendable static func show(req: Request) async throws -> WorkOrderDTO {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, _) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        return try await dto(order, req: req)
    }

    @Sendable static func events(req: Request) async throws -> PageDTO<WorkOrderEventDTO> {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, _) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        let events = try await WorkOrderQueries.timeline(of: try order.requireID(), on: req.db)
        return PageDTO(items: try events.map(WorkOrderEventDTO.init), info: PageInfo(request: PageRequest(page: 1, per: max(1, events.count), maxPer: 100_000), total: events.count))
    }

    // MARK: changing

    @Sendable static func act(req: Request) async throws -> WorkOrderDTO {
        let staff = try req.requireStaff(.useStaffArea)
        let body = try req.content.decode(WorkOrderActionDTO.self)
        guard let action = WorkOrderAction(rawValue: body.action), action != .withdraw, action != .close else {
            throw AppError.validation([.init(field: "action", message: .validationChoose)])
        }
        let (order, roles) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        let request = WorkOrderCommands.ActionRequest(
            action: action, version: body.version, reason: body.reason ?? "", missingMaterials: body.missing_materials ?? [],
            assigneeID: body.assignee_id, targetUnitID: body.target_unit_id)
        let changed = try await WorkOrderCommands.perform(request, on: try order.requireID(), as: roles, context: try await ActionContext.from(req), on: req.db)
        return try await dto(changed, req: req)
    }

    @Sendable static func attach(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, roles) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard roles.frontDesk || roles.handlingUnit || roles.assignee else { throw AppError.forbidden }
        struct Upload: Content { var file: File }
        guard let upload = try? req.content.decode(Upload.self) else { throw AppError.validation([.init(field: "file", message: .errorAttachmentEmpty)]) }
        let context = try await ActionContext.from(req)
        let attachment = try await req.db.transaction { tx in
            let saved = try await AttachmentStore.save(fileName: upload.file.filename, data: upload.file.data, to: try order.requireID(),
                                                       uploadedBy: staff.displayName, settings: context.settings, now: context.now, on: tx)
            try await WorkOrderJournal.append(order, action: "attach", from: order.state, note: saved.fileName, context: context, on: tx)
            return saved
        }
        return try await AttachmentDTO(attachment).encodeResponse(status: .created, for: req)
    }

    @Sendable static func download(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let (order, _) = try await WorkOrderQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard let attachment = try await Attachment.query(on: req.db).filter(\.$id == (try req.idParameter("attachment")))
            .filter(\.$workOrder.$id == (try order.requireID())).first()
        else { throw AppError.notFound(.attachmentEntity) }
        return try AttachmentStore.response(attachment, settings: req.application.settings)
    }

    @Sendable static func units(req: Request) async throws -> PageDTO<HandlingUnitDTO> {
        let staff = try req.requireStaff(.useStaffArea)
        let scopes = staff.scopes(for: .handleWorkOrders) + staff.scopes(for: .intakeWorkOrders) + staff.scopes(for: .manageRouting)
        let page = APIController.pageRequest(req)
        guard !scopes.isEmpty else { return PageDTO(items: [], info: PageInfo(request: page, total: 0)) }
        let query = HandlingUnit.query(on: req.db).filter(\.$retiredAt == nil).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }
        let total = try await query.count()
        let rows = try await query.sort(\.$name).range(page.offset..<(page.offset + page.per)).all()
        return PageDTO(items: try rows.map(HandlingUnitDTO.init), info: PageInfo(request: page, total: total))
    }

    @Sendable static func claim(req: Request) async throws -> WorkOrderDTO {
        let staff = try req.requireStaff(.handleWorkOrders)
        let unitID = try req.idParameter()
        guard try await UnitMember.query(on: req.db).filter(\.$unit.$id == unitID).filter(\.$staff.$id == staff.id).first() != nil else {
            throw AppError.notFound(.unitEntity)
        }
        guard let order = try await WorkOrderCommands.claimNext(unitID: unitID, staff: staff, context: try await ActionContext.from(req), on: req.db) else {
            throw AppError.conflict(.errorQueueEmpty)
        }
        return try await dto(order, req: req)
    }
}

struct AttachmentDTO: Content {
    let id: Int
    let file_name: String
    let content_type: String
    let size: Int
    let sha256: String

    init(_ attachment: Attachment) throws {
        id = try attachment.requireID()
        file_name = attachment.fileName
        content_type = attachment.contentType
        size = attachment.size
        sha256 = attachment.sha256
    }
}
