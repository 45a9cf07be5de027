import Fluent
import FarunCore
import Vapor

/// The legal aid pages: the application form (citizens on a phone; staff at the window or hotline), the case page
/// for officers and providers, the printable documents, and the register with statistics. Writes go through the
/// same store as the API.
enum LegalAidPagesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .legalAidApply, access: .everyone, use: applyForm)
        routes.on(.POST, .legalAidApply, access: .everyone, use: apply)
        routes.on(.GET, .staffLegalAidNew, access: .staff(.intakeWorkOrders), use: applyForm)
        routes.on(.POST, .staffLegalAidNew, access: .staff(.intakeWorkOrders), use: apply)
        routes.on(.GET, .staffLegalAid, access: .staff(.reviewLegalAid), use: registerPage)
        routes.on(.GET, .staffLegalAidApplication(.routeParameter), access: .staff(.handleWorkOrders), use: casePage)
        routes.on(.POST, .staffLegalAidAction(.routeParameter), access: .staff(.handleWorkOrders), use: act)
        routes.on(.POST, .staffLegalAidReview(.routeParameter), access: .staff(.reviewLegalAid), use: review)
        routes.on(.POST, .staffLegalAidNote(.routeParameter), access: .staff(.handleWorkOrders), use: note)
        routes.on(.POST, .staffLegalAidObjection(.routeParameter), access: .staff(.intakeWorkOrders), use: object)
        routes.on(.POST, .staffLegalAidObjectionDecision(.routeParameter), access: .staff(.decideLegalAidObjections), use: decideObjection)
        routes.on(.GET, .staffLegalAidDocument(.routeParameter, kind: ""), access: .staff(.handleWorkOrders), use: documentPage)
        LegalAidSupervisionController.register(routes)
        registerHandoff(routes)
    }

    private static func isStaffForm(_ req: Request) -> Bool { req.url.path.hasPrefix("/staff/") }

    @Sendable static func applyForm(req: Request) async throws -> PageResponse {
        if isStaffForm(req) { try req.requireStaff(.intakeWorkOrders) }
        let model = LegalAidApplyPage.Model(staff: isStaffForm(req), values: LegalAidForm(channel: isStaffForm(req) ? "window" : "mobile_web"),
                                            regions: try await formRegions(req), screening: nil, problems: [], submittedNumber: nil, submittedID: nil)
        return PageResponse(html: LegalAidApplyPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func apply(req: Request) async throws -> PageResponse {
        let staffForm = isStaffForm(req)
        var submitter: Submitter = .citizen(citizenID: req.citizen?.id)
        if staffForm { submitter = .staff(try req.requireStaff(.intakeWorkOrders)) }
        var form = try req.content.decode(LegalAidForm.self)
        if !staffForm { form.channel = "mobile_web" }
        var model = LegalAidApplyPage.Model(staff: staffForm, values: form, regions: try await formRegions(req), screening: form.screening,
                                            problems: [], submittedNumber: nil, submittedID: nil)
        if form.preview != nil { return PageResponse(html: LegalAidApplyPage.View(model: model, context: req.pageContext).document()) }
        if !staffForm { try await RateLimiter.hit("legal-aid:ip:\(req.clientIP)", limit: 20, window: 600, on: req) }
        do {
            let application = try await LegalAidIntake.apply(form.input, submitter: submitter, context: try await ActionContext.from(req), on: req.db)
            model.submittedNumber = application.number
            model.submittedID = staffForm ? application.id : nil
            return PageResponse(html: LegalAidApplyPage.View(model: model, context: req.pageContext).document(), status: .created)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            model.problems = error.fieldProblems
            return PageResponse(html: LegalAidApplyPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
        }
    }

    @Sendable static func registerPage(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.reviewLegalAid)
        let filter = try await LegalAidAccess.filter(req, staff: staff)
        let applications = try await LegalAidQueries.applications(filter, on: req.db)
        let summary = LegalAidStatistics.summary(try await LegalAidQueries.records(applications, on: req.db))
        let orders = try await LegalAidAccess.orders(of: Array(applications.prefix(200)), on: req.db)
        let rows = applications.prefix(200).compactMap { a in
            a.id.map { LegalAidRegisterPage.Row(id: $0, number: a.number, receivedOn: a.receivedOn, category: a.category, state: a.state,
                                                decisionDue: a.decisionDue, provider: a.providerName, isPriority: !a.priorities.isEmpty,
                                                channel: orders[a.$workOrder.id]?.channel, origin: a.originKind) }
        }
        let model = LegalAidRegisterPage.Model(
            filter: .init(region: req.queryValue("region_id"), from: filter.from?.description, to: filter.to?.description,
                          category: filter.category?.rawValue, state: filter.state?.rawValue),
            regions: try await regions(req, within: staff.scopes(for: .reviewLegalAid)), statistics: LegalAidStatisticsDTO(summary), rows: Array(rows))
        return PageResponse(html: LegalAidRegisterPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func casePage(req: Request) async throws -> PageResponse {
        let (application, staff) = try await LegalAidAccess.visible(req)
        return try await render(req, application, staff: staff, problems: [], status: .ok)
    }

    static func render(_ req: Request, _ application: LegalAidApplication, staff: StaffPrincipal, problems: [FieldProblem],
                       status: HTTPResponseStatus, typed: LegalAidCasePage.Typed? = nil) async throws -> PageResponse {
        let id = try application.requireID()
        let officer = LegalAidAccess.isOfficer(staff, application)
        let rounds = try await LegalAidSupplement.query(on: req.db).filter(\.$application.$id == id).sort(\.$id).all()
        let notes = try await LegalAidCaseNote.query(on: req.db).filter(\.$application.$id == id).sort(\.$onDate).all()
        let objections = try await LegalAidObjection.query(on: req.db).filter(\.$application.$id == id).sort(\.$id).all()
        let materials = try await CatalogEntry.query(on: req.db).filter(\.$code == LegalAidStore.serviceCode).first()?.serviceType.materials.map(\.item) ?? []
        var model = LegalAidCasePage.Model(
            application: try await LegalAidAPIController.dto(application, for: staff, on: req.db),
            rounds: rounds.map { .init(items: $0.itemList, noticeOn: $0.noticeOn, replyDue: $0.replyDue, suppliedOn: $0.suppliedOn, lapsedOn: $0.lapsedOn) },
            notes: notes.map { .init(kind: $0.kind.rawValue, on: $0.onDate, text: $0.text, author: $0.authorName) },
            objections: try objections.map(LegalAidObjectionResultDTO.init),
            conflicts: officer ? try await LegalAidConflicts.check(application, on: req.db).map(LegalAidConflictDTO.init) : nil,
            materials: materials, providers: officer ? try await providers(for: application, on: req.db) : [],
            isOfficer: officer, isProvider: application.$provider.id == staff.id,
            canRegisterObjection: staff.allows(.intakeWorkOrders, in: application.path),
            canDecideObjections: staff.allows(.decideLegalAidObjections, in: application.path), problems: problems,
            handoff: LegalAidHandoffInfo(channel: try await WorkOrder.find(application.$workOrder.id, on: req.db)?.channel,
                                         origin: try await LegalAidHandoff.origin(of: application, on: req.db), missing: application.missingFieldList,
                                         form: officer && !application.missingFieldList.isEmpty && [.received, .materialsIncomplete].contains(application.state)
                                             ? .init(id: id, version: application.version) : nil))
        try await LegalAidNotices.addNotice(to: &model, application, today: LocalDate.inChina(req.now), l: req.l10n, on: req.db)
        model.followUp = try LegalAidFollowUpDTO(applicationID: id, try await LegalAidFollowUps.record(of: application, on: req.db))
        model.typed = typed
        return PageResponse(html: LegalAidCasePage.View(model: model, context: req.pageContext).document(), status: status)
    }

    struct ActionForm: Content {
        var action: String?
        var version: Int?
        var reasons: String?
        var extension_reason: String?
        var missing_materials: String?
        var provider_id: String?
        var termination_ground: String?
        var outcome: String?
        var amount_recovered: String?
        var closing_report: String?
    }

    @Sendable static func act(req: Request) async throws -> Response {
        let (application, staff) = try await LegalAidAccess.visible(req)
        let form = try req.content.decode(ActionForm.self)
        let body = LegalAidActionDTO(
            action: form.action ?? "", version: form.version ?? 0, reasons: form.reasons, extension_reason: form.extension_reason,
            missing_materials: (form.missing_materials ?? "").split(whereSeparator: \.isNewline).map(String.init),
            provider_id: form.provider_id.flatMap { Int($0) }, termination_ground: form.termination_ground, outcome: form.outcome,
            amount_recovered: form.amount_recovered, closing_report: form.closing_report)
        let typed = LegalAidCasePage.Typed(action: body.action, fields: [
            "reasons": form.reasons, "extension_reason": form.extension_reason, "missing_materials": form.missing_materials,
            "amount_recovered": form.amount_recovered, "closing_report": form.closing_report,
        ].compactMapValues { $0 })
        return try await attempt(req, application, staff: staff, typed: typed) {
            try await LegalAidAPIController.perform(body, on: application, staff: staff, req: req)
        }
    }

    struct ReviewForm: Content {
        var version: Int?
        var materials_checked: [String]?
        var conflict_checked: [String]?
    }

    @Sendable static func review(req: Request) async throws -> Response {
        let (application, staff) = try await LegalAidAccess.visible(req, officerOnly: true)
        let form = try req.content.decode(ReviewForm.self)
        return try await attempt(req, application, staff: staff) {
            _ = try await LegalAidCaseWork.review(try application.requireID(), materials: form.materials_checked ?? [],
                                                  conflictChecked: !(form.conflict_checked ?? []).isEmpty, version: form.version ?? 0,
                                                  context: try await ActionContext.from(req), on: req.db)
        }
    }

    @Sendable static func note(req: Request) async throws -> Response {
        let (application, staff) = try await LegalAidAccess.visible(req)
        let form = try req.content.decode(LegalAidNoteDTO.self)
        return try await attempt(req, application, staff: staff, typed: .init(action: "note", fields: ["on": form.on, "text": form.text])) {
            guard let kind = LegalAidCaseNote.Kind(rawValue: form.kind), let date = LocalDate(form.on) else {
                throw AppError.validation([.init(field: "on", message: .legalAidNoteDateInvalid)])
            }
            _ = try await LegalAidCaseWork.addNote(try application.requireID(), kind: kind, on: date, text: form.text, by: staff,
                                                   context: try await ActionContext.from(req), on: req.db)
        }
    }

    @Sendable static func object(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        guard let application = try await LegalAidApplication.find(try LegalAidAccess.id(req), on: req.db),
              staff.allows(.intakeWorkOrders, in: application.path) else { throw AppError.notFound(.legalAidEntity) }
        let form = try req.content.decode(LegalAidObjectionDTO.self)
        return try await attempt(req, application, staff: staff) {
            _ = try await LegalAidCaseWork.fileObjection(try application.requireID(), grounds: form.grounds, context: try await ActionContext.from(req), on: req.db)
        }
    }

    struct DecisionForm: Content {
        var decision: String?
        var reasons: String?
        var extension_reason: String?
    }

    @Sendable static func decideObjection(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.decideLegalAidObjections)
        guard let objection = try await LegalAidObjection.find(try LegalAidAccess.id(req), on: req.db),
              let application = try await LegalAidApplication.find(objection.$application.id, on: req.db),
              staff.allows(.decideLegalAidObjections, in: application.path) else { throw AppError.notFound(.legalAidEntity) }
        let form = try req.content.decode(DecisionForm.self)
        return try await attempt(req, application, staff: staff) {
            guard let decision = form.decision.flatMap(LegalAidObjection.Decision.init(rawValue:)) else {
                throw AppError.validation([.init(field: "decision", message: .legalAidActionInvalid)])
            }
            _ = try await LegalAidCaseWork.decideObjection(try objection.requireID(), decision: decision, reasons: form.reasons ?? "",
                                                           extensionReason: form.extension_reason ?? "", by: staff,
                                                           context: try await ActionContext.from(req), on: req.db)
        }
    }

    /// Runs a change; on success back to the case page (303), on a refusal the page again with the problem.
    /// Runs one officer step; a refusal comes back on the case page with what is wrong (also used by the hand-off's
    /// details form).
    static func attempt(_ req: Request, _ application: LegalAidApplication, staff: StaffPrincipal, typed: LegalAidCasePage.Typed? = nil,
                        _ body: () async throws -> Void) async throws -> Response {
        do {
            try await body()
            return req.seeOther(.staffLegalAidApplication(try application.requireID()))
        } catch let error as AppError {
            let problems: [FieldProblem]
            switch error {
            case .validation(let list): problems = list
            case .conflict(let key, let args): problems = [.init(field: "action", message: key, args: args)]
            default: throw error
            }
            let fresh = try await LegalAidApplication.find(application.id, on: req.db) ?? application
            return try await render(req, fresh, staff: staff, problems: problems, status: error.status, typed: typed).encodeResponse(for: req)
        }
    }

    @Sendable static func documentPage(req: Request) async throws -> PageResponse {
        let (application, _) = try await LegalAidAccess.visible(req)
        let rounds = try await LegalAidSupplement.query(on: req.db).filter(\.$application.$id == application.requireID()).sort(\.$id).all()
        guard let kind = req.parameters.get("kind").flatMap(LegalAidDocument.Kind.init(rawValue:)),
              kind.isAvailable(state: application.state, decision: application.decision, hasRounds: !rounds.isEmpty),
              let order = try await WorkOrder.find(application.$workOrder.id, on: req.db) else { throw AppError.notFound(.legalAidEntity) }
        let last = rounds.last
        let model = LegalAidDocumentPage.Model(
            kind: kind, caseID: try application.requireID(), number: application.number, applicantName: order.requesterName,
            applicantPhone: order.requesterPhoneMasked, applicantID: order.residentIDMasked, category: application.category,
            circumstances: LegalAidCircumstance.allCases.filter(application.circumstances.contains),
            economicReview: LegalAidText.review(reviewValue(application.economicReview), req.l10n), matter: order.matter,
            opponentName: application.opponentName, receivedOn: application.receivedOn,
            materials: application.materialsChecked.split(separator: "\n").map(String.init), pledgeSignedBy: application.pledgeSignedBy,
            pledgeSignedAt: application.pledgeSignedAt, decisionDue: application.decisionDue, missing: last?.itemList ?? [],
            noticeOn: kind == .supplementNotice ? last?.noticeOn : nil, replyDue: last?.replyDue,
            decision: application.decision, decidedOn: kind == .decision ? application.decidedOn : (kind == .assignmentNotice ? application.assignedOn : nil),
            reasons: application.decisionReasons, providerName: application.providerName, assignedOn: application.assignedOn)
        return PageResponse(html: LegalAidDocumentPage.View(model: model, context: req.pageContext).document())
    }

    /// The stored screening code back as the review it names (for its wording).
    static func reviewValue(_ code: String) -> LegalAidScreening.EconomicReview {
        let parts = code.split(separator: ":")
        let item = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        switch parts.first {
        case "not_applicable": return .notApplicable(article: "")
        case "no_condition": return .noCondition(item: item)
        case "exempt": return .exempt(item: item)
        default: return .pledge
        }
    }

    /// Citizens choose any region; staff only where they may register applications.
    private static func formRegions(_ req: Request) async throws -> [Forms.Option] {
        try await regions(req, within: isStaffForm(req) ? req.staff?.scopes(for: .intakeWorkOrders) ?? [] : nil)
    }

    private static func regions(_ req: Request, within scopes: [RegionPath]? = nil) async throws -> [Forms.Option] {
        let all = try await Region.query(on: req.db).filter(\.$retiredAt == nil).sort(\.$path).limit(500).all()
        return all.filter { r in scopes.map { $0.contains { $0.contains(r.regionPath) } } ?? true }
            .compactMap { r in r.id.map { Forms.Option(value: String($0), label: r.name) } }
    }

    /// Active staff who handle work orders in the application's region (lawyers, legal workers).
    private static func providers(for application: LegalAidApplication, on db: any Database) async throws -> [Forms.Option] {
        let grants = try await RoleGrant.query(on: db).with(\.$region).with(\.$user).all()
        var seen = Set<Int>()
        return grants.compactMap { grant -> Forms.Option? in
            guard grant.role.isLegalProfessional, grant.role.permissions.contains(.handleWorkOrders), !grant.user.isDisabled,
                  grant.region.regionPath.contains(application.path), let id = grant.user.id, seen.insert(id).inserted else { return nil }
            return Forms.Option(value: String(id), label: grant.user.displayName)
        }
    }
}
