import Fluent
import FarunCore
import Vapor

/// The 法律服务机器人 (self-service Q&A): the citizen page, the hand-off to a person, and the search API.
enum AskController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .ask, access: .everyone, use: page)
        routes.on(.POST, .askHandoff, access: .everyone, use: handoff)
        routes.on(.GET, .api(.search), access: .everyone,
                  doc: .init(summary: "Search statutes, typical cases and FAQ (keys in camelCase: results, lawName, articleNumber …); 503 while the index is being built",
                             tag: "knowledge",
                             query: [.init(name: "q", type: "string", description: "the question or words (1–500 characters; 繁體 is folded)"),
                                     .init(name: "k", type: "integer", description: "number of results, 1–50 (default 10)"),
                                     .init(name: "kind", type: "string", description: "article, case, faq, or several comma-separated (default all)"),
                                     .init(name: "law", type: "string", description: "only this law's articles (full or short name)"),
                                     .init(name: "department", type: "string", description: "only articles of this 法律部门, e.g. 社会法"),
                                     .init(name: "include_superseded", type: "boolean", description: "also superseded, repealed and not yet effective versions, ranked after the current ones (default false)")],
                             responseSchema: "SearchResponse"), use: search)
        routes.on(.POST, .api(.ask), access: .everyone,
                  doc: .init(summary: "Ask the 法律服务机器人: relevant articles, typical cases and FAQ, the not-legal-advice notice and where to hand the question to a person",
                             tag: "knowledge", requestSchema: "AskRequest", responseSchema: "AskAnswer"), use: askAPI)
    }

    // MARK: - Page

    @Sendable static func page(req: Request) async throws -> PageResponse {
        let kiosk = req.queryValue("kiosk").flatMap(Int.init)
        var model = AskPage.Model(question: "", kioskPointID: kiosk, suggestions: nil, problems: [], indexBuilding: false)
        var status = HTTPResponseStatus.ok
        if let raw = req.query[String.self, at: "q"] {
            model.question = String(raw.prefix(SearchRequest.maximumQuestionLength * 2))
            switch SearchRequest.question(raw) {
            case .failure(let error):
                model.problems = error.fieldProblems
                status = .unprocessableEntity
            case .success(let question):
                do {
                    model.suggestions = AskPage.Suggestions(try AskService.answer(question, index: req.knowledgeIndex))
                } catch AppError.unavailable {
                    model.indexBuilding = true
                    status = .serviceUnavailable
                }
            }
        }
        return PageResponse(html: AskPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    /// The question goes to the consultation form, filled in: the person adds name and phone and sends it.
    /// A POST, so the question never sits in a URL (logs, history on a shared kiosk).
    @Sendable static func handoff(req: Request) async throws -> Response {
        let question = AskHandoff.matter(req.formValue("question") ?? "")
        let kiosk = req.formValue("kiosk").flatMap(Int.init)
        guard let target = try await AskHandoff.target(kioskPointID: kiosk, on: req.db) else {
            return req.redirect(to: SiteURL.apply.path, redirectType: .normal)
        }
        var values = CitizenIntakeValues.fresh()
        values.matter = question
        switch target {
        case .workOrder(let serviceID):
            let entry = try await CitizenChoices.service(serviceID, for: ApplyController.channels, on: req.db)
            guard let service = ApplyIndexPage.service(entry, req.language) else { throw AppError.notFound(.catalogEntity) }
            let model = ApplyFormPage.Model(service: service, values: values, problems: [],
                                            regions: try await CitizenChoices.regionGroups(on: req.db),
                                            attachmentMegabytes: req.application.settings.attachmentMaxMegabytes)
            return try await PageResponse(html: ApplyFormPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
        case .kioskWorkOrder(let pointID, let serviceID):
            let point = try await CitizenChoices.kioskPoint(pointID, on: req.db)
            let entry = try await CitizenChoices.service(serviceID, for: KioskController.channels, on: req.db)
            guard let service = ApplyIndexPage.service(entry, req.language) else { throw AppError.notFound(.catalogEntity) }
            let model = KioskFormPage.Model(pointID: pointID, pointName: point.name, service: service, values: values, problems: [])
            return try await PageResponse(html: KioskFormPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
        }
    }

    // MARK: - API

    @Sendable static func search(req: Request) async throws -> SearchResponseDTO {
        let query = try SearchRequest.query(req)
        let results = try req.knowledgeIndex.search(query)
        return SearchResponseDTO(query: query.text, results: results.map(SearchResultDTO.init))
    }

    struct AskRequestDTO: Content {
        let question: String?
        /// A service point's id when asked at its kiosk.
        let kiosk_point_id: Int?
    }

    @Sendable static func askAPI(req: Request) async throws -> AskAnswerDTO {
        let body = try req.content.decode(AskRequestDTO.self)
        let question: String
        switch SearchRequest.question(body.question, field: "question") {
        case .success(let q): question = q
        case .failure(let error):
            let problem = error.fieldProblems.first
            throw AppError.badRequest(problem?.message ?? .searchQuestionRequired, problem?.args ?? [])
        }
        let answer = try AskService.answer(question, index: req.knowledgeIndex)
        let target = try await AskHandoff.target(kioskPointID: body.kiosk_point_id, on: req.db)
        return AskAnswerDTO(answer, notice: req.l10n(.askNotLegalAdvice), handoff: target.map { .init($0, question: question) })
    }
}

/// `POST /api/v1/ask`. The result lists use the search API's result shape.
struct AskAnswerDTO: Content {
    struct Handoff: Content {
        /// What the question becomes: work_order today (a consultation later).
        let target: String
        let service_id: Int
        let service_point_id: Int?
        /// The form that takes the question; API clients submit a work order with `matter` instead.
        let url: String
        let matter: String

        init(_ target: AskHandoff.Target, question: String) {
            self.target = target.kind
            switch target {
            case .workOrder(let service): service_id = service; service_point_id = nil
            case .kioskWorkOrder(let point, let service): service_id = service; service_point_id = point
            }
            url = target.url.path
            matter = AskHandoff.matter(question)
        }
    }

    let question: String
    let notice: String
    let articles: [SearchResultDTO]
    let cases: [SearchResultDTO]
    let faqs: [SearchResultDTO]
    let handoff: Handoff?

    init(_ answer: AskAnswer, notice: String, handoff: Handoff?) {
        question = answer.question
        self.notice = notice
        articles = answer.articles.map(SearchResultDTO.init)
        cases = answer.cases.map(SearchResultDTO.init)
        faqs = answer.faqs.map(SearchResultDTO.init)
        self.handoff = handoff
    }
}
