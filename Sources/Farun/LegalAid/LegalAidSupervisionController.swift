import Fluent
import FarunCore
import Vapor

/// Supervision (督办) of late legal aid matters, and the recipient's rating and complaints: the screen and its API
/// for officers with `review_legal_aid` (the agency supervises its providers, 法律援助法 第五十九条), the call-back
/// entry on the case page, and the complaint form on the citizen's tracking page (第五十五条).
enum LegalAidSupervisionController {
    static func register(_ routes: any RoutesBuilder) {
        let tag = "legal-aid"
        routes.on(.GET, .staffLegalAidSupervision, access: .staff(.reviewLegalAid), use: screen)
        routes.on(.POST, .staffLegalAidSupervise(.routeParameter), access: .staff(.reviewLegalAid), use: superviseForm)
        routes.on(.POST, .staffLegalAidFeedback(.routeParameter), access: .staff(.reviewLegalAid), use: feedbackForm)
        routes.on(.POST, .trackLegalAidComplaint, access: .everyone, use: citizenComplaint)
        routes.on(.GET, .api(.legalAidSupervision), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Late or at-risk legal aid matters in the caller's regions, earliest due first: decision (LA-01), assignment (LA-02), objection (LA-06), no progress, hearing unrecorded, closing report (LA-26)",
                             tag: tag, query: filterParameters, responseSchema: "LegalAidSupervisionRow", isList: true), use: list)
        routes.on(.POST, .api(.legalAidSupervise(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Record a supervision note (督办) on a late matter, optionally notifying the holder through the outbox; 409 when the matter is not late",
                             tag: tag, requestSchema: "LegalAidSupervise", responseSchema: "LegalAidSupervisionNote", successStatus: 201), use: supervise)
        routes.on(.GET, .api(.legalAidFeedback(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "The recipient's rating (with its channel), complaints (第五十五条) and supervision notes of a case",
                             tag: tag, responseSchema: "LegalAidFollowUp"), use: followUp)
        routes.on(.POST, .api(.legalAidFeedback(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Record the recipient's rating taken by phone (回访, after the closing report, once per case) or a complaint asking to replace the provider (第五十五条)",
                             tag: tag, requestSchema: "LegalAidFeedbackInput", responseSchema: "LegalAidFollowUp", successStatus: 201), use: recordFeedback)
    }

    static let filterParameters: [APIDoc.QueryParameter] = [
        .init(name: "kind", type: "string", description: "comma-separated kinds: " + LegalAidSupervision.Kind.allCases.map(\.rawValue).joined(separator: ", ")),
        .init(name: "region_id", type: "integer", description: "a region's subtree"),
        .init(name: "overdue_only", type: "boolean", description: "leave out the at-risk rows"),
        .init(name: "page", type: "integer", description: "1-based page"),
        .init(name: "per", type: "integer", description: "rows per page (default 30, at most 100)"),
    ]

    // MARK: - Reading

    static func filter(_ req: Request, staff: StaffPrincipal) async throws -> LegalAidSupervisionQueries.Filter {
        var filter = LegalAidSupervisionQueries.Filter(scopes: staff.scopes(for: .reviewLegalAid))
        if let regionID = req.queryValue("region_id").flatMap(Int.init) {
            guard let region = try await Region.find(regionID, on: req.db) else { throw AppError.notFound(.thingRegion) }
            filter.region = region.regionPath
        }
        filter.kinds = Set((req.queryValue("kind") ?? "").split(separator: ",").compactMap { LegalAidSupervision.Kind(rawValue: String($0)) })
        // The page's checkbox sends overdue_only[]=1, the API overdue_only=true.
        let flag = req.queryValue("overdue_only") ?? (try? req.query.get([String].self, at: "overdue_only"))?.first
        filter.overdueOnly = ["1", "true"].contains(flag ?? "")
        return filter
    }

    static func rows(_ req: Request, _ filter: LegalAidSupervisionQueries.Filter) async throws -> ([LegalAidSupervisionRowDTO], PageInfo) {
        let context = try await ActionContext.from(req)
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: req.queryValue("per").flatMap(Int.init), defaultPer: 30)
        let (rows, info) = try await LegalAidSupervisionQueries.page(filter, page: page, today: context.today,
                                                                     policy: LegalAidSupervisionQueries.policy(context.settings),
                                                                     calendar: context.calendar, on: req.db)
        return (rows.map(LegalAidSupervisionRowDTO.init), info)
    }

    @Sendable static func list(req: Request) async throws -> PageDTO<LegalAidSupervisionRowDTO> {
        let staff = try req.requireStaff(.reviewLegalAid)
        let (rows, info) = try await rows(req, try await filter(req, staff: staff))
        return PageDTO(items: rows, info: info)
    }

    @Sendable static func screen(req: Request) async throws -> PageResponse {
        try await render(req, problems: [], status: .ok)
    }

    static func render(_ req: Request, problems: [FieldProblem], status: HTTPResponseStatus) async throws -> PageResponse {
        let staff = try req.requireStaff(.reviewLegalAid)
        let filter = try await filter(req, staff: staff)
        let (rows, info) = try await rows(req, filter)
        let scopes = staff.scopes(for: .reviewLegalAid)
        let regions = try await Region.query(on: req.db).filter(\.$retiredAt == nil).sort(\.$path).limit(500).all()
            .filter { r in scopes.contains { $0.contains(r.regionPath) } }
            .compactMap { r in r.id.map { Forms.Option(value: String($0), label: r.name) } }
        let model = LegalAidSupervisionPage.Model(
            filter: .init(region: req.queryValue("region_id"), kind: filter.kinds.count == 1 ? filter.kinds.first?.rawValue : nil,
                          overdueOnly: filter.overdueOnly),
            regions: regions, rows: rows, page: info, done: req.queryValue("done") == "1", problems: problems)
        return PageResponse(html: LegalAidSupervisionPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    // MARK: - 督办

    /// The application, when the caller supervises its region (404 otherwise).
    private static func supervised(_ req: Request) async throws -> (LegalAidApplication, StaffPrincipal) {
        let staff = try req.requireStaff(.reviewLegalAid)
        guard let application = try await LegalAidApplication.find(try LegalAidAccess.id(req), on: req.db),
              staff.allows(.reviewLegalAid, in: application.path) else { throw AppError.notFound(.legalAidEntity) }
        return (application, staff)
    }

    private static func kind(_ raw: String?) throws -> LegalAidSupervision.Kind {
        guard let kind = raw.flatMap(LegalAidSupervision.Kind.init(rawValue:)) else {
            throw AppError.validation([.init(field: "kind", message: .legalAidActionInvalid)])
        }
        return kind
    }

    @Sendable static func supervise(req: Request) async throws -> Response {
        let (application, staff) = try await supervised(req)
        let body = try req.content.decode(LegalAidSuperviseDTO.self)
        let note = try await LegalAidFollowUps.supervise(try application.requireID(), kind: try kind(body.kind), note: body.note,
                                                         notify: body.notify ?? false, by: staff, context: try await ActionContext.from(req), on: req.db)
        return try await LegalAidSupervisionNoteDTO(note).encodeResponse(status: .created, for: req)
    }

    struct SuperviseForm: Content {
        var kind: String?
        var note: String?
        var notify: [String]?
    }

    @Sendable static func superviseForm(req: Request) async throws -> Response {
        let (application, staff) = try await supervised(req)
        let form = try req.content.decode(SuperviseForm.self)
        do {
            _ = try await LegalAidFollowUps.supervise(try application.requireID(), kind: try kind(form.kind), note: form.note ?? "",
                                                      notify: !(form.notify ?? []).isEmpty, by: staff, context: try await ActionContext.from(req), on: req.db)
        } catch let error as AppError {
            let problems: [FieldProblem]
            switch error {
            case .validation(let list): problems = list
            case .conflict(let key, let args): problems = [.init(field: "note", message: key, args: args)]
            default: throw error
            }
            return try await render(req, problems: problems, status: error.status).encodeResponse(for: req)
        }
        return req.redirect(to: SiteURL.staffLegalAidSupervision.path(query: [("done", "1")]), redirectType: .normal)
    }

    // MARK: - Rating and complaints

    @Sendable static func followUp(req: Request) async throws -> LegalAidFollowUpDTO {
        let (application, _) = try await LegalAidAccess.visible(req)
        return try LegalAidFollowUpDTO(applicationID: try application.requireID(), try await LegalAidFollowUps.record(of: application, on: req.db))
    }

    /// A rating or a complaint taken by phone, as the API or the case page sends it.
    static func record(_ input: LegalAidFeedbackInputDTO, on application: LegalAidApplication, staff: StaffPrincipal, req: Request) async throws {
        let context = try await ActionContext.from(req)
        let id = try application.requireID()
        switch input.kind {
        case "rating":
            guard let score = input.score.flatMap(RatingScore.init(rawValue:)) else {
                throw AppError.validation([.init(field: "score", message: .trackScoreRequired)])
            }
            _ = try await LegalAidFollowUps.recordRating(id, score: score, comment: input.text ?? "", by: staff, context: context, on: req.db)
        case "complaint":
            _ = try await LegalAidFollowUps.complain(id, text: input.text ?? "", asksReplacement: input.asks_replacement ?? false,
                                                     channel: .callback, by: staff, context: context, on: req.db)
        default:
            throw AppError.validation([.init(field: "kind", message: .legalAidActionInvalid)])
        }
    }

    @Sendable static func recordFeedback(req: Request) async throws -> Response {
        let (application, staff) = try await supervised(req)
        try await record(try req.content.decode(LegalAidFeedbackInputDTO.self), on: application, staff: staff, req: req)
        return try await LegalAidFollowUpDTO(applicationID: try application.requireID(), try await LegalAidFollowUps.record(of: application, on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    struct FeedbackForm: Content {
        var kind: String?
        var score: String?
        var text: String?
        var asks_replacement: [String]?
    }

    /// The case page's call-back form: back to the case page, or the page again with the problem.
    @Sendable static func feedbackForm(req: Request) async throws -> Response {
        let (application, staff) = try await supervised(req)
        let form = try req.content.decode(FeedbackForm.self)
        let input = LegalAidFeedbackInputDTO(kind: form.kind ?? "", score: form.score, text: form.text, asks_replacement: !(form.asks_replacement ?? []).isEmpty)
        do {
            try await record(input, on: application, staff: staff, req: req)
            return req.seeOther(.staffLegalAidApplication(try application.requireID()))
        } catch let error as AppError {
            let problems: [FieldProblem]
            switch error {
            case .validation(let list): problems = list
            case .conflict(let key, let args): problems = [.init(field: "feedback", message: key, args: args)]
            default: throw error
            }
            return try await LegalAidPagesController.render(req, application, staff: staff, problems: problems, status: error.status).encodeResponse(for: req)
        }
    }

    /// 第五十五条 from the recipient's own tracking page (number and phone ticket): the complaint is recorded and the
    /// page shows that it arrived.
    @Sendable static func citizenComplaint(req: Request) async throws -> Response {
        guard let order = try await TrackingLookup.ticketed(req) else { return req.redirect(to: SiteURL.track.path, redirectType: .normal) }
        guard let application = try await LegalAidApplication.query(on: req.db).filter(\.$workOrder.$id == order.requireID()).first() else {
            throw AppError.notFound(.legalAidEntity)
        }
        let context = try await ActionContext.from(req, doer: .requester(req))
        var model = try await TrackingModel.build(order, l: req.l10n, on: req.db)
        do {
            _ = try await LegalAidFollowUps.complain(try application.requireID(), text: req.formValue("text") ?? "",
                                                     asksReplacement: req.formValue("asks_replacement") != nil, channel: .citizen, by: nil,
                                                     context: context, on: req.db)
            model.complaint = .sent
        } catch let error as AppError {
            switch error {
            case .validation(let list): model.problems = list
            case .conflict(let key, let args): model.problems = [.init(field: "text", message: key, args: args)]
            default: throw error
            }
            return try await PageResponse(html: TrackOrderPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
        return try await PageResponse(html: TrackOrderPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
    }
}
