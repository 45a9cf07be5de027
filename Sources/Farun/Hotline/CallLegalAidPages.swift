import Fluent
import FarunCore
import Vapor

/// 转法律援助申请: an operator turns an answered call into a legal aid application in one step — the same call form,
/// another button. Channel hotline, the call linked to the order, what a call cannot carry listed as missing
/// (`LegalAidHandoff`). Page and JSON API.
extension HotlineController {
    static func registerLegalAid(_ routes: any RoutesBuilder) {
        routes.on(.POST, .hotlineCallLegalAid(.routeParameter), access: .staff(.handleHotline), use: createLegalAid)
        routes.on(.POST, .api(.hotlineCallLegalAid(.routeParameter)), access: .staff(.handleHotline),
                  doc: .init(summary: "Turn an answered 12348 call into a legal aid application (channel hotline, the call linked to its order, origin hotline_call). What a call cannot carry — ID number, opposing party, the signed integrity pledge (第四十一条), the category's confirmation — is listed in missing_fields for the officer's one-time supplement notice. 404 outside the caller's hotline scope, 403 without intake_work_orders there, 409 for a missed call or a call that already has an order.",
                             tag: "hotline", requestSchema: "CallLegalAidRequest", responseSchema: "LegalAidApplication", successStatus: 201),
                  use: createLegalAidAPI)
    }

    /// The call, if the operator may register for it: answered, in their scope, without an order yet.
    private static func callForLegalAid(_ req: Request) async throws -> (CallRecord, StaffPrincipal) {
        let staff = try req.requireStaff(.handleHotline)
        let call = try await HotlineQueries.findVisible(try req.idParameter(), staff: staff, on: req.db)
        guard staff.allows(.intakeWorkOrders, in: call.path) else { throw AppError.forbidden }
        guard call.answered else { throw AppError.conflict(.hotlineOrderMissedCall) }
        return (call, staff)
    }

    /// The call form posts here with the legal aid button (same field names as the work-order form).
    @Sendable static func createLegalAid(req: Request) async throws -> Response {
        let (call, staff) = try await callForLegalAid(req)
        if let orderID = call.$workOrder.id { return req.seeOther(.workOrder(orderID)) }
        let form = CallWorkOrderPage.Input(service: LegalAidStore.serviceCode, name: req.formValue("requester_name") ?? "",
                                           phone: req.formValue("requester_phone") ?? "", matter: req.formValue("matter") ?? "",
                                           regionID: req.formValue("region_id").flatMap(Int.init))
        let input = LegalAidHandoff.CallInput(applicant_name: form.name, applicant_phone: form.phone, matter: form.matter, region_id: form.regionID)
        do {
            let (order, _) = try await LegalAidHandoff.fromCall(call, input: input, staff: staff, req: req)
            return req.seeOther(.workOrder(try order.requireID()))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            // The form's own names for the applicant.
            let problems = error.fieldProblems.map { p in
                FieldProblem(field: ["applicant_name": "requester_name", "applicant_phone": "requester_phone"][p.field] ?? p.field,
                             message: p.message, args: p.args)
            }
            return try await orderPage(req, call: call, staff: staff, input: form, problems: problems, message: nil, status: .unprocessableEntity)
        } catch let error as AppError {
            guard case .conflict = error else { throw error }
            return try await orderPage(req, call: call, staff: staff, input: form, problems: [], message: error.message(req.l10n), status: .conflict)
        }
    }

    @Sendable static func createLegalAidAPI(req: Request) async throws -> Response {
        let (call, staff) = try await callForLegalAid(req)
        if call.$workOrder.id != nil { throw AppError.conflict(.hotlineCallHasOrder) }
        let input = try req.content.decode(LegalAidHandoff.CallInput.self)
        let (_, application) = try await LegalAidHandoff.fromCall(call, input: input, staff: staff, req: req)
        let response = try await LegalAidAPIController.dto(application, for: staff, on: req.db).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.legalAidApplication(try application.requireID())).path)
        return response
    }
}
