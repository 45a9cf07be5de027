import FarunCore
import Foundation

/// The lawyer's workbench (在线咨询工作台): questions the roster offers them now and the ones they answer, oldest first.
enum ConsultationWorkbenchPage {
    struct Item: Sendable {
        let id: String
        /// The masked question.
        let question: String
        let field: QuestionField
        let waitingMinutes: Int
        let lawyers: Int
        let awaitingMyReply: Bool
        var regionName = ""
    }

    struct Model: Sendable {
        let offered: [Item]
        let mine: [Item]
        let requiredLawyers: Int
        /// The lawyer's own availability (我现在可以接单); its own partial, DutyAvailabilityPanel.
        var availability: DutyAvailabilityPanel.Model? = nil

        static let mock = Model(
            offered: [Item(id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？",
                           field: .known(.labour), waitingMinutes: 12, lawyers: 1, awaitingMyReply: false, regionName: "岳阳镇")],
            mine: [Item(id: "1C0D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F", question: "邻居占用我家宅基地怎么办？", field: .known(.land),
                        waitingMinutes: 95, lawyers: 2, awaitingMyReply: true, regionName: "偏涧村")],
            requiredLawyers: 3)
    }
}

/// One question on the workbench: the masked question and the lawyer's own thread with the answer form.
enum ConsultationWorkbenchItemPage {
    struct Model: Sendable {
        let id: String
        let question: String
        let field: QuestionField
        let state: ConsultationState
        let askedAt: Date
        let lawyers: Int
        let requiredLawyers: Int
        let myEntries: [ConsultationPage.Entry]
        var text = ""
        /// The article references as typed (kept when the answer is refused).
        var articles = ""
        /// Stored reference → statute page.
        var articleLinks: [String: String] = [:]
        /// Work orders opened for this consultation (转办), and the services one may still be opened for.
        var referrals: [Referral] = []
        var services: [Forms.Option] = []
        var notice: String?
        var noticeIsError = false

        var isClosed: Bool { state == .closed || state == .published }

        static let mock = Model(id: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10", question: "公司拖欠工资三个月，我的电话139****5678，怎么办？",
                                field: .known(.labour), state: .answered, askedAt: ConsultationPage.Model.mockDate, lawyers: 1, requiredLawyers: 3,
                                myEntries: ConsultationPage.Model.mock.threads[0].entries, articleLinks: ConsultationPage.Model.mock.articleLinks,
                                referrals: [Referral(serviceName: "法律援助", number: "140400-20261126-0007", orderID: 7,
                                                     at: ConsultationPage.Model.mockDate.addingTimeInterval(1200), legalAidID: 3, canOpenLegalAid: true)],
                                services: [.init(value: "PEOPLES_MEDIATION", label: "人民调解")])
    }

    /// A work order opened for the consultation.
    struct Referral: Sendable {
        let serviceName: String
        let number: String
        let orderID: Int
        let at: Date
        /// LEGAL_AID: the application made with the order.
        var legalAidID: Int? = nil
        /// The viewer may open it (a legal aid officer there); others see that it exists.
        var canOpenLegalAid = false
    }
}
