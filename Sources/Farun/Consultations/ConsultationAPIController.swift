import Fluent
import FarunCore
import Vapor

/// 快解答 under /api/v1: ask, read by the capability id, lawyers answer, citizens follow up and rate.
enum ConsultationAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.POST, .api(.consultations), access: .everyone,
                  doc: .init(summary: "Ask a question (anonymous with a mobile number, or as the signed-in citizen); the answer's id is the only key to the question — keep it",
                             tag: "consultations", requestSchema: "ConsultationAsk", responseSchema: "Consultation", successStatus: 201), use: ask)
        routes.on(.GET, .api(.consultation("")), access: .everyone,
                  doc: .init(summary: "A consultation by its id: the masked question and each lawyer's thread", tag: "consultations",
                             responseSchema: "Consultation"), use: show)
        routes.on(.POST, .api(.consultationAnswers("")), access: .staff(.handleWorkOrders),
                  doc: .init(summary: "Answer as the signed-in lawyer (a first answer, or a reply to a follow-up in the lawyer's thread); 409 when enough lawyers answered or the question is closed, 404 outside the caller's grant",
                             tag: "consultations", requestSchema: "ConsultationMessage", responseSchema: "Consultation", successStatus: 201), use: answer)
        routes.on(.POST, .api(.consultationFollowUps("")), access: .everyone,
                  doc: .init(summary: "A follow-up question to one lawyer's thread (unlimited); 409 once the consultation is closed",
                             tag: "consultations", requestSchema: "ConsultationMessage", responseSchema: "Consultation", successStatus: 201), use: followUp)
        routes.on(.POST, .api(.consultationRatings("")), access: .everyone,
                  doc: .init(summary: "Rate one lawyer's answers (1–5), mark them most helpful, consent to publication as an FAQ",
                             tag: "consultations", requestSchema: "ConsultationRating", responseSchema: "Consultation"), use: rate)
    }

    @Sendable static func ask(req: Request) async throws -> Response {
        let body = try req.content.decode(ConsultationAskDTO.self)
        var field: QuestionField?
        if let raw = body.field, !raw.isEmpty {
            guard let parsed = QuestionField(rawValue: raw) else {
                throw AppError.validation([FieldProblem(field: "field", message: .consultationFieldInvalid)])
            }
            field = parsed
        }
        let record = try await ConsultationActions.ask(req, text: body.question ?? "", field: field, regionID: body.region_id,
                                                       phone: body.phone, consent: body.consent_to_publication ?? false)
        return try await created(try record.requireID(), req: req)
    }

    @Sendable static func show(req: Request) async throws -> ConsultationDTO {
        ConsultationDTO(try await ConsultationActions.show(try ConsultationActions.id(req), on: req.db), policy: req.application.settings.consultationPolicy)
    }

    @Sendable static func answer(req: Request) async throws -> Response {
        let id = try ConsultationActions.id(req)
        let body = try req.content.decode(ConsultationMessageDTO.self)
        try await ConsultationActions.answer(req, id, text: body.text ?? "", articles: body.articles ?? [])
        return try await created(id, req: req)
    }

    @Sendable static func followUp(req: Request) async throws -> Response {
        let id = try ConsultationActions.id(req)
        let body = try req.content.decode(ConsultationMessageDTO.self)
        guard let lawyer = body.lawyer_id else { throw AppError.validation([FieldProblem(field: "lawyer_id", message: .consultationNoSuchThread)]) }
        try await ConsultationActions.followUp(req, id, lawyer: lawyer, text: body.text ?? "")
        return try await created(id, req: req)
    }

    @Sendable static func rate(req: Request) async throws -> ConsultationDTO {
        let id = try ConsultationActions.id(req)
        let body = try req.content.decode(ConsultationRatingDTO.self)
        try await ConsultationActions.rate(req, id, lawyer: body.lawyer_id, score: body.score, best: body.most_helpful ?? false,
                                           consent: body.consent_to_publication)
        return ConsultationDTO(try await ConsultationActions.show(id, on: req.db), policy: req.application.settings.consultationPolicy)
    }

    private static func created(_ id: UUID, req: Request) async throws -> Response {
        let dto = ConsultationDTO(try await ConsultationActions.show(id, on: req.db), policy: req.application.settings.consultationPolicy)
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.consultation(id.uuidString)).path)
        return response
    }
}
