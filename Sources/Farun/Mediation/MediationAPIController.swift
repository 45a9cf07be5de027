import Fluent
import FarunCore
import Vapor

/// 人民调解 under /api/v1/mediation: intake from any channel, the mediator's steps, screening reports and statistics.
enum MediationAPIController {
    static func register(_ routes: any RoutesBuilder) {
        let tag = "mediation"
        routes.on(.POST, .api(.mediationDisputes), access: .everyone,
                  doc: .init(summary: "Register a dispute: staff at a mediation point or window (every party's consent recorded), or anyone online (the applicant's consent; the other side is asked later). 人民调解法第十七条: refused when a party clearly refuses",
                             tag: tag, requestSchema: "DisputeIntake", responseSchema: "DisputeReceipt", successStatus: 201), use: submit)
        routes.on(.GET, .api(.mediationDispute(.routeParameter)), access: .staff(.useStaffArea),
                  doc: .init(summary: "One mediation case with parties (masked), sessions, agreement, judicial-confirmation window and the caller's actions",
                             tag: tag, responseSchema: "MediationCase"), use: show)
        routes.on(.POST, .api(.mediationAssignment(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Assign a mediator (unit head) or claim (mediator_id = yourself) with a conflict-of-interest declaration; 409 when the mediator is a party or related to one (recorded)",
                             tag: tag, requestSchema: "MediationAssignment", responseSchema: "MediationCase"), use: assign)
        routes.on(.POST, .api(.mediationConsents(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record whether a party agrees to mediation (人民调解法第三条、第十七条)", tag: tag,
                             requestSchema: "MediationConsent", responseSchema: "MediationCase"), use: consent)
        routes.on(.POST, .api(.mediationSessions(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record a session (in_person with place, phone, or video with an https link), participants and notes", tag: tag,
                             requestSchema: "MediationSession", responseSchema: "MediationCase", successStatus: 201), use: session)
        routes.on(.GET, .api(.mediationAgreementTemplate(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "The agreement template filled from the record, with the content 人民调解法第二十九条 still missing", tag: tag,
                             responseSchema: "AgreementTemplate"), use: template)
        routes.on(.PUT, .api(.mediationAgreement(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Draft or redraft the agreement; 422 naming each item of 人民调解法第二十九条 that is missing. Redrafting drops earlier signatures",
                             tag: tag, requestSchema: "MediationAgreement", responseSchema: "MediationCase"), use: draft)
        routes.on(.POST, .api(.mediationSignatures(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record a party's signature/seal/fingerprint/confirmation, the mediator's signature or the committee seal; the last one makes the agreement effective (第二十九条/第三十条) and starts the 30-day judicial-confirmation window (第三十三条)",
                             tag: tag, requestSchema: "MediationSignature", responseSchema: "MediationCase", successStatus: 201), use: sign)
        routes.on(.POST, .api(.mediationFailure(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Terminate mediation with the reason and the route the parties were told of (第二十六条); litigation, arbitration and legal_aid open the follow-up work order",
                             tag: tag, requestSchema: "MediationFailure", responseSchema: "MediationCase"), use: fail)
        routes.on(.POST, .api(.mediationVisits(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record a follow-up visit (回访) on performance of an effective agreement", tag: tag,
                             requestSchema: "MediationVisit", responseSchema: "MediationCase", successStatus: 201), use: visit)
        routes.on(.POST, .api(.mediationConfirmation(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record the parties' joint application for judicial confirmation (司法确认): the court (民事诉讼法第二百零五条), the filing date, the materials present (若干规定第三条); answers the court's decision deadline (第一百八十七条: 30 days). 422 after the 30-day window (人民调解法第三十三条) or for identity/adoption/marriage relations (若干规定第四条)",
                             tag: tag, requestSchema: "ConfirmationApplicationRequest", responseSchema: "MediationCase", successStatus: 201), use: applyConfirmation)
        routes.on(.POST, .api(.mediationConfirmationOutcome(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Record the court's decision (民事诉讼法第二百零六条): confirmed (enforceable) or rejected; after a rejection a litigation or legal_aid referral opens the follow-up work order",
                             tag: tag, requestSchema: "ConfirmationDecisionRequest", responseSchema: "MediationCase"), use: decideConfirmation)
        routes.on(.POST, .api(.mediationScreeningReports), access: .staff(.reportDisputeScreening),
                  doc: .init(summary: "Submit or correct a point's monthly dispute screening report (矛盾纠纷排查)", tag: tag,
                             requestSchema: "ScreeningReport", responseSchema: "ScreeningOverview", successStatus: 201), use: report)
        routes.on(.GET, .api(.mediationScreeningReports), access: .staff(.reportDisputeScreening),
                  doc: .init(summary: "A month's screening reports in the caller's scope and the points that have not reported", tag: tag,
                             query: [.init(name: "period", type: "string", description: "YYYY-MM (default: last month)"),
                                     .init(name: "region", type: "integer", description: "region id (its subtree)")],
                             responseSchema: "ScreeningOverview"), use: overview)
        routes.on(.GET, .api(.mediationStatistics), access: .staff(.viewStatistics),
                  doc: .init(summary: "Disputes accepted, mediated, agreed, success rate and amounts, by type and point, with the same period a year earlier",
                             tag: tag,
                             query: [.init(name: "from", type: "string", description: "YYYY-MM-DD (default: 1 January)"),
                                     .init(name: "to", type: "string", description: "YYYY-MM-DD (default: today)"),
                                     .init(name: "type", type: "string", description: "dispute type"),
                                     .init(name: "point", type: "integer", description: "service point id"),
                                     .init(name: "region", type: "integer", description: "region id (its subtree)")],
                             responseSchema: "MediationStatistics"), use: statistics)
    }

    // MARK: intake

    @Sendable static func submit(req: Request) async throws -> Response {
        let body = try req.content.decode(DisputeIntakeDTO.self)
        let submitter = try await Submitter.ofAPIRequest(req)
        let draft = try await MediationIntake.validate(body.input, submitter: submitter, on: req.db).get()
        let (order, record) = try await MediationIntake.submit(draft, submitter: submitter, context: try await ActionContext.from(req), on: req.db)
        let isStaff: Bool = if case .staff = submitter { true } else { false }
        let id = try record.requireID()
        // An online dispute waits at the front desk: the citizen is told 待受理 (awaiting_acceptance), not 已受理.
        let dto = DisputeReceiptDTO(work_order_number: order.number, stage: ShownMediationStage(record.stage, orderState: order.state).rawValue,
                                    case_id: isStaff ? id : nil,
                                    url: isStaff ? SiteURL.mediationCase(id).path : nil)
        return try await dto.encodeResponse(status: .created, for: req)
    }

    // MARK: the case

    static func dto(_ id: Int, req: Request) async throws -> MediationCaseDTO {
        let staff = try req.requireStaff(.useStaffArea)
        return try MediationCaseDTO(try await MediationDetails.load(id, for: staff, context: try await ActionContext.from(req), on: req.db))
    }

    @Sendable static func show(req: Request) async throws -> MediationCaseDTO {
        try await dto(try req.idParameter(), req: req)
    }

    /// Runs a store call as the signed-in staff member and answers with the case.
    private static func change(_ req: Request, status: HTTPResponseStatus = .ok,
                               _ body: (Int, StaffPrincipal, ActionContext) async throws -> Void) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let id = try req.idParameter()
        try await body(id, staff, try await ActionContext.from(req))
        return try await dto(id, req: req).encodeResponse(status: status, for: req)
    }

    @Sendable static func assign(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationAssignmentDTO.self)
        return try await change(req) { id, staff, context in
            guard let mediator = body.mediator_id else { throw AppError.validation([.init(field: "mediator_id", message: .mediationMediatorRequired)]) }
            let relation = try body.relation.flatMap { raw -> ConflictRelation? in
                if raw.isEmpty || raw == "none" { return nil }
                guard let relation = ConflictRelation(rawValue: raw) else { throw AppError.validation([.init(field: "relation", message: .mediationDeclarationRequired)]) }
                return relation
            }
            _ = try await MediationStore.assign(id, version: body.version, mediatorID: mediator,
                                                declaration: .init(relation: relation, partyPosition: body.party_position),
                                                by: staff, context: context, on: req.db)
        }
    }

    @Sendable static func consent(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationConsentDTO.self)
        return try await change(req) { id, staff, context in
            guard let consent = MediationConsent(rawValue: body.consent) else {
                throw AppError.validation([.init(field: "consent", message: .mediationConsentMissing, args: ["\(body.party_position + 1)"])])
            }
            _ = try await MediationStore.recordConsent(id, version: body.version, position: body.party_position, consent: consent,
                                                       by: staff, context: context, on: req.db)
        }
    }

    @Sendable static func session(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationSessionDTO.self)
        return try await change(req, status: .created) { id, staff, context in
            guard let mode = body.mode.flatMap(SessionMode.init(rawValue:)) else {
                throw AppError.validation([.init(field: "mode", message: .mediationSessionMode)])
            }
            guard let at = body.held_at else { throw AppError.validation([.init(field: "held_at", message: .mediationSessionTime)]) }
            let record = MediationSessionRecord(mode: mode, at: at, place: body.place ?? "", link: body.link ?? "",
                                                participants: body.participants ?? [], notes: body.notes ?? "")
            _ = try await MediationStore.recordSession(id, version: body.version, record, by: staff, context: context, on: req.db)
        }
    }

    @Sendable static func template(req: Request) async throws -> AgreementTemplateDTO {
        let staff = try req.requireStaff(.handleWorkOrders)
        let loaded = try await MediationStore.load(try req.idParameter(), for: staff, on: req.db)
        let draft = MediationStore.template(loaded)
        return AgreementTemplateDTO(
            form: draft.form.rawValue, committee_name: draft.committeeName,
            parties: loaded.parties.map { .init(position: $0.position, role: $0.role.rawValue, name: $0.name, phone_masked: $0.phoneMasked,
                                               resident_id_masked: $0.residentIDMasked, address: $0.address, consent: $0.consent.rawValue) },
            facts: draft.facts, issues: draft.issues, responsibilities: draft.responsibilities, terms: draft.terms,
            performance_manner: draft.performanceManner, performance_deadline: draft.performanceDeadline?.description,
            missing: draft.missingElements.map(\.rawValue))
    }

    @Sendable static func draft(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationAgreementDTO.self)
        return try await change(req) { id, staff, context in
            let input = try agreementInput(form: body.form, committee: body.committee_name, facts: body.facts, issues: body.issues,
                                           responsibilities: body.responsibilities, terms: body.terms, manner: body.performance_manner,
                                           deadline: body.performance_deadline)
            _ = try await MediationStore.draftAgreement(id, version: body.version, input, by: staff, context: context, on: req.db)
        }
    }

    /// The agreement as entered in a form or JSON; a deadline that is not a date is refused, an empty one is "missing".
    static func agreementInput(form: String?, committee: String?, facts: String?, issues: String?, responsibilities: String?, terms: String?,
                               manner: String?, deadline: String?) throws -> MediationStore.AgreementInput {
        guard let form = AgreementForm(rawValue: form ?? "written") else {
            throw AppError.validation([.init(field: "form", message: .mediationAgreementFormInvalid)])
        }
        var date: LocalDate?
        if let text = deadline?.trimmed, !text.isEmpty {
            guard let parsed = LocalDate(text) else { throw AppError.validation([.init(field: "performance_deadline", message: .mediationAgreementDeadlineInvalid)]) }
            date = parsed
        }
        return .init(form: form, committeeName: committee ?? "", facts: facts ?? "", issues: issues ?? "", responsibilities: responsibilities ?? "",
                     terms: terms ?? "", performanceManner: manner ?? "", performanceDeadline: date)
    }

    @Sendable static func sign(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationSignatureDTO.self)
        return try await change(req, status: .created) { id, staff, context in
            let signature = try signature(kind: body.kind, party: body.party_position, method: body.method, on: body.signed_on, today: context.today)
            _ = try await MediationStore.sign(id, version: body.version, signature, by: staff, context: context, on: req.db)
        }
    }

    static func signature(kind: String, party: Int?, method: String, on: String?, today: LocalDate) throws -> AgreementSignature {
        guard let kind = SignatoryKind(rawValue: kind) else { throw AppError.validation([.init(field: "kind", message: .mediationSignatureUnknownParty)]) }
        guard let method = SignatureMethod(rawValue: method) else { throw AppError.validation([.init(field: "method", message: .mediationSignatureMethod)]) }
        var date = today
        if let text = on?.trimmed, !text.isEmpty {
            guard let parsed = LocalDate(text) else { throw AppError.validation([.init(field: "signed_on", message: .mediationSignatureDate)]) }
            date = parsed
        }
        return AgreementSignature(kind: kind, partyIndex: kind == .party ? party : nil, method: method, on: date)
    }

    @Sendable static func fail(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationFailureDTO.self)
        return try await change(req) { id, staff, context in
            let input = try failureInput(reason: body.reason, note: body.note, referral: body.referral)
            _ = try await MediationStore.fail(id, version: body.version, input, by: staff, context: context, on: req.db)
        }
    }

    static func failureInput(reason: String?, note: String?, referral: String?) throws -> MediationStore.FailureInput {
        guard let referral = Referral(rawValue: referral ?? "none") else {
            throw AppError.validation([.init(field: "referral", message: .mediationReferralInvalid)])
        }
        return .init(reason: reason.flatMap(FailureReason.init(rawValue:)), note: note ?? "", referral: referral)
    }

    @Sendable static func visit(req: Request) async throws -> Response {
        let body = try req.content.decode(MediationVisitDTO.self)
        return try await change(req, status: .created) { id, staff, context in
            let visit = try visitRecord(on: body.visited_on, mode: body.mode, performance: body.performance, notes: body.notes, today: context.today)
            _ = try await MediationStore.recordVisit(id, visit, by: staff, context: context, on: req.db)
        }
    }

    static func visitRecord(on: String?, mode: String?, performance: String?, notes: String?, today: LocalDate) throws -> FollowUpVisitRecord {
        let invalid = AppError.validation([.init(field: "notes", message: .mediationVisitInvalid)])
        let date = on.flatMap { $0.trimmed.isEmpty ? today : LocalDate($0.trimmed) } ?? today
        guard let mode = SessionMode(rawValue: mode ?? "phone"), let performance = performance.flatMap(PerformanceStatus.init(rawValue:)) else { throw invalid }
        return FollowUpVisitRecord(on: date, mode: mode, performance: performance, notes: notes ?? "")
    }

    // MARK: judicial confirmation

    @Sendable static func applyConfirmation(req: Request) async throws -> Response {
        let body = try req.content.decode(ConfirmationApplicationRequestDTO.self)
        return try await change(req, status: .created) { id, staff, context in
            let input = try confirmationApplication(court: body.court_basis, courtName: body.court_name, filedOn: body.filed_on,
                                                    materials: body.materials ?? [], throughAgent: body.through_agent ?? false)
            _ = try await MediationStore.applyForConfirmation(id, version: body.version, input, by: staff, context: context, on: req.db)
        }
    }

    @Sendable static func decideConfirmation(req: Request) async throws -> Response {
        let body = try req.content.decode(ConfirmationDecisionRequestDTO.self)
        return try await change(req) { id, staff, context in
            let input = try confirmationDecision(outcome: body.outcome, decidedOn: body.decided_on, note: body.note, referral: body.referral)
            _ = try await MediationStore.recordConfirmationOutcome(id, version: body.version, input, by: staff, context: context, on: req.db)
        }
    }

    /// The application as a form or JSON sends it; a date that is not a date is refused, unknown materials are ignored.
    static func confirmationApplication(court: String?, courtName: String?, filedOn: String?, materials: [String],
                                        throughAgent: Bool) throws -> MediationStore.ConfirmationApplication {
        var date: LocalDate?
        if let text = filedOn?.trimmed, !text.isEmpty {
            guard let parsed = LocalDate(text) else { throw AppError.validation([.init(field: "filed_on", message: .mediationConfirmationFiledOn)]) }
            date = parsed
        }
        return .init(court: court.flatMap(ConfirmationCourt.init(rawValue:)), courtName: courtName ?? "", filedOn: date,
                     materials: Set(materials.compactMap(ConfirmationMaterial.init(rawValue:))), throughAgent: throughAgent)
    }

    static func confirmationDecision(outcome: String?, decidedOn: String?, note: String?, referral: String?) throws -> MediationStore.ConfirmationDecision {
        guard let referral = Referral(rawValue: referral.flatMap { $0.isEmpty ? nil : $0 } ?? "none") else {
            throw AppError.validation([.init(field: "referral", message: .mediationConfirmationReferral)])
        }
        var date: LocalDate?
        if let text = decidedOn?.trimmed, !text.isEmpty {
            guard let parsed = LocalDate(text) else { throw AppError.validation([.init(field: "decided_on", message: .mediationConfirmationDecidedOn)]) }
            date = parsed
        }
        return .init(outcome: outcome.flatMap(ConfirmationOutcome.init(rawValue:)), decidedOn: date, note: note ?? "", referral: referral)
    }

    // MARK: screening and statistics

    @Sendable static func report(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.reportDisputeScreening)
        let body = try req.content.decode(ScreeningReportDTO.self)
        let context = try await ActionContext.from(req)
        guard let period = body.period.flatMap(ScreeningPeriod.init) else {
            throw AppError.validation([.init(field: "period", message: .mediationScreeningPeriod)])
        }
        guard let pointID = body.service_point_id else { throw AppError.validation([.init(field: "service_point_id", message: .mediationScreeningPoint)]) }
        let report = try await ScreeningStore.submit(
            .init(servicePointID: pointID, period: period, figures: .init(found: body.found ?? 0, resolved: body.resolved ?? 0, escalated: body.escalated ?? 0),
                  notes: body.notes ?? ""), by: staff, context: context, on: req.db)
        let scope = RegionPath(report.regionPath) ?? RegionPath(ids: [])
        return try await ScreeningOverviewDTO(try await ScreeningStore.overview(period: period, scope: scope, on: req.db))
            .encodeResponse(status: .created, for: req)
    }

    /// The region to look at: the one asked for if the caller holds `permission` there, else the caller's widest scope.
    static func scope(_ req: Request, _ permission: Permission) async throws -> RegionPath {
        let staff = try req.requireStaff(permission)
        if let id = req.queryValue("region").flatMap(Int.init) {
            guard let region = try await Region.find(id, on: req.db), staff.allows(permission, in: region.regionPath) else {
                throw AppError.notFound(.mediationEntity)
            }
            return region.regionPath
        }
        // Several grants: the widest one (a head of two towns picks one with `region`).
        guard let widest = staff.scopes(for: permission).min(by: { $0.depth < $1.depth }) else { throw AppError.forbidden }
        return widest
    }

    @Sendable static func overview(req: Request) async throws -> ScreeningOverviewDTO {
        let scope = try await scope(req, .reportDisputeScreening)
        let today = LocalDate.inChina(req.now)
        let period = req.queryValue("period").flatMap(ScreeningPeriod.init) ?? ScreeningPeriod.containing(today).previous
        return ScreeningOverviewDTO(try await ScreeningStore.overview(period: period, scope: scope, on: req.db))
    }

    static func statisticsFilter(_ req: Request) -> MediationStatisticsQueries.Filter {
        let today = LocalDate.inChina(req.now)
        let from = req.queryValue("from").flatMap(LocalDate.init) ?? LocalDate(year: today.year, month: 1, day: 1)!
        let through = req.queryValue("to").flatMap(LocalDate.init) ?? today
        return .init(from: from, through: max(from, through), type: req.queryValue("type").flatMap(DisputeType.init(rawValue:)),
                     pointID: req.queryValue("point").flatMap(Int.init))
    }

    @Sendable static func statistics(req: Request) async throws -> MediationStatisticsDTO {
        let scope = try await scope(req, .viewStatistics)
        let result = try await MediationStatisticsQueries.run(statisticsFilter(req), scope: scope, on: req.db)
        return MediationStatisticsDTO(result, l: req.l10n)
    }
}
