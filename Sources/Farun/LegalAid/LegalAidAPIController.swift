import Fluent
import FarunCore
import Vapor

/// Legal aid under /api/v1/legal-aid: the screening the form shows, applications from every channel, the
/// officer's review and decision, the provider's case work, objections to the bureau, registers and statistics.
enum LegalAidAPIController {
    static func register(_ routes: any RoutesBuilder) {
        let tag = "legal-aid"
        routes.on(.GET, .api(.legalAidScreening), access: .everyone,
                  doc: .init(summary: "What the form tells the applicant before submitting: economic review (法律援助法 第二十五、三十二、四十一、四十二条) and priority (第四十四条, green channel)",
                             tag: tag, query: [.init(name: "category", type: "string", description: "a legal aid category"),
                                               .init(name: "circumstances", type: "string", description: "comma-separated circumstances"),
                                               .init(name: "days_to_limitation", type: "integer", description: "days left before a limitation period")],
                             responseSchema: "LegalAidScreening"), use: screening)
        routes.on(.POST, .api(.legalAidApplications), access: .everyone,
                  doc: .init(summary: "Apply for legal aid (citizens from self-service channels; staff from the window or hotline); creates the LEGAL_AID work order and its legal aid record",
                             tag: tag, requestSchema: "LegalAidApplicationInput", responseSchema: "LegalAidApplication", successStatus: 201), use: create)
        routes.on(.GET, .api(.legalAidApplications), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "The register of applications in the caller's regions", tag: tag, query: filterParameters,
                             responseSchema: "LegalAidApplicationList"), use: list)
        routes.on(.GET, .api(.legalAidApplication(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "One application (officers in its region, or the assigned provider)", tag: tag, responseSchema: "LegalAidApplication"), use: show)
        routes.on(.POST, .api(.legalAidActions(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "A step of the review or the case: request_materials, supply_materials, lapse, withdraw, grant, refuse, assign, terminate (officers); start_handling, close (the provider). 409 on a stale version or a step not possible now",
                             tag: tag, requestSchema: "LegalAidAction", responseSchema: "LegalAidApplication"), use: act)
        routes.on(.POST, .api(.legalAidReview(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Record the materials checklist and that the conflict check was seen (required before a decision)",
                             tag: tag, requestSchema: "LegalAidReview", responseSchema: "LegalAidApplication"), use: review)
        routes.on(.GET, .api(.legalAidConflicts(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Conflict check of the applicant and the opposing party against earlier applications, cases and work orders",
                             tag: tag, responseSchema: "LegalAidConflictList"), use: conflicts)
        routes.on(.POST, .api(.legalAidNotes(.routeParameter)), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "A progress note or hearing date by the assigned provider", tag: tag, requestSchema: "LegalAidNote",
                             responseSchema: "LegalAidNoteResult", successStatus: 201), use: addNote)
        routes.on(.POST, .api(.legalAidObjections(.routeParameter)), access: .staff(.intakeWorkOrders),
                  doc: .init(summary: "Register an objection to a refusal or termination (第四十九条); due in 5 days", tag: tag,
                             requestSchema: "LegalAidObjectionInput", responseSchema: "LegalAidObjection", successStatus: 201), use: object)
        routes.on(.POST, .api(.legalAidObjectionDecision(.routeParameter)), access: .staff(.decideLegalAidObjections),
                  doc: .init(summary: "The justice bureau's decision on an objection: upheld or correction_ordered (reopens the review)", tag: tag,
                             requestSchema: "LegalAidObjectionDecision", responseSchema: "LegalAidObjection"), use: decideObjection)
        routes.on(.GET, .api(.legalAidStatistics), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Statistics: by category, grant rate, time to decision, amounts recovered, recipients by group", tag: tag,
                             query: filterParameters, responseSchema: "LegalAidStatistics"), use: statistics)
        routes.on(.GET, .api(.legalAidRegisterCSV), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "The register as CSV (UTF-8 with BOM for Excel)", tag: tag, query: filterParameters, responseSchema: "LegalAidRegisterCSV"), use: registerCSV)
    }

    static let filterParameters: [APIDoc.QueryParameter] = [
        .init(name: "region_id", type: "integer", description: "a region's subtree"),
        .init(name: "from", type: "string", description: "received on or after (YYYY-MM-DD)"),
        .init(name: "to", type: "string", description: "received on or before (YYYY-MM-DD)"),
        .init(name: "category", type: "string", description: "a legal aid category"),
        .init(name: "state", type: "string", description: "a legal aid state"),
    ]

