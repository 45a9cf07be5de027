import Fluent
import FarunCore
import Vapor

/// The notified-defence pages: the notice intake, the reply letter to the notifying organ, and the lawyers'
/// practice records for the 3-year rule. Writes go through the same functions as the API.
enum LegalAidNoticePagesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .staffLegalAidNoticeNew, access: .staff(.intakeWorkOrders), use: form)
        routes.on(.POST, .staffLegalAidNoticeNew, access: .staff(.intakeWorkOrders), use: create)
        routes.on(.GET, .staffLegalAidNoticeReply(.routeParameter), access: .staff(.handleWorkOrders), use: reply)
        routes.on(.GET, .staffLegalAidProviders, access: .staff(.reviewLegalAid), use: providers)
        routes.on(.POST, .staffLegalAidProviders, access: .staff(.reviewLegalAid), use: recordExperience)
    }

    @Sendable static func form(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.intakeWorkOrders)
        let model = LegalAidNoticePage.Model(values: LegalAidNoticeForm(received_on: LocalDate.inChina(req.now).description), regions: try await regions(req, staff),
                                             problems: [], created: nil)
        return PageResponse(html: LegalAidNoticePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func create(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.intakeWorkOrders)
        let values = try req.content.decode(LegalAidNoticeForm.self)
        var model = LegalAidNoticePage.Model(values: values, regions: try await regions(req, staff), problems: [], created: nil)
        do {
            let (application, notice) = try await LegalAidNotices.register(values.input, by: staff, context: try await ActionContext.from(req), on: req.db)
            model.created = .init(id: try application.requireID(), number: application.number, appointmentDue: notice.appointmentDue,
                                  provisional: notice.appointmentDueProvisional, needsExperiencedLawyer: notice.ground.needsExperiencedLawyer)
            return PageResponse(html: LegalAidNoticePage.View(model: model, context: req.pageContext).document(), status: .created)
        } catch let error as AppError {
            switch error {
            case .validation(let problems): model.problems = problems
            case .conflict(let key, let args): model.problems = [.init(field: "notice_number", message: key, args: args)]
            default: throw error
            }
            return PageResponse(html: LegalAidNoticePage.View(model: model, context: req.pageContext).document(), status: error.status)
        }
    }

    @Sendable static func reply(req: Request) async throws -> PageResponse {
        let (application, _) = try await LegalAidAccess.visible(req)
        guard let notice = try await LegalAidNotices.notice(of: try application.requireID(), on: req.db),
              let providerID = application.$provider.id, let assignedOn = application.assignedOn,
              let order = try await WorkOrder.find(application.$workOrder.id, on: req.db) else { throw AppError.notFound(.laNoticeEntity) }
        let organisation = try await ProfessionalProfile.query(on: req.db).filter(\.$user.$id == providerID).first()?.organisation ?? ""
        let model = LegalAidNoticeReplyPage.Model(
            caseID: try application.requireID(), number: application.number, organ: notice.organ, organName: notice.organName,
            noticeNumber: notice.noticeNumber, receivedOn: notice.receivedOn, ground: notice.ground, charge: notice.charge, stage: notice.stage,
            personName: order.requesterName, providerName: application.providerName, providerOrganisation: organisation, assignedOn: assignedOn,
            appointmentDue: notice.appointmentDue)
        return PageResponse(html: LegalAidNoticeReplyPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func providers(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.reviewLegalAid)
        let model = LegalAidProvidersPage.Model(rows: try await rows(req, staff), failedID: nil, typed: "", problems: [],
                                                done: req.queryValue("done") != nil)
        return PageResponse(html: LegalAidProvidersPage.View(model: model, context: req.pageContext).document())
    }

    struct ExperienceForm: Content {
        var staff_id: Int?
        var practice_since: String?
    }

    @Sendable static func recordExperience(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.reviewLegalAid)
        let form = try req.content.decode(ExperienceForm.self)
        guard let staffID = form.staff_id else { throw AppError.notFound(.laProviderEntity) }
        do {
            _ = try await LegalAidNoticesAPIController.experience(staffID: staffID, since: form.practice_since ?? "", note: "", by: staff, req: req)
            return req.redirect(to: SiteURL.staffLegalAidProviders.path(query: [("done", "1")]))
        } catch let error as AppError {
            guard case .validation(let problems) = error else { throw error }
            let model = LegalAidProvidersPage.Model(rows: try await rows(req, staff), failedID: staffID, typed: form.practice_since ?? "",
                                                    problems: problems, done: false)
            return try await PageResponse(html: LegalAidProvidersPage.View(model: model, context: req.pageContext).document(),
                                          status: .unprocessableEntity).encodeResponse(for: req)
        }
    }

    private static func rows(_ req: Request, _ staff: StaffPrincipal) async throws -> [LegalAidProvidersPage.Row] {
        let today = LocalDate.inChina(req.now)
        return try await LegalAidNotices.providers(within: staff.scopes(for: .reviewLegalAid), on: req.db).compactMap { entry in
            entry.user.id.map { .init(id: $0, name: entry.user.displayName, since: entry.since?.description,
                                      years: entry.since.map { NotifiedDefence.fullYears(since: $0, on: today) }) }
        }
    }

    /// Regions where the staff member may register work orders.
    private static func regions(_ req: Request, _ staff: StaffPrincipal) async throws -> [Forms.Option] {
        let scopes = staff.scopes(for: .intakeWorkOrders)
        let all = try await Region.query(on: req.db).filter(\.$retiredAt == nil).sort(\.$path).limit(500).all()
        return all.filter { r in scopes.contains { $0.contains(r.regionPath) } }
            .compactMap { r in r.id.map { Forms.Option(value: String($0), label: r.name) } }
    }
}
