import Fluent
import FarunCore
import Vapor

/// Notified defence under /api/v1/legal-aid: register a notice from a court, procuratorate or police, read it
/// back with its appointment due, and record lawyers' relevant practice for the 3-year rule (第二十六条).
enum LegalAidNoticesAPIController {
    static func register(_ routes: any RoutesBuilder) {
        let tag = "legal-aid"
        routes.on(.POST, .api(.legalAidNotices), access: .staff(.intakeWorkOrders),
                  doc: .init(summary: "Register a notice of notified defence or representation (通知辩护/通知代理, 法律援助法 第二十五、二十八条): creates the LEGAL_AID work order and a granted legal aid matter without economic review; the lawyer is due within 3 days of receipt (第三十六条). 409 when the organ's notice number is already registered",
                             tag: tag, requestSchema: "LegalAidNoticeInput", responseSchema: "LegalAidNotice", successStatus: 201), use: create)
        routes.on(.GET, .api(.legalAidNotice(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "The notice behind a legal aid matter and its appointment (officers in its region, or the appointed lawyer); 404 for applied matters",
                             tag: tag, responseSchema: "LegalAidNotice"), use: show)
        routes.on(.PUT, .api(.legalAidProviderExperience(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Record when a lawyer's relevant practice began, for the 3-year rule on life or death cases (第二十六条); lawyers in the caller's legal aid regions only",
                             tag: tag, requestSchema: "LegalAidExperienceInput", responseSchema: "LegalAidExperience"), use: recordExperience)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        let input = try req.content.decode(LegalAidNoticeInput.self)
        let (application, notice) = try await LegalAidNotices.register(input, by: staff, context: try await ActionContext.from(req), on: req.db)
        guard let order = try await WorkOrder.find(application.$workOrder.id, on: req.db) else { throw AppError.notFound(.legalAidEntity) }
        let response = try await LegalAidNoticeDTO(notice, application: application, order: order).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.legalAidNotice(try application.requireID())).path)
        return response
    }

    @Sendable static func show(req: Request) async throws -> LegalAidNoticeDTO {
        let (application, _) = try await LegalAidAccess.visible(req)
        guard let notice = try await LegalAidNotices.notice(of: try application.requireID(), on: req.db),
              let order = try await WorkOrder.find(application.$workOrder.id, on: req.db) else { throw AppError.notFound(.laNoticeEntity) }
        return try LegalAidNoticeDTO(notice, application: application, order: order)
    }

    @Sendable static func recordExperience(req: Request) async throws -> LegalAidExperienceDTO {
        let staff = try req.requireStaff(.reviewLegalAid)
        let staffID = try LegalAidAccess.id(req)
        // Other regions' lawyers answer 404 before the body is even read.
        _ = try await lawyer(staffID, for: staff, on: req.db)
        let body = try req.content.decode(LegalAidExperienceInput.self)
        return try await experience(staffID: staffID, since: body.practice_since, note: body.note ?? "", by: staff, req: req)
    }

    /// Shared with the providers page: only lawyers in the officer's legal aid regions (others: 404).
    static func experience(staffID: Int, since text: String, note: String, by staff: StaffPrincipal, req: Request) async throws -> LegalAidExperienceDTO {
        let scopes = staff.scopes(for: .reviewLegalAid)
        let lawyer = try await lawyer(staffID, for: staff, on: req.db)
        guard let since = LocalDate(text.trimmingCharacters(in: .whitespaces)) else {
            throw AppError.validation([.init(field: "practice_since", message: .laNoticeReceivedInvalid)])
        }
        let context = try await ActionContext.from(req)
        let record = try await LegalAidNotices.recordExperience(staffID: staffID, since: since, note: note, by: staff, regionPath: scopes.first,
                                                                context: context, on: req.db)
        return LegalAidExperienceDTO(staff_id: staffID, name: lawyer.displayName, practice_since: record.practiceSince,
                                     years: NotifiedDefence.fullYears(since: since, on: context.today), note: record.note)
    }

    private static func lawyer(_ staffID: Int, for staff: StaffPrincipal, on db: any Database) async throws -> StaffUser {
        guard let lawyer = try await LegalAidNotices.providers(within: staff.scopes(for: .reviewLegalAid), on: db).first(where: { $0.user.id == staffID })?.user else {
            throw AppError.notFound(.laProviderEntity)
        }
        return lawyer
    }
}
