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
        ConsultationAPIController.register(routes)
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
        }
    }

    // MARK: - The citizen's question

    @Sendable static func page(req: Request) async throws -> PageResponse {
        var model = ConsultationPage.Model(try await ConsultationActions.show(try ConsultationActions.id(req), on: req.db))
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

    /// Runs a citizen's action; a refusal shows the page again with the reason on top, nothing else changes.
    private static func acting(_ req: Request, _ id: UUID, _ action: () async throws -> Void) async throws -> Response {
        do {
            try await action()
            return req.redirect(to: SiteURL.consultation(id.uuidString).path + "?sent=1", redirectType: .normal)
        } catch let error as AppError {
            if case .notFound = error { throw error }
            if case .tooManyRequests = error { throw error }
            var model = ConsultationPage.Model(try await ConsultationActions.show(id, on: req.db))
            model.notice = error.fieldProblems.first.map { req.l10n.format($0.message, $0.args) } ?? error.message(req.l10n)
            model.noticeIsError = true
            return try await PageResponse(html: ConsultationPage.View(model: model, context: req.pageContext).document(), status: error.status)
                .encodeResponse(for: req)
        }
    }
}
