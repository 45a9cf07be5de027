import FarunCore
import Foundation

/// The citizen's page of one consultation (its UUID is the key): the masked question, the state, each lawyer's
/// thread with a follow-up form and a rating form.
enum ConsultationPage {
    struct Entry: Sendable {
        let isAnswer: Bool
        let text: String
        let at: Date
        let articles: [String]
    }

    struct Thread: Sendable {
        let lawyerID: Int
        let lawyerName: String
        let entries: [Entry]
        let rating: Int?
        let mostHelpful: Bool
        let awaitingReply: Bool
    }

    struct Model: Sendable {
        let id: String
        let question: String
        let state: ConsultationState
        let field: QuestionField
        let askedAt: Date
        let threads: [Thread]
        let consentsToPublication: Bool
        /// Stored article reference → statute page (references without one show as text).
        var articleLinks: [String: String] = [:]
        /// Services a lawyer handed the question on to (转办): service name and work-order number.
        var referrals: [(service: String, number: String)] = []
        /// A message after an action: sent, or why it was refused.
        var notice: String?
        var noticeIsError = false

        var isClosed: Bool { state == .closed || state == .published }

        /// Answers on the page, for the live update (consult.js compares it with the status endpoint's count).
        var answerCount: Int { threads.reduce(0) { $0 + $1.entries.filter(\.isAnswer).count } }

        init(id: String, question: String, state: ConsultationState, field: QuestionField, askedAt: Date, threads: [Thread],
             consentsToPublication: Bool, articleLinks: [String: String] = [:], notice: String? = nil) {
            self.id = id
            self.question = question
            self.state = state
            self.field = field
            self.askedAt = askedAt
            self.threads = threads
            self.consentsToPublication = consentsToPublication
            self.articleLinks = articleLinks
            self.notice = notice
        }

        init(_ shown: ConsultationActions.Shown) {
            let dto = ConsultationDTO(shown)
            self.init(id: dto.id.uuidString, question: dto.question, state: shown.loaded.consultation.state,
                      field: shown.loaded.record.field, askedAt: dto.asked_at,
                      threads: dto.threads.map { t in
                          Thread(lawyerID: t.lawyer_id, lawyerName: t.lawyer_name,
                                 entries: t.entries.map { Entry(isAnswer: $0.kind == "answer", text: $0.text, at: $0.at, articles: $0.articles) },
                                 rating: t.rating, mostHelpful: t.most_helpful, awaitingReply: t.awaiting_reply)
                      },
                      consentsToPublication: dto.consents_to_publication)
        }

        static let mockDate = Date(timeIntervalSince1970: 1_795_658_400)

        static let mock = Model(
            id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？",
            state: .answered, field: .known(.labour), askedAt: mockDate,
            threads: [Thread(lawyerID: 7, lawyerName: "王明", entries: [
                Entry(isAnswer: true, text: "可以向劳动保障监察大队投诉，也可以申请劳动仲裁。", at: mockDate.addingTimeInterval(300), articles: ["劳动合同法 第三十条"]),
                Entry(isAnswer: false, text: "仲裁需要准备什么材料？", at: mockDate.addingTimeInterval(900), articles: []),
            ], rating: nil, mostHelpful: false, awaitingReply: true)],
            consentsToPublication: false, articleLinks: ["劳动合同法 第三十条": "/laws/3/articles/30"])

        static let mockUnanswered = Model(id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "邻居占用我家宅基地怎么办？", state: .open,
                                          field: .known(.land), askedAt: mockDate, threads: [], consentsToPublication: false)
    }
}