    @Sendable static func screening(req: Request) async throws -> LegalAidScreeningDTO {
        guard let category = req.query[String.self, at: "category"].flatMap(LegalAidCategory.init(rawValue:)) else {
            throw AppError.validation([.init(field: "category", message: .legalAidCategoryRequired)])
        }
        let circumstances = LegalAidCircumstance.parse(req.query[String.self, at: "circumstances"] ?? "")
        let urgency = LegalAidScreening.Urgency(daysToLimitation: req.query[Int.self, at: "days_to_limitation"],
                                                needsPreservation: req.query[Bool.self, at: "needs_preservation"] ?? false)
        return LegalAidScreeningDTO(LegalAidScreening.assess(category: category, circumstances: circumstances, urgency: urgency), l: req.l10n)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let input = try req.content.decode(LegalAidApplicationInput.self)
        let submitter: Submitter = if let staff = req.staff, staff.allows(.intakeWorkOrders) { .staff(staff) } else { .citizen(citizenID: req.citizen?.id) }
        if case .citizen = submitter { try await RateLimiter.hit("legal-aid:ip:\(req.clientIP)", limit: 20, window: 600, on: req) }
        let application = try await LegalAidIntake.apply(input, submitter: submitter, context: try await ActionContext.from(req), on: req.db)
        let response = try await dto(application, for: req.staff, on: req.db).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.legalAidApplication(try application.requireID())).path)
        return response
    }

    @Sendable static func list(req: Request) async throws -> [LegalAidApplicationDTO] {
        let staff = try req.requireStaff(.reviewLegalAid)
        let filter = try await LegalAidAccess.filter(req, staff: staff)
        let applications = try await LegalAidQueries.applications(filter, limit: 500, on: req.db)
        let orders = try await LegalAidAccess.orders(of: applications, on: req.db)
        return try applications.compactMap { a in
            guard let order = orders[a.$workOrder.id] else { return nil }
            return try LegalAidApplicationDTO(a, order: order, actions: LegalAidAccess.actions(a, staff: staff))
        }
    }

    @Sendable static func show(req: Request) async throws -> LegalAidApplicationDTO {
        let (application, staff) = try await LegalAidAccess.visible(req)
        return try await dto(application, for: staff, on: req.db)
    }

    @Sendable static func act(req: Request) async throws -> LegalAidApplicationDTO {
        let (application, staff) = try await LegalAidAccess.visible(req)
        let body = try req.content.decode(LegalAidActionDTO.self)
        return try await dto(try await perform(body, on: application, staff: staff, req: req), for: staff, on: req.db)
    }

    /// Checks the body into a command and performs it as the caller's actor (shared with the case page's forms).
    static func perform(_ body: LegalAidActionDTO, on application: LegalAidApplication, staff: StaffPrincipal, req: Request) async throws -> LegalAidApplication {
        guard let action = LegalAidAction(rawValue: body.action), action != .reopen else {
            throw AppError.validation([.init(field: "action", message: .legalAidActionInvalid)])
        }
        var command = LegalAidStore.Command(action: action, version: body.version)
        command.reasons = body.reasons ?? ""
        command.extensionReason = body.extension_reason ?? ""
        command.missingMaterials = body.missing_materials ?? []
        command.providerID = body.provider_id
        command.closingReport = body.closing_report ?? ""
        if let raw = body.termination_ground, !raw.isEmpty {
            guard let ground = TerminationGround(rawValue: raw) else { throw AppError.validation([.init(field: "termination_ground", message: .legalAidGroundRequired)]) }
            command.terminationGround = ground
        }
        if let raw = body.outcome, !raw.isEmpty {
            guard let outcome = LegalAidOutcome(rawValue: raw) else { throw AppError.validation([.init(field: "outcome", message: .legalAidOutcomeRequired)]) }
            command.outcome = outcome
        }
        if let raw = body.amount_recovered, !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let fen = LegalAidAmount.fen(fromYuan: raw) else { throw AppError.validation([.init(field: "amount_recovered", message: .legalAidAmountInvalid)]) }
            command.amountRecoveredFen = fen
        }
        let actor = try LegalAidAccess.actor(for: action, application, staff: staff)
        return try await LegalAidStore.perform(command, on: try application.requireID(), as: actor, context: try await ActionContext.from(req), on: req.db)
    }

    @Sendable static func review(req: Request) async throws -> LegalAidApplicationDTO {
        let (application, staff) = try await LegalAidAccess.visible(req, officerOnly: true)
        let body = try req.content.decode(LegalAidReviewDTO.self)
        let updated = try await LegalAidCaseWork.review(try application.requireID(), materials: body.materials_checked ?? [],
                                                        conflictChecked: body.conflict_checked ?? false, version: body.version,
                                                        context: try await ActionContext.from(req), on: req.db)
        return try await dto(updated, for: staff, on: req.db)
    }

    @Sendable static func conflicts(req: Request) async throws -> [LegalAidConflictDTO] {
        let (application, _) = try await LegalAidAccess.visible(req, officerOnly: true)
        return try await LegalAidConflicts.check(application, on: req.db).map(LegalAidConflictDTO.init)
    }

    @Sendable static func addNote(req: Request) async throws -> Response {
        let (application, staff) = try await LegalAidAccess.visible(req)
        let body = try req.content.decode(LegalAidNoteDTO.self)
        guard let kind = LegalAidCaseNote.Kind(rawValue: body.kind), let date = LocalDate(body.on) else {
            throw AppError.validation([.init(field: "on", message: .legalAidNoteDateInvalid)])
        }
        let note = try await LegalAidCaseWork.addNote(try application.requireID(), kind: kind, on: date, text: body.text, by: staff,
                                                      context: try await ActionContext.from(req), on: req.db)
        return try await LegalAidNoteResultDTO(id: try note.requireID(), kind: note.kind.rawValue, on: note.onDate, text: note.text,
                                               author_name: note.authorName).encodeResponse(status: .created, for: req)
    }

    @Sendable static func object(req: Request) async throws -> Response {
        let id = try LegalAidAccess.id(req)
        let staff = try req.requireStaff(.intakeWorkOrders)
        guard let application = try await LegalAidApplication.find(id, on: req.db), staff.allows(.intakeWorkOrders, in: application.path) else {
            throw AppError.notFound(.legalAidEntity)
        }
        let body = try req.content.decode(LegalAidObjectionDTO.self)
        let objection = try await LegalAidCaseWork.fileObjection(id, grounds: body.grounds, context: try await ActionContext.from(req), on: req.db)
        return try await LegalAidObjectionResultDTO(objection).encodeResponse(status: .created, for: req)
    }

    @Sendable static func decideObjection(req: Request) async throws -> LegalAidObjectionResultDTO {
        let id = try LegalAidAccess.id(req)
        let staff = try req.requireStaff(.decideLegalAidObjections)
        guard let objection = try await LegalAidObjection.find(id, on: req.db),
              let application = try await LegalAidApplication.find(objection.$application.id, on: req.db),
              staff.allows(.decideLegalAidObjections, in: application.path) else { throw AppError.notFound(.legalAidEntity) }
        let body = try req.content.decode(LegalAidObjectionDecisionDTO.self)
        guard let decision = LegalAidObjection.Decision(rawValue: body.decision) else {
            throw AppError.validation([.init(field: "decision", message: .legalAidActionInvalid)])
        }
        return try LegalAidObjectionResultDTO(try await LegalAidCaseWork.decideObjection(
            id, decision: decision, reasons: body.reasons, extensionReason: body.extension_reason ?? "", by: staff,
            context: try await ActionContext.from(req), on: req.db))
    }

    @Sendable static func statistics(req: Request) async throws -> LegalAidStatisticsDTO {
        let staff = try req.requireStaff(.reviewLegalAid)
        let applications = try await LegalAidQueries.applications(try await LegalAidAccess.filter(req, staff: staff), on: req.db)
        return LegalAidStatisticsDTO(LegalAidStatistics.summary(try await LegalAidQueries.records(applications, on: req.db)))
    }

    @Sendable static func registerCSV(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.reviewLegalAid)
        let applications = try await LegalAidQueries.applications(try await LegalAidAccess.filter(req, staff: staff), on: req.db)
        try await Audit.record("legal_aid.export", target: "legal_aid_register", id: nil, regionPath: nil,
                               detail: ["rows": String(applications.count)], doer: Doer(req), at: req.now, on: req.db)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.add(name: .contentDisposition, value: "attachment; filename=\"legal-aid-register.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: LegalAidQueries.registerCSV(applications, l: req.l10n)))
    }

    static func dto(_ application: LegalAidApplication, for staff: StaffPrincipal?, on db: any Database) async throws -> LegalAidApplicationDTO {
        guard let order = try await WorkOrder.find(application.$workOrder.id, on: db) else { throw AppError.notFound(.legalAidEntity) }
        return try LegalAidApplicationDTO(application, order: order, actions: staff.map { LegalAidAccess.actions(application, staff: $0) } ?? [])
    }
}
