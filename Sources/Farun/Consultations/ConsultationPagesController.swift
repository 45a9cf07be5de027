import Fluent
import FarunCore
import Vapor

/// Citizens ask and follow up; lawyers answer on their workbench: the pages and the JSON API of 快解答.
enum ConsultationPagesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .consult, access: .everyone, use: askForm)
        routes.on(.POST, .consult, access: .everyone, use: askSubmit)
        routes.on(.GET, .consultation(""), access: .everyone, use: page)
        routes.on(.POST, .consultationFollowUp(""), access: .everyone, use: followUp)
        routes.on(.POST, .consultationRate(""), access: .everyone, use: rate)
        routes.on(.GET, .consultationWorkbench, access: .staff(.handleWorkOrders), use: workbench)
        routes.on(.GET, .consultationWorkbenchItem(""), access: .staff(.handleWorkOrders), use: workbenchItem)
        routes.on(.POST, .consultationAnswer(""), access: .staff(.handleWorkOrders), use: answer)
        ConsultationAPIController.register(routes)
        DutyRosterController.register(routes)
        DutyAvailabilityController.register(routes)
        ServiceLevelController.register(routes)
        ConsultationFollowOnController.register(routes)
    }

    // MARK: - Asking

    @Sendable static func askForm(req: Request) async throws -> PageResponse {
        var model = ConsultAskPage.Model.mock
        model.regions = try await CitizenChoices.regionGroups(on: req.db)
        model.citizenName = req.citizen?.displayName
        model.kioskPointID = req.queryValue("kiosk").flatMap(Int.init)
        return PageResponse(html: ConsultAskPage.View(model: model, context: req.pageContext).document())
    }

    /// The first submit shows the robot's suggestions and the classifier's field; the second (confirmed) asks.
    @Sendable static func askSubmit(req: Request) async throws -> Response {
        var model = ConsultAskPage.Model.mock
        model.regions = try await CitizenChoices.regionGroups(on: req.db)
        model.citizenName = req.citizen?.displayName
        model.kioskPointID = req.queryValue("kiosk").flatMap(Int.init)
        model.question = String((req.formValue("question") ?? "").prefix(ConsultationPolicy.standard.maximumQuestionLength * 2))
        model.regionID = req.formValue("region_id") ?? ""
        model.phone = req.formValue("phone") ?? ""
        model.consent = req.formValue("consent") == "1"
        model.publishConsent = req.formValue("publish") == "1"
        model.field = req.formValue("field") ?? ""
        let render = { (status: HTTPResponseStatus) in
            try await PageResponse(html: ConsultAskPage.View(model: model, context: req.pageContext).document(), status: status).encodeResponse(for: req)
        }
        let text: String
        do {
            text = try ConsultationLifecycle.validateQuestion(model.question)
        } catch {
            model.problems = (ConsultationErrors.appError(ConsultationInputProblem.question(error)) as? AppError)?.fieldProblems ?? []
            return try await render(.unprocessableEntity)
        }
        guard req.formValue("confirmed") == "1" else {
            if QuestionField(rawValue: model.field) == nil {
                model.field = ConsultationFields.classifier.suggest(PersonalDataMasking.mask(text).text).field.rawValue
            }
            model.suggestions = AskService.suggestions(for: text, index: req.knowledgeIndex).map(AskPage.Suggestions.init)
            model.confirming = true
            return try await render(.ok)
        }
        model.confirming = true
        guard model.consent else {
            model.problems = [FieldProblem(field: "consent", message: .consultationConsentRequired)]
            return try await render(.unprocessableEntity)
        }
        do {
            let record = try await ConsultationActions.ask(req, text: text, field: QuestionField(rawValue: model.field), regionID: Int(model.regionID),
                                                           phone: model.phone, consent: model.publishConsent)
            return req.redirect(to: SiteURL.consultation(try record.requireID().uuidString).path, redirectType: .normal)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            model.problems = error.fieldProblems
            return try await render(.unprocessableEntity)
        } catch AppError.tooManyRequests {
            // Flooding is refused, but the citizen's text stays in the form for a later try.
            model.problems = [FieldProblem(field: "question", message: .consultTooManyQuestions)]
            return try await render(.tooManyRequests)
        }
    }

    // MARK: - The citizen's question

    @Sendable static func page(req: Request) async throws -> PageResponse {
        var model = try await citizenModel(try ConsultationActions.id(req), req: req)
        if req.queryValue("sent") == "1" { model.notice = req.l10n(.consultSent) }
        return PageResponse(html: ConsultationPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func followUp(req: Request) async throws -> Response {
        let id = try ConsultationActions.id(req)
        return try await acting(req, id) {
            try await ConsultationActions.followUp(req, id, lawyer: Int(req.formValue("lawyer_id") ?? "") ?? 0, text: req.formValue("text") ?? "")
        }
    }

    @Sendable static func rate(req: Request) async throws -> Response {
        let id = try ConsultationActions.id(req)
        return try await acting(req, id) {
            try await ConsultationActions.rate(req, id, lawyer: Int(req.formValue("lawyer_id") ?? "") ?? 0, score: req.formValue("score").flatMap(Int.init),
                                               best: req.formValue("best") == "1", consent: req.formValue("publish") == "1")
        }
    }

    /// The citizen's page: the consultation, links for its article references, the services it was handed on to.
    static func citizenModel(_ id: UUID, req: Request) async throws -> ConsultationPage.Model {
        let shown = try await ConsultationActions.show(id, on: req.db)
        var model = ConsultationPage.Model(shown)
        model.articleLinks = try await ConsultationArticles.links(shown.loaded.entries.values.flatMap { $0.flatMap(\.articles) }, today: req.now, on: req.db)
        let services = try await CatalogEntry.query(on: req.db).all()
        model.referrals = try await ConsultationReferrals.list(id, on: req.db).map { referral, order in
            (services.first { $0.code == referral.serviceCode }?.name(req.l10n.language) ?? referral.serviceCode, order.number)
        }
        return model
    }

    /// Runs a citizen's action; a refusal shows the page again with the reason on top, nothing else changes.
    private static func acting(_ req: Request, _ id: UUID, _ action: () async throws -> Void) async throws -> Response {
        do {
            try await action()
            return req.redirect(to: SiteURL.consultation(id.uuidString).path + "?sent=1", redirectType: .normal)
        } catch let error as AppError {
            if case .notFound = error { throw error }
            var model = try await citizenModel(id, req: req)
            model.notice = error.fieldProblems.first.map { req.l10n.format($0.message, $0.args) } ?? error.message(req.l10n)
            model.noticeIsError = true
            return try await PageResponse(html: ConsultationPage.View(model: model, context: req.pageContext).document(), status: error.status)
                .encodeResponse(for: req)
        }
    }

    // MARK: - Lawyers' workbench

    @Sendable static func workbench(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.handleWorkOrders)
        var model = try await ConsultationWorkbench.model(for: staff, now: req.now, policy: req.application.settings.consultationPolicy, on: req.db)
        model.availability = try await DutyAvailabilityQueries.panel(for: staff, now: req.now, on: req.db)
        model.availability?.done = req.queryValue("availability")
        return PageResponse(html: ConsultationWorkbenchPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func workbenchItem(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.handleWorkOrders)
        var model = try await ConsultationWorkbench.item(try ConsultationActions.id(req), for: staff, req: req)
        if req.queryValue("sent") == "1" { model.notice = req.l10n(.consultSent) }
        if req.queryValue("referred") == "1" { model.notice = req.l10n(.consultReferralDone) }
        return PageResponse(html: ConsultationWorkbenchItemPage.View(model: model, context: req.pageContext).document())
    }

    /// Answers as the signed-in lawyer; refusals (enough lawyers, closed, bad text) show on the page, outside the grant is 404.
    @Sendable static func answer(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let id = try ConsultationActions.id(req)
        let text = req.formValue("text") ?? ""
        do {
            let articles = (req.formValue("articles") ?? "").split(whereSeparator: \.isNewline).map(String.init)
            try await ConsultationActions.answer(req, id, text: text, articles: articles)
            return req.redirect(to: SiteURL.consultationWorkbenchItem(id.uuidString).path + "?sent=1", redirectType: .normal)
        } catch let error as AppError {
            if case .notFound = error { throw error }
            var model = try await ConsultationWorkbench.item(id, for: staff, req: req)
            model.text = String(text.prefix(ConsultationPolicy.standard.maximumMessageLength))
            model.articles = String((req.formValue("articles") ?? "").prefix(2000))
            model.notice = error.fieldProblems.first.map { req.l10n.format($0.message, $0.args) } ?? error.message(req.l10n)
            model.noticeIsError = true
            return try await PageResponse(html: ConsultationWorkbenchItemPage.View(model: model, context: req.pageContext).document(), status: error.status)
                .encodeResponse(for: req)
        }
    }
}

/// The workbench's queries, separate from the handlers so they can be tested directly.
enum ConsultationWorkbench {
    /// Offered by the roster now and inside the lawyer's grant, plus the active questions the lawyer answers; oldest first.
    static func model(for staff: StaffPrincipal, now: Date, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> ConsultationWorkbenchPage.Model {
        let lawyer = ConsultationLawyer(key: String(staff.id), grants: staff.grants)
        let roster = try await ConsultationStore.roster(now: now, on: db)
        let offered = try await ConsultationStore.offered(to: lawyer.key, now: now, roster: roster, policy: policy, on: db)
            .filter { lawyer.mayAnswer(in: $0.regionPath) }
        let offeredIDs = offered.map(\.id)
        let myThreads = try await ConsultationThreadRecord.query(on: db).filter(\.$lawyer.$id == staff.id).all()
        let mine = myThreads.isEmpty ? [] : try await ConsultationRecord.query(on: db)
            .filter(\.$id ~~ myThreads.map { $0.$consultation.id })
            .filter(\.$state ~~ [ConsultationState.open, .answered, .fullyAnswered]).sort(\.$askedAt).all()
        let records = offeredIDs.isEmpty ? [] : try await ConsultationRecord.query(on: db).filter(\.$id ~~ offeredIDs).all()
        let byID = Dictionary(uniqueKeysWithValues: records.compactMap { r in r.id.map { ($0, r) } })
        let counts = try await threadCounts(offeredIDs + mine.compactMap(\.id), on: db)
        let waiting = Dictionary(uniqueKeysWithValues: myThreads.map { ($0.$consultation.id, $0.unansweredFollowUpSince != nil) })
        let regionIDs = Array(Set((records + mine).map { $0.$region.id }))
        let regions = regionIDs.isEmpty ? [] : try await Region.query(on: db).filter(\.$id ~~ regionIDs).all()
        let regionNames = Dictionary(regions.compactMap { region in region.id.map { ($0, region.name) } }, uniquingKeysWith: { first, _ in first })
        func item(_ record: ConsultationRecord) -> ConsultationWorkbenchPage.Item {
            let id = record.id ?? UUID()
            return .init(id: id.uuidString, question: record.question, field: record.field,
                         waitingMinutes: max(0, Int(now.timeIntervalSince(record.askedAt) / 60)), lawyers: counts[id] ?? 0,
                         awaitingMyReply: waiting[id] ?? false, regionName: regionNames[record.$region.id] ?? "")
        }
        return .init(offered: offeredIDs.compactMap { byID[$0] }.map(item), mine: mine.map(item),
                     requiredLawyers: policy.requiredLawyers)
    }

    /// One question for a lawyer whose grant covers its region; any other is not found.
    static func item(_ id: UUID, for staff: StaffPrincipal, req: Request) async throws -> ConsultationWorkbenchItemPage.Model {
        var model = try await item(id, for: staff, policy: req.application.settings.consultationPolicy, on: req.db)
        model.articleLinks = try await ConsultationArticles.links(model.myEntries.flatMap(\.articles), today: req.now, on: req.db)
        let services = try await CatalogEntry.query(on: req.db).sort(\.$id).all().filter { !$0.isRetired }
        let referrals = try await ConsultationReferrals.list(id, on: req.db)
        let language = req.l10n.language
        // Legal aid hand-offs link to the application for whoever may open it (officers of the region).
        let aid = try await LegalAidApplication.query(on: req.db).filter(\.$workOrder.$id ~~ referrals.compactMap { $0.1.id }).all()
        model.referrals = referrals.map { referral, order in
            let application = aid.first { $0.$workOrder.id == order.id }
            return .init(serviceName: services.first { $0.code == referral.serviceCode }?.name(language) ?? referral.serviceCode,
                         number: order.number, orderID: order.id ?? 0, at: referral.createdAt, legalAidID: application?.id,
                         canOpenLegalAid: application.map { staff.allows(.reviewLegalAid, in: $0.path) } ?? false)
        }
        let taken = Set(referrals.map(\.0.serviceCode))
        model.services = services.filter { !taken.contains($0.code) && $0.serviceType.channels.contains(ConsultationReferrals.channel) }
            .map { Forms.Option(value: $0.code, label: $0.name(language)) }
        return model
    }

    static func item(_ id: UUID, for staff: StaffPrincipal, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> ConsultationWorkbenchItemPage.Model {
        let lawyer = ConsultationLawyer(key: String(staff.id), grants: staff.grants)
        guard let loaded = try await ConsultationStore.load(id, on: db), lawyer.mayAnswer(in: loaded.record.path) else {
            throw AppError.notFound(.consultationEntity)
        }
        let mine = loaded.threads.first { $0.$lawyer.id == staff.id }
        let entries = mine.flatMap { loaded.entries[$0.id ?? 0] } ?? []
        return .init(id: id.uuidString, question: loaded.record.question, field: loaded.record.field, state: loaded.consultation.state,
                     askedAt: loaded.record.askedAt, lawyers: loaded.threads.count, requiredLawyers: policy.requiredLawyers,
                     myEntries: entries.map { ConsultationPage.Entry(isAnswer: $0.kind == .answer, text: $0.text, at: $0.at,
                                                                     articles: $0.articleReferences.split(separator: "\n").map(String.init)) })
    }

    private static func threadCounts(_ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        let threads = try await ConsultationThreadRecord.query(on: db).filter(\.$consultation.$id ~~ ids).all()
        return Dictionary(grouping: threads) { $0.$consultation.id }.mapValues(\.count)
    }
}
