import Fluent
import FarunCore
import SQLKit
import Vapor

/// An operator turns an answered call into a work order in one step: the one intake, channel hotline,
/// accepted at once (the operator is the front desk), and the call linked to the order.
extension HotlineController {
    /// The call, if the operator may register an order for it: answered, in their scope, without an order yet.
    private static func callForOrder(_ req: Request) async throws -> (CallRecord, StaffPrincipal) {
        let staff = try req.requireStaff(.handleHotline)
        let call = try await HotlineQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard staff.allows(.intakeWorkOrders, in: call.path) else { throw AppError.forbidden }
        guard call.answered else { throw AppError.conflict(.hotlineOrderMissedCall) }
        return (call, staff)
    }

    @Sendable static func orderForm(req: Request) async throws -> Response {
        let (call, staff) = try await callForOrder(req)
        if let orderID = call.$workOrder.id { return req.seeOther(.workOrder(orderID)) }
        let phone = (try? req.secrets.decrypt(call.callerEncrypted)) ?? ""
        let input = CallWorkOrderPage.Input(phone: phone, regionID: call.$region.id)
        return try await orderPage(req, call: call, staff: staff, input: input, problems: [], message: nil, status: .ok)
    }

    static func orderPage(_ req: Request, call: CallRecord, staff: StaffPrincipal, input: CallWorkOrderPage.Input,
                          problems: [FieldProblem], message: String?, status: HTTPResponseStatus) async throws -> Response {
        let services = try await CatalogEntry.query(on: req.db).filter(\.$retiredAt == nil).sort(\.$sortOrder).all()
            .filter { $0.serviceType.channels.contains(.hotline) }
            .map { Forms.Option(value: $0.code, label: $0.name(req.language)) }
        let regions = try await RegionQueries.choices(scopes: staff.scopes(for: .intakeWorkOrders), on: req.db)
        let labels = try await RegionQueries.labels(for: regions, on: req.db)
        let model = CallWorkOrderPage.Model(
            callID: try call.requireID(), ringAt: call.ringAt, callerMasked: call.callerMasked, input: input, services: services,
            regions: regions.compactMap { r in r.id.map { Forms.Option(value: String($0), label: labels[$0] ?? r.name) } },
            problems: problems, message: message)
        return try await PageResponse(html: CallWorkOrderPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    @Sendable static func createOrder(req: Request) async throws -> Response {
        let (call, staff) = try await callForOrder(req)
        if let orderID = call.$workOrder.id { return req.seeOther(.workOrder(orderID)) }
        let form = CallWorkOrderPage.Input(service: req.formValue("service") ?? "", name: req.formValue("requester_name") ?? "",
                                           phone: req.formValue("requester_phone") ?? "", matter: req.formValue("matter") ?? "",
                                           regionID: req.formValue("region_id").flatMap(Int.init))
        let intake = IntakeInput(service: form.service, channel: WorkOrderChannel.hotline.rawValue, requesterName: form.name,
                                 requesterPhone: form.phone, residentID: nil, matter: form.matter, regionID: form.regionID,
                                 servicePointID: nil, priority: nil, greenChannel: nil, greenChannelNote: nil, follows: nil, parent: nil,
                                 acceptNow: true)
        do {
            let draft = try await WorkOrderIntake.validate(intake, submitter: .staff(staff), on: req.db).get()
            let order = try await submit(draft, for: call, staff: staff, req: req)
            return req.seeOther(.workOrder(try order.requireID()))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await orderPage(req, call: call, staff: staff, input: form, problems: error.fieldProblems, message: nil,
                                       status: .unprocessableEntity)
        } catch let error as AppError {
            // E.g. no routing rule for the service here: nothing was stored; say why next to the form.
            guard case .conflict = error else { throw error }
            return try await orderPage(req, call: call, staff: staff, input: form, problems: [], message: error.message(req.l10n),
                                       status: .conflict)
        }
    }

    /// Creates and accepts the order and links the call, all in one transaction: if another operator linked the
    /// call meanwhile, the order is not created.
    private static func submit(_ draft: IntakeDraft, for call: CallRecord, staff: StaffPrincipal, req: Request) async throws -> WorkOrder {
        let context = try await ActionContext.from(req)
        let callID = try call.requireID()
        return try await req.db.transaction { tx in
            let order = try await WorkOrderIntake.submit(draft, submitter: .staff(staff), context: context, on: tx)
            let orderID = try order.requireID()
            let linked = try await tx.sql.raw("""
                UPDATE call_records SET work_order_id = \(bind: orderID) WHERE id = \(bind: callID) AND work_order_id IS NULL RETURNING id
                """).all()
            guard !linked.isEmpty else { throw AppError.conflict(.hotlineCallHasOrder) }
            try await Audit.record("hotline.call.work_order", target: "call_record", id: callID, regionPath: call.path,
                                   detail: ["work_order_id": String(orderID), "number": order.number], by: req, on: tx)
            return order
        }
    }
}
