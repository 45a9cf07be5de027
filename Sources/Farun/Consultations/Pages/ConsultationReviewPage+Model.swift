import FarunCore
import Foundation

/// The FAQ review queue (常见问题发布审核): closed consultations whose asker consented and marked a best answer, in the
/// reviewer's regions, oldest closed first.
enum ConsultationReviewQueuePage {
    struct Item: Sendable {
        let id: String
        /// The masked question.
        let question: String
        let field: QuestionField
        let closedAt: Date?
    }

    struct Model: Sendable {
        let items: [Item]
        /// After a decision: published or rejected.
        var notice: String?

        static let mock = Model(items: [Item(id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？",
                                             field: .known(.labour), closedAt: ConsultationPage.Model.mockDate.addingTimeInterval(86_400))])
    }
}

/// Reviewing one consultation: the question and the best answer as asked and answered, the editable FAQ text
/// (masked, with what still looks personal highlighted), publish or reject.
enum ConsultationReviewPage {
    struct Model: Sendable {
        let id: String
        let question: String
        let field: QuestionField
        let askedAt: Date
        let bestLawyerName: String
        let bestEntries: [ConsultationPage.Entry]
        var draft: ConsultationReviews.Draft
        var note = ""
        var problems: [FieldProblem] = []
        var notice: String?

        static var fields: [LegalField] { LegalField.allCases }

        static let mock = Model(
            id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？", field: .known(.labour),
            askedAt: ConsultationPage.Model.mockDate, bestLawyerName: "王明", bestEntries: ConsultationPage.Model.mock.threads[0].entries,
            draft: .init(title: "公司拖欠工资三个月，我的电话139****5678，怎么办？", summary: "可以向劳动保障监察大队投诉，也可以申请劳动仲裁。",
                         body: "可以向劳动保障监察大队投诉，也可以申请劳动仲裁。张先生可以先收集工资条。", legalField: "labour",
                         articles: "《劳动合同法》第三十条", source: "快解答律师解答"))
    }
}
