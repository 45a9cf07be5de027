import Fluent
import FarunCore
import Vapor

/// After the answers: hand-off to a service as a work order (转办), the FAQ publication review, and the status the
/// citizen's page polls. Pages and JSON API.
enum ConsultationFollowOnController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.POST, .consultationReferrals(""), access: .staff(.handleWorkOrders), use: referPage)
        routes.on(.GET, .consultationReviews, access: .staff(.manageKnowledge), use: queuePage)
        routes.on(.GET, .consultationReview(""), access: .staff(.manageKnowledge), use: reviewPage)
        routes.on(.POST, .consultationReview(""), access: .staff(.manageKnowledge), use: reviewSubmit)

        routes.on(.GET, .api(.consultationStatus("")), access: .everyone,
                  doc: .init(summary: "The state and number of answers of a consultation, for the citizen's page to poll (public with the id)",
                             tag: "consultations", responseSchema: "ConsultationStatus"), use: statusAPI)
        routes.on(.POST, .api(.consultationReferrals("")), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Hand the consultation on to a service (e.g. LEGAL_AID) as a work order carrying the whole conversation; once per service (409), 404 outside the caller's grant. LEGAL_AID makes a legal aid application (legal_aid_application_id) with what the citizen has not given listed as missing",
                             tag: "consultations", requestSchema: "ConsultationReferralRequest", responseSchema: "ConsultationReferral", successStatus: 201),
                  use: referAPI)
        routes.on(.GET, .api(.consultationReviews), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Closed consultations with consent and a best answer awaiting FAQ review, in the caller's regions",
                             tag: "consultations", responseSchema: "ConsultationReviewItem", isList: true), use: queueAPI)
        routes.on(.GET, .api(.consultationReview("")), access: .staff(.manageKnowledge),
                  doc: .init(summary: "The pre-filled, masked FAQ text for review, with what still looks personal", tag: "consultations",
                             responseSchema: "ConsultationReviewDraft"), use: draftAPI)
        routes.on(.POST, .api(.consultationReview("")), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Publish the reviewed text as an FAQ (decision publish) or reject it (decision reject); 409 when already reviewed or not eligible",
                             tag: "consultations", requestSchema: "ConsultationReviewRequest", responseSchema: "ConsultationReviewResult"),
                  use: reviewAPI)
    }

    // MARK: - Status

    @Sendable static func statusAPI(req: Request) async throws -> Response {
        let id = try ConsultationActions.id(req)
        guard let record = try await ConsultationRecord.find(id, on: req.db) else { throw AppError.notFound(.consultationEntity) }
        let threads = try await ConsultationThreadRecord.query(on: req.db).filter(\.$consultation.$id == id).all().compactMap(\.id)
        let answers = threads.isEmpty ? [] : try await ConsultationEntryRecord.query(on: req.db)
            .filter(\.$thread.$id ~~ threads).filter(\.$kind == .answer).all()
        let dto = ConsultationStatusDTO(id: id, state: record.state.rawValue, answers: answers.count, last_answer_at: answers.map(\.at).max())
        let response = try await dto.encodeResponse(for: req)
        // Polled every few seconds: never from a cache.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    // MARK: - Referral

    @Sendable static func referPage(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let id = try ConsultationActions.id(req)
        do {
            _ = try await ConsultationReferrals.refer(id, serviceCode: req.formValue("service") ?? "", staff: staff, req: req)
            return req.redirect(to: SiteURL.consultationWorkbenchItem(id.uuidString).path + "?referred=1", redirectType: .normal)
        } catch let error as AppError {
            if case .notFound = error { throw error }
            var model = try await ConsultationWorkbench.item(id, for: staff, req: req)
            model.notice = error.fieldProblems.first.map { req.l10n.format($0.message, $0.args) } ?? error.message(req.l10n)
            model.noticeIsError = true
            return try await PageResponse(html: ConsultationWorkbenchItemPage.View(model: model, context: req.pageContext).document(), status: error.status)
                .encodeResponse(for: req)
        }
    }

    @Sendable static func referAPI(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.handleWorkOrders)
        let id = try ConsultationActions.id(req)
        let body = try req.content.decode(ConsultationReferralRequestDTO.self)
        let made = try await ConsultationReferrals.refer(id, serviceCode: body.service ?? "", staff: staff, req: req)
        let dto = ConsultationReferralDTO(consultation_id: id, service: made.referral.serviceCode, work_order_id: try made.order.requireID(),
                                          work_order_number: made.order.number, created_at: made.referral.createdAt,
                                          legal_aid_application_id: made.legalAidApplicationID)
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.workOrder(try made.order.requireID())).path)
        return response
    }

    // MARK: - FAQ review

    @Sendable static func queuePage(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageKnowledge)
        let items = try await ConsultationReviews.queue(for: staff, on: req.db).map {
            ConsultationReviewQueuePage.Item(id: $0.id?.uuidString ?? "", question: $0.question, field: $0.field, closedAt: $0.closedAt)
        }
        var model = ConsultationReviewQueuePage.Model(items: items)
        switch req.queryValue("done") {
        case ConsultationReviewOutcome.published.rawValue: model.notice = req.l10n(.consultReviewPublished)
        case ConsultationReviewOutcome.rejected.rawValue: model.notice = req.l10n(.consultReviewRejected)
        default: break
        }
        return PageResponse(html: ConsultationReviewQueuePage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func queueAPI(req: Request) async throws -> [ConsultationReviewItemDTO] {
        let staff = try req.requireStaff(.manageKnowledge)
        return try await ConsultationReviews.queue(for: staff, on: req.db).compactMap { record in
            record.id.map { ConsultationReviewItemDTO(id: $0, question: record.question, field: record.field.rawValue, region_id: record.$region.id,
                                                      closed_at: record.closedAt) }
        }
    }

    @Sendable static func reviewPage(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.manageKnowledge)
        let shown = try await ConsultationReviews.reviewable(try ConsultationActions.id(req), staff: staff, on: req.db)
        let model = reviewModel(shown, draft: ConsultationReviews.draft(shown, l: L10n(.zhHans)))
        return PageResponse(html: ConsultationReviewPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func draftAPI(req: Request) async throws -> ConsultationReviewDraftDTO {
        let staff = try req.requireStaff(.manageKnowledge)
        let id = try ConsultationActions.id(req)
        let shown = try await ConsultationReviews.reviewable(id, staff: staff, on: req.db)
        return ConsultationReviewDraftDTO(id: id, ConsultationReviews.draft(shown, l: L10n(.zhHans)))
    }

    /// Publish or reject; problems with the text show on the page with everything typed kept.
    @Sendable static func reviewSubmit(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageKnowledge)
        let id = try ConsultationActions.id(req)
        let draft = ConsultationReviews.Draft(title: req.formValue("title") ?? "", summary: req.formValue("summary") ?? "",
                                              body: req.formValue("body") ?? "", legalField: req.formValue("legal_field") ?? "",
                                              articles: req.formValue("articles") ?? "", source: req.formValue("source") ?? "")
        let note = req.formValue("note") ?? ""
        do {
            let outcome: ConsultationReviewOutcome
            if req.formValue("decision") == "reject" {
                try await ConsultationReviews.reject(id, note: note, staff: staff, req: req)
                outcome = .rejected
            } else {
                _ = try await ConsultationReviews.publish(id, draft: draft, staff: staff, req: req)
                outcome = .published
            }
            return req.redirect(to: SiteURL.consultationReviews.path + "?done=\(outcome.rawValue)", redirectType: .normal)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            let shown = try await ConsultationReviews.reviewable(id, staff: staff, on: req.db)
            var model = reviewModel(shown, draft: draft)
            model.note = String(note.prefix(500))
            model.problems = error.fieldProblems
            return try await PageResponse(html: ConsultationReviewPage.View(model: model, context: req.pageContext).document(), status: error.status)
                .encodeResponse(for: req)
        }
    }

    @Sendable static func reviewAPI(req: Request) async throws -> ConsultationReviewResultDTO {
        let staff = try req.requireStaff(.manageKnowledge)
        let id = try ConsultationActions.id(req)
        let body = try req.content.decode(ConsultationReviewRequestDTO.self)
        switch body.decision {
        case "reject":
            try await ConsultationReviews.reject(id, note: body.note ?? "", staff: staff, req: req)
            return ConsultationReviewResultDTO(id: id, outcome: ConsultationReviewOutcome.rejected.rawValue, knowledge_entry_id: nil)
        case "publish":
            let draft = ConsultationReviews.Draft(title: body.title ?? "", summary: body.summary ?? "", body: body.body ?? "",
                                                  legalField: body.legal_field ?? "", articles: (body.articles ?? []).joined(separator: "\n"),
                                                  source: body.source ?? "")
            let entry = try await ConsultationReviews.publish(id, draft: draft, staff: staff, req: req)
            return ConsultationReviewResultDTO(id: id, outcome: ConsultationReviewOutcome.published.rawValue, knowledge_entry_id: entry.id)
        default:
            throw AppError.validation([FieldProblem(field: "decision", message: .validationChoose)])
        }
    }

    private static func reviewModel(_ shown: ConsultationActions.Shown, draft: ConsultationReviews.Draft) -> ConsultationReviewPage.Model {
        let loaded = shown.loaded
        let best = loaded.threads.first { String($0.$lawyer.id) == loaded.consultation.bestLawyer }
        let entries = (best.flatMap { loaded.entries[$0.id ?? 0] } ?? []).map {
            // Answers are stored as the lawyer wrote them: masked here like everything else on screen.
            ConsultationPage.Entry(isAnswer: $0.kind == .answer, text: PersonalDataMasking.mask($0.text).text, at: $0.at, articles: $0.articles)
        }
        return .init(id: loaded.consultation.id.uuidString, question: loaded.record.question, field: loaded.record.field, askedAt: loaded.record.askedAt,
                     bestLawyerName: best.flatMap { shown.lawyerNames[$0.$lawyer.id] } ?? "", bestEntries: entries, draft: draft)
    }
}
