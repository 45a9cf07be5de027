import Fluent
import FarunCore
import Foundation
import Vapor

/// 人民调解 pages: intake at a mediation point and online, the mediator's case page, the printable agreement,
/// screening reports and statistics; and the JSON API.
enum MediationPagesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .mediationApply, access: .everyone, use: applyForm)
        routes.on(.POST, .mediationApply, access: .everyone, use: applySubmit)
        routes.on(.GET, .mediationCases, access: .staff(.useStaffArea), use: cases)
        routes.on(.GET, .mediationNew, access: .staff(.intakeWorkOrders), use: newForm)
        routes.on(.POST, .mediationNew, access: .staff(.intakeWorkOrders), use: newSubmit)
        routes.on(.GET, .mediationCase(.routeParameter), access: .staff(.useStaffArea), use: casePage)
        routes.on(.POST, .mediationCaseAction(.routeParameter), access: .staff(.handleWorkOrders), use: caseAction)
        routes.on(.GET, .mediationAgreementPrint(.routeParameter), access: .staff(.useStaffArea), use: agreementPrint)
        routes.on(.GET, .mediationScreening, access: .staff(.reportDisputeScreening), use: screening)
        routes.on(.POST, .mediationScreening, access: .staff(.reportDisputeScreening), use: screeningSubmit)
        routes.on(.GET, .mediationStatistics, access: .staff(.viewStatistics), use: statistics)
        routes.on(.GET, .mediationStatisticsCSV, access: .staff(.viewStatistics), use: statisticsCSV)
        MediationAPIController.register(routes)
    }

    // MARK: - Cases

    /// The viewer's mediation cases through the work-order search, so exactly the orders they may see are listed.
    @Sendable static func cases(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let view = req.queryValue("view").flatMap(MediationCasesPage.View.init(rawValue:)) ?? .mine
        var filter = WorkOrderQueries.Filter()
        filter.service = MediationIntake.service
        filter.view = switch view {
        case .mine: .mine
        case .unit: .unit
        case .all: .all
        }
        let visibility = try await WorkOrderQueries.Visibility.of(staff, on: req.db)
        let (orders, _) = try await WorkOrderQueries.search(filter, visibility: visibility, secrets: req.secrets,
                                                            page: PageRequest(page: 1, per: 100), on: req.db)
        let ids = orders.compactMap(\.id)
        let records = ids.isEmpty ? [] : try await MediationCase.query(on: req.db).filter(\.$workOrder.$id ~~ ids).all()
        let byOrder = Dictionary(records.map { ($0.$workOrder.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = orders.compactMap { order -> MediationCasesPage.Row? in
            guard let id = order.id, let record = byOrder[id], let caseID = record.id else { return nil }
            return .init(caseID: caseID, number: order.number, type: record.disputeType, stage: record.stage, urgency: record.urgency,
                         applicant: order.requesterName, acceptedOn: record.acceptedOn,
                         shown: ShownMediationStage(record.stage, orderState: order.state))
        }
        let model = MediationCasesPage.Model(view: view, rows: rows, mayRegister: staff.allows(.intakeWorkOrders),
                                             mayScreen: staff.allows(.reportDisputeScreening), mayCount: staff.allows(.viewStatistics))
        return PageResponse(html: MediationCasesPage.PageView(model: model, context: req.pageContext).document())
    }

    // MARK: - Intake

    /// Where disputes are registered: the reporting points and the county centre.
    static let intakeKinds: [ServicePointKind] = ScreeningStore.reportingKinds + [.center]

    /// The form's choices: every town and point online; at a window only those inside the clerk's intake scope.
    static func intakeModel(_ req: Request, online: Bool) async throws -> MediationIntakePage.Model {
        var points = try await ServicePoint.query(on: req.db).filter(\.$closedAt == nil).filter(\.$kind ~~ intakeKinds)
            .sort(\.$name).all()
        var groups = try await CitizenChoices.regionGroups(on: req.db)
        if !online, let staff = req.staff {
            var allowed = Set<Int>()
            for scope in staff.scopes(for: .intakeWorkOrders) {
                allowed.formUnion(try await Region.query(on: req.db).filter(\.$path, .custom("LIKE"), scope.likePattern).all().compactMap(\.id))
            }
            points = points.filter { allowed.contains($0.$region.id) }
            groups = groups.compactMap { town in
                let villages = town.villages.filter { Int($0.value).map(allowed.contains) ?? false }
                return allowed.contains(town.id) || !villages.isEmpty ? .init(id: town.id, name: town.name, villages: villages) : nil
            }
        }
        return MediationIntakePage.Model(
            online: online, regions: groups,
            points: points.compactMap { p in p.id.map { .init(value: String($0), label: p.name) } },
            pointID: req.queryValue("point") ?? "",
            parties: [.init(role: "applicant"), .init(role: "respondent")])
    }

    /// The form's fields as the intake input, and the model to show again if it is refused.
    static func readIntake(_ req: Request, _ model: inout MediationIntakePage.Model, channel: String, acceptNow: Bool) -> DisputeIntakeInput {
        model.disputeType = req.formValue("dispute_type") ?? ""
        model.urgency = req.formValue("urgency") ?? "normal"
        model.amount = req.formValue("amount") ?? ""
        model.summary = String((req.formValue("summary") ?? "").prefix(IntakeInput.maximumMatterLength * 2))
        model.regionID = req.formValue("region_id") ?? ""
        model.pointID = req.formValue("service_point_id") ?? ""
        model.parties = (0..<MediationIntakePage.Model.rows).map { i in
            let p = "party\(i)_"
            return .init(role: req.formValue(p + "role") ?? "", name: req.formValue(p + "name") ?? "", phone: req.formValue(p + "phone") ?? "",
                         residentID: req.formValue(p + "resident_id") ?? "", address: req.formValue(p + "address") ?? "",
                         consent: req.formValue(p + "consent") ?? "")
        }
        // Rows left empty are not parties; the first two always count so that a missing respondent is reported.
        let rows = model.parties.enumerated().filter { $0.offset < 2 || !$0.element.name.isEmpty || !$0.element.phone.isEmpty }.map(\.element)
        return DisputeIntakeInput(
            channel: channel, regionID: Int(model.regionID), servicePointID: Int(model.pointID), disputeType: model.disputeType,
            urgency: model.urgency, amount: model.amount, summary: model.summary,
            parties: rows.enumerated().map { i, r in
                .init(role: i == 0 ? "applicant" : (r.role.isEmpty ? "respondent" : r.role), name: r.name, phone: r.phone,
                      residentID: r.residentID, address: r.address, consent: r.consent.isEmpty ? "not_yet_asked" : r.consent)
            },
            acceptNow: acceptNow)
    }

    @Sendable static func applyForm(req: Request) async throws -> PageResponse {
        PageResponse(html: MediationIntakePage.View(model: try await intakeModel(req, online: true), context: req.pageContext).document())
    }

    @Sendable static func applySubmit(req: Request) async throws -> PageResponse {
        try await RateLimiter.citizenIntake(on: req)
        var model = try await intakeModel(req, online: true)
        let channel = WorkOrderChannel.forBrowser(userAgent: req.headers.first(name: .userAgent)).rawValue
        let input = readIntake(req, &model, channel: channel, acceptNow: false)
        let submitter = Submitter.citizen(citizenID: req.citizen?.id)
        model.consentGiven = req.formValue("consent") == "yes"
        let result = try await MediationIntake.validate(input, submitter: submitter, on: req.db)
        let consentProblem: [FieldProblem] = model.consentGiven ? [] : [.init(field: "consent", message: .applyConsentRequired)]
        switch result {
        case .failure(let error):
            model.problems = error.fieldProblems + consentProblem
            return PageResponse(html: MediationIntakePage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
        case .success where !consentProblem.isEmpty:
            model.problems = consentProblem
            return PageResponse(html: MediationIntakePage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
        case .success(let draft):
            let (order, _) = try await MediationIntake.submit(draft, submitter: submitter, context: try await ActionContext.from(req), on: req.db)
            var done = try await intakeModel(req, online: true)
            done.submittedNumber = order.number
            return PageResponse(html: MediationIntakePage.View(model: done, context: req.pageContext).document())
        }
    }

    @Sendable static func newForm(req: Request) async throws -> PageResponse {
        try req.requireStaff(.intakeWorkOrders)
        return PageResponse(html: MediationIntakePage.View(model: try await intakeModel(req, online: false), context: req.pageContext).document())
    }

    @Sendable static func newSubmit(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.intakeWorkOrders)
        var model = try await intakeModel(req, online: false)
        let input = readIntake(req, &model, channel: WorkOrderChannel.window.rawValue, acceptNow: true)
        switch try await MediationIntake.validate(input, submitter: .staff(staff), on: req.db) {
        case .failure(let error):
            model.problems = error.fieldProblems
            return try await PageResponse(html: MediationIntakePage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        case .success(let draft):
            let (_, record) = try await MediationIntake.submit(draft, submitter: .staff(staff), context: try await ActionContext.from(req), on: req.db)
            return req.redirect(to: SiteURL.mediationCase(try record.requireID()).path(query: [("done", "1")]))
        }
    }

    // MARK: - The case

    static func casePageResponse(_ req: Request, id: Int, problems: [FieldProblem] = [], status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let details = try await MediationDetails.load(id, for: staff, context: try await ActionContext.from(req), on: req.db)
        var model = MediationCasePage.Model(details, viewerID: staff.id, l: req.l10n)
        model.problems = problems
        model.done = req.queryValue("done") == "1" && problems.isEmpty
        return try await PageResponse(html: MediationCasePage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
    }

    @Sendable static func casePage(req: Request) async throws -> Response {
        try await casePageResponse(req, id: try req.idParameter())
    }

    /// One form per step, told apart by `do`; a refusal shows the page again with the problems.
    @Sendable static func caseAction(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let id = try req.idParameter()
        let version = Int(req.formValue("version") ?? "") ?? -1
        let context = try await ActionContext.from(req)
        do {
            switch req.formValue("do") ?? "" {
            case MediationAction.assign.rawValue, MediationAction.claim.rawValue:
                let relation = req.formValue("relation").flatMap(ConflictRelation.init(rawValue:))
                let mediator = Int(req.formValue("mediator_id") ?? "") ?? staff.id
                _ = try await MediationStore.assign(id, version: version, mediatorID: mediator,
                                                    declaration: .init(relation: relation, partyPosition: Int(req.formValue("party_position") ?? "")),
                                                    by: staff, context: context, on: req.db)
            case "consent":
                guard let consent = req.formValue("consent").flatMap(MediationConsent.init(rawValue:)),
                      let position = Int(req.formValue("consent_party") ?? "") else { throw AppError.validation([.init(field: "consent", message: .mediationConsentMissing, args: ["?"])]) }
                _ = try await MediationStore.recordConsent(id, version: version, position: position, consent: consent, by: staff, context: context, on: req.db)
            case MediationAction.recordSession.rawValue:
                guard let mode = req.formValue("mode").flatMap(SessionMode.init(rawValue:)) else {
                    throw AppError.validation([.init(field: "mode", message: .mediationSessionMode)])
                }
                guard let at = localDateTime(req.formValue("held_at")) else { throw AppError.validation([.init(field: "held_at", message: .mediationSessionTime)]) }
                let session = MediationSessionRecord(mode: mode, at: at, place: req.formValue("place") ?? "", link: req.formValue("link") ?? "",
                                                     participants: (req.formValue("participants") ?? "").components(separatedBy: .newlines),
                                                     notes: req.formValue("notes") ?? "")
                _ = try await MediationStore.recordSession(id, version: version, session, by: staff, context: context, on: req.db)
            case MediationAction.draftAgreement.rawValue:
                let input = try MediationAPIController.agreementInput(
                    form: req.formValue("form"), committee: req.formValue("committee"), facts: req.formValue("facts"), issues: req.formValue("issues"),
                    responsibilities: req.formValue("responsibilities"), terms: req.formValue("terms"), manner: req.formValue("performance_manner"),
                    deadline: req.formValue("performance_deadline"))
                _ = try await MediationStore.draftAgreement(id, version: version, input, by: staff, context: context, on: req.db)
            case MediationAction.sign.rawValue:
                let signatory = req.formValue("signatory") ?? ""
                let isParty = signatory.hasPrefix("party:")
                let signature = try MediationAPIController.signature(
                    kind: isParty ? "party" : signatory, party: isParty ? Int(signatory.dropFirst(6)) : nil, method: req.formValue("method") ?? "",
                    on: req.formValue("signed_on"), today: context.today)
                _ = try await MediationStore.sign(id, version: version, signature, by: staff, context: context, on: req.db)
            case MediationAction.fail.rawValue:
                let input = try MediationAPIController.failureInput(reason: req.formValue("reason"), note: req.formValue("note"), referral: req.formValue("referral"))
                _ = try await MediationStore.fail(id, version: version, input, by: staff, context: context, on: req.db)
            case MediationAction.recordVisit.rawValue:
                let visit = try MediationAPIController.visitRecord(on: req.formValue("visited_on"), mode: req.formValue("mode"),
                                                                   performance: req.formValue("performance"), notes: req.formValue("notes"), today: context.today)
                _ = try await MediationStore.recordVisit(id, visit, by: staff, context: context, on: req.db)
            case MediationStore.confirmationStep:
                let input = try MediationAPIController.confirmationApplication(
                    court: req.formValue("court_basis"), courtName: req.formValue("court_name"), filedOn: req.formValue("filed_on"),
                    materials: req.formValues("materials"), throughAgent: req.formValues("through_agent").contains("yes"))
                _ = try await MediationStore.applyForConfirmation(id, version: version, input, by: staff, context: context, on: req.db)
            case "confirmation_outcome":
                let input = try MediationAPIController.confirmationDecision(outcome: req.formValue("outcome"), decidedOn: req.formValue("decided_on"),
                                                                            note: req.formValue("outcome_note"), referral: req.formValue("outcome_referral"))
                _ = try await MediationStore.recordConfirmationOutcome(id, version: version, input, by: staff, context: context, on: req.db)
            default:
                throw AppError.badRequest(.errorValidation)
            }
        } catch let error as AppError {
            switch error {
            case .validation(let problems): return try await casePageResponse(req, id: id, problems: problems, status: .unprocessableEntity)
            case .conflict(let key, let args): return try await casePageResponse(req, id: id, problems: [.init(field: "stage", message: key, args: args)], status: .conflict)
            default: throw error
            }
        }
        return req.redirect(to: SiteURL.mediationCase(id).path(query: [("done", "1")]))
    }

    /// "2026-09-01T09:30" from a datetime-local field, read as China time (UTC+8, no summer time).
    static func localDateTime(_ text: String?) -> Date? {
        guard let text, text.count >= 16, let day = LocalDate(String(text.prefix(10))),
              let hour = Int(text.dropFirst(11).prefix(2)), let minute = Int(text.dropFirst(14).prefix(2)),
              (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        let midnightUTC = Double(LocalDate(year: 1970, month: 1, day: 1)!.days(until: day)) * 86_400
        return Date(timeIntervalSince1970: midnightUTC + Double(hour * 3600 + minute * 60) - 8 * 3600)
    }

    @Sendable static func agreementPrint(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let details = try await MediationDetails.load(try req.idParameter(), for: staff, context: try await ActionContext.from(req), on: req.db)
        guard let agreement = details.agreement else { throw AppError.notFound(.mediationEntity) }
        let model = MediationAgreementPrintPage.Model(
            caseID: try details.record.requireID(), orderNumber: details.order.number,
            agreement: agreement.draft(parties: details.loaded.parties.map(\.particulars)), effectiveOn: agreement.effectiveOn,
            mediator: details.mediatorName ?? "")
        return PageResponse(html: MediationAgreementPrintPage.View(model: model, context: req.pageContext).document())
    }

    // MARK: - Screening

    static func screeningModel(_ req: Request, period: ScreeningPeriod) async throws -> ScreeningPage.Model {
        let staff = try req.requireStaff(.reportDisputeScreening)
        guard let scope = staff.scopes(for: .reportDisputeScreening).min(by: { $0.depth < $1.depth }) else { throw AppError.forbidden }
        let overview = try await ScreeningStore.overview(period: period, scope: scope, on: req.db)
        let points = overview.reports.map(\.point) + overview.missing
        return ScreeningPage.Model(
            period: period.description,
            points: points.sorted { $0.name < $1.name }.compactMap { p in p.id.map { .init(value: String($0), label: p.name) } },
            reported: overview.reports.map { .init(point: $0.point.name, found: $0.report.found, resolved: $0.report.resolved,
                                                   escalated: $0.report.escalated, notes: $0.report.notes) },
            missing: overview.missing.map(\.name), total: overview.total)
    }

    @Sendable static func screening(req: Request) async throws -> PageResponse {
        let today = LocalDate.inChina(req.now)
        let period = req.queryValue("show").flatMap(ScreeningPeriod.init) ?? ScreeningPeriod.containing(today).previous
        var model = try await screeningModel(req, period: period)
        model.done = req.queryValue("done").flatMap(ScreeningPeriod.init)?.description
        return PageResponse(html: ScreeningPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func screeningSubmit(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.reportDisputeScreening)
        let today = LocalDate.inChina(req.now)
        let period = req.formValue("period").flatMap(ScreeningPeriod.init)
        var model = try await screeningModel(req, period: period ?? ScreeningPeriod.containing(today).previous)
        model.pointID = req.formValue("service_point_id") ?? ""
        model.found = req.formValue("found") ?? ""
        model.resolved = req.formValue("resolved") ?? ""
        model.escalated = req.formValue("escalated") ?? ""
        model.notes = req.formValue("notes") ?? ""
        do {
            guard let period else { throw AppError.validation([.init(field: "period", message: .mediationScreeningPeriod)]) }
            guard let pointID = Int(model.pointID) else { throw AppError.validation([.init(field: "service_point_id", message: .mediationScreeningPoint)]) }
            let counts = [model.found, model.resolved, model.escalated].map { Int($0) }
            guard counts.allSatisfy({ $0 != nil }) else { throw AppError.validation([.init(field: "found", message: .mediationScreeningNegative)]) }
            _ = try await ScreeningStore.submit(.init(servicePointID: pointID, period: period,
                                                      figures: .init(found: counts[0]!, resolved: counts[1]!, escalated: counts[2]!), notes: model.notes),
                                                by: staff, context: try await ActionContext.from(req), on: req.db)
            return req.redirect(to: SiteURL.mediationScreening.path(query: [("show", period.description), ("done", period.description)]))
        } catch AppError.validation(let problems) {
            model.problems = problems
            return try await PageResponse(html: ScreeningPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
    }

    // MARK: - Statistics

    @Sendable static func statistics(req: Request) async throws -> PageResponse {
        let scope = try await MediationAPIController.scope(req, .viewStatistics)
        let filter = MediationAPIController.statisticsFilter(req)
        let result = try await MediationStatisticsQueries.run(filter, scope: scope, on: req.db)
        let (total, byType, byPoint) = MediationStatisticsPage.Row.rows(result, l: req.l10n)
        let regions = try await Region.query(on: req.db).filter(\.$path, .custom("LIKE"), scope.likePattern).all().compactMap(\.id)
        let points = regions.isEmpty ? [] : try await ServicePoint.query(on: req.db).filter(\.$region.$id ~~ regions).sort(\.$name).all()
        var query: [(String, String)] = [("from", filter.from.description), ("to", filter.through.description)]
        if let type = filter.type { query.append(("type", type.rawValue)) }
        if let point = filter.pointID { query.append(("point", String(point))) }
        let model = MediationStatisticsPage.Model(
            from: filter.from.description, to: filter.through.description, type: filter.type?.rawValue ?? "", pointID: filter.pointID.map(String.init) ?? "",
            points: points.compactMap { p in p.id.map { .init(value: String($0), label: p.name) } }, total: total, byType: byType, byPoint: byPoint,
            csvLink: SiteURL.mediationStatisticsCSV.path(query: query),
            confirmations: req.l10n(.mediationStatisticsConfirmations, String(result.confirmations.applied), String(result.confirmations.confirmed),
                                    String(result.confirmations.rejected)))
        return PageResponse(html: MediationStatisticsPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func statisticsCSV(req: Request) async throws -> Response {
        let scope = try await MediationAPIController.scope(req, .viewStatistics)
        let filter = MediationAPIController.statisticsFilter(req)
        let result = try await MediationStatisticsQueries.run(filter, scope: scope, on: req.db)
        let body = MediationStatisticsPage.Row.csv(result, l: req.l10n)
        return Response(status: .ok, headers: [
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": "attachment; filename=\"mediation-\(filter.from)-\(filter.through).csv\"",
        ], body: .init(string: body))
    }
}
