import Fluent
import FarunCore
import Foundation

/// What the 法律服务机器人 answers: the most relevant articles in force, then typical cases and FAQ, each from
/// its own search so a strong statute match never crowds out the cases.
struct AskAnswer: Sendable {
    let question: String
    let articles: [KnowledgeResult]
    let cases: [KnowledgeResult]
    let faqs: [KnowledgeResult]

    var isEmpty: Bool { articles.isEmpty && cases.isEmpty && faqs.isEmpty }
}

enum AskService {
    static let articleCount = 5
    static let caseCount = 3
    static let faqCount = 3

    /// Throws `AppError.unavailable` while the index is being built.
    static func answer(_ question: String, index: KnowledgeIndex) throws -> AskAnswer {
        func search(_ kind: SearchDocument.Kind, _ limit: Int) throws -> [KnowledgeResult] {
            try index.search(SearchQuery(text: question, limit: limit, kinds: [kind]))
        }
        return AskAnswer(question: question, articles: try search(.article, articleCount),
                         cases: try search(.typicalCase, caseCount), faqs: try search(.faq, faqCount))
    }

    /// Suggestions for staff beside a work order: the same answer for the order's matter (its first part: a
    /// long description is cut to what the search accepts). nil while the index is being built.
    static func suggestions(for matter: String, index: KnowledgeIndex) -> AskAnswer? {
        let question = String(matter.trimmingCharacters(in: .whitespacesAndNewlines).prefix(SearchRequest.maximumQuestionLength))
        guard !question.isEmpty else { return nil }
        return try? answer(question, index: index)
    }
}

/// Where a question goes to reach a person, carrying the question along. Today: a work order for the legal
/// consultation service (on the web form, or the kiosk's form at a service point). Consultations (issue 5)
/// become another target here; callers only render what `target` returns.
enum AskHandoff {
    enum Target: Sendable, Equatable {
        case workOrder(serviceID: Int)
        case kioskWorkOrder(pointID: Int, serviceID: Int)

        var kind: String { "work_order" }

        /// The form that receives the question.
        var url: SiteURL {
            switch self {
            case .workOrder(let service): .applyService(service)
            case .kioskWorkOrder(let point, let service): .kioskService(point, service: service)
            }
        }
    }

    /// The catalog's legal consultation (法律咨询).
    static let serviceCode = "LEGAL_CONSULTATION"

    /// The target for a question asked on the web, or at the kiosk of `kioskPointID` (an open point); nil when
    /// the consultation service is retired or not offered on that channel.
    static func target(kioskPointID: Int?, on db: any Database) async throws -> Target? {
        guard let entry = try await CatalogEntry.query(on: db).filter(\.$code == serviceCode).filter(\.$retiredAt == nil).first(),
              let serviceID = entry.id
        else { return nil }
        if let pointID = kioskPointID, (try? await CitizenChoices.kioskPoint(pointID, on: db)) != nil,
           !entry.serviceType.channels.isDisjoint(with: KioskController.channels) {
            return .kioskWorkOrder(pointID: pointID, serviceID: serviceID)
        }
        guard !entry.serviceType.channels.isDisjoint(with: ApplyController.channels) else { return nil }
        return .workOrder(serviceID: serviceID)
    }

    /// The question as the form's matter, within the intake's limit.
    static func matter(_ question: String) -> String {
        String(question.prefix(IntakeInput.maximumMatterLength))
    }
}
