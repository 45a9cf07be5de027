import Fluent
import FarunCore
import Foundation
import SQLKit
import Vapor

/// A legal aid application made in one step from a 12348 call or an online consultation (法律援助法第二十三条:
/// the hotline and the online platform are doors to legal aid too). The LEGAL_AID work order goes through the one
/// intake; the application record rides on it in the same transaction, pre-filled with what the call or the
/// conversation says. What they cannot say (ID number, opponent, the signed pledge, the category's confirmation)
/// is recorded as missing — never made up — so the officer's one-time supplement notice (第四十三条, LA-04) lists
/// it.
enum LegalAidHandoff {
    /// The application part: the category guessed from the matter (or the law's catch-all item until the officer
    /// confirms it — `category` is always on the missing list), no circumstances, no statement, no signature.
    static func draft(matter: String, nameGiven: Bool) -> (draft: LegalAidDraft, missing: [LegalAidMissingField]) {
        let category = LegalAidMatterGuess.category(for: matter) ?? .otherByRegulation
        let screening = LegalAidScreening.assess(category: category, circumstances: [])
        let draft = LegalAidDraft(category: category, serviceForm: .default(for: category), circumstances: [], screening: screening,
                                  daysToLimitation: nil, needsPreservation: false, statement: "", signature: "", opponentName: "",
                                  opponentPhone: nil, opponentResidentID: nil)
        return (draft, LegalAidMissingField.forHandoff(nameGiven: nameGiven, screening: screening))
    }

    /// Creates the application for a LEGAL_AID order just made inside `tx`, and audits it.
    @discardableResult
    static func attach(to order: WorkOrder, guessFrom text: String, nameGiven: Bool, origin: LegalAidOrigin, reference: String,
                       context: ActionContext, on tx: any Database) async throws -> LegalAidApplication {
        let (draft, missing) = self.draft(matter: text, nameGiven: nameGiven)
        let application = try LegalAidIntake.makeApplication(draft, order: order, policy: LegalAidStore.policy(context.settings), context: context)
        application.pledgeSignedBy = ""
        application.origin = origin.rawValue
        application.originRef = reference
        application.missingFields = LegalAidMissingField.format(missing)
        try await application.create(on: tx)
        try await Audit.record("legal_aid.apply", target: "legal_aid_application", id: application.id, regionPath: order.path,
                               detail: ["number": order.number, "category": draft.category.rawValue, "origin": origin.rawValue,
                                        "origin_ref": reference, "missing": application.missingFields, "economic_review": application.economicReview],
                               doer: context.doer, at: context.now, on: tx)
        return application
    }

    /// The application of a work order, if it has one.
    static func application(of order: WorkOrder, on db: any Database) async throws -> LegalAidApplication? {
        try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id == order.requireID()).first()
    }

    // MARK: - From a 12348 call

    /// What the operator gives: the caller's name, number and matter, and the region (the call form's fields).
    struct CallInput: Content, Sendable {
        var applicant_name: String?
        var applicant_phone: String?
        var matter: String?
        var region_id: Int?
    }

    /// Registers the application for an answered call in the operator's scope: channel hotline, the call linked to
    /// the order (once: a call with an order already answers 409 and nothing is stored), origin = the call.
    static func fromCall(_ call: CallRecord, input: CallInput, staff: StaffPrincipal, req: Request) async throws -> (WorkOrder, LegalAidApplication) {
        var phone = (input.applicant_phone ?? "").trimmingCharacters(in: .whitespaces)
        if phone.isEmpty { phone = (try? req.secrets.decrypt(call.callerEncrypted)) ?? "" }
        let intake = IntakeInput(service: LegalAidStore.serviceCode, channel: WorkOrderChannel.hotline.rawValue,
                                 requesterName: input.applicant_name ?? "", requesterPhone: phone, residentID: nil,
                                 matter: input.matter ?? "", regionID: input.region_id ?? call.$region.id)
        let draft: IntakeDraft
        switch try await WorkOrderIntake.validate(intake, submitter: .staff(staff), on: req.db) {
        case .success(let value): draft = value
        case .failure(let error): throw AppError.validation(error.fieldProblems.map { $0.renamed(LegalAidIntake.applicantFields) })
        }
        let context = try await ActionContext.from(req)
        let callID = try call.requireID()
        let order = try await WorkOrderIntake.submit(draft, submitter: .staff(staff), context: context, on: req.db) { order, tx in
            let orderID = try order.requireID()
            let linked = try await tx.sql.raw("""
                UPDATE call_records SET work_order_id = \(bind: orderID) WHERE id = \(bind: callID) AND work_order_id IS NULL RETURNING id
                """).all()
            guard !linked.isEmpty else { throw AppError.conflict(.hotlineCallHasOrder) }
            try await attach(to: order, guessFrom: draft.matter, nameGiven: true, origin: .hotlineCall, reference: String(callID),
                             context: context, on: tx)
            try await Audit.record("hotline.call.legal_aid", target: "call_record", id: callID, regionPath: call.path,
                                   detail: ["work_order_id": String(orderID), "number": order.number], doer: context.doer, at: context.now, on: tx)
        }
        guard let application = try await application(of: order, on: req.db) else { throw AppError.notFound(.legalAidEntity) }
        return (order, application)
    }

    // MARK: - Where it came from, for the pages and the API

    struct Origin: Sendable, Equatable {
        let kind: LegalAidOrigin
        /// The consultation id or the call id.
        let reference: String
        /// Consultation: the lawyer's page; call: the hotline list of that day.
        let url: String
        /// Call: the ring time; consultation: the asked time.
        let at: Date?
    }

    static func origin(of application: LegalAidApplication, on db: any Database) async throws -> Origin? {
        guard let kind = application.originKind else { return nil }
        let reference = application.originRef
        switch kind {
        case .consultation:
            let at = try await UUID(uuidString: reference).asyncMap { try await ConsultationRecord.find($0, on: db)?.askedAt } ?? nil
            return Origin(kind: kind, reference: reference, url: SiteURL.consultationWorkbenchItem(reference).path, at: at)
        case .hotlineCall:
            let call = try await Int(reference).asyncMap { try await CallRecord.find($0, on: db) } ?? nil
            let day = call.map { LocalDate.inChina($0.ringAt).description }
            return Origin(kind: kind, reference: reference,
                          url: SiteURL.hotline.path(query: [("day", day)]) + (call == nil ? "" : "#call-\(reference)"), at: call?.ringAt)
        }
    }
}
