import FarunCore
import Foundation

/// 快解答 asking form: question, field (the classifier's suggestion preselected, correctable), region, phone or the
/// signed-in citizen, consents. A first submit shows the robot's suggestions and a "still ask a lawyer" button.
enum ConsultAskPage {
    struct Model: Sendable {
        var question: String
        /// The chosen field's raw value ("" = not chosen yet).
        var field: String
        var regionID: String
        var phone: String
        var consent: Bool
        var publishConsent: Bool
        /// The signed-in citizen's name; nil for anonymous askers, who give a phone.
        var citizenName: String?
        var kioskPointID: Int?
        var regions: [CitizenChoices.TownGroup]
        /// The robot's suggestions after the first submit; nil before (or while the index is being built).
        var suggestions: AskPage.Suggestions?
        /// The first submit happened: the next one sends the question to lawyers.
        var confirming: Bool
        var problems: [FieldProblem]

        static var fields: [QuestionField] { LegalField.allCases.map(QuestionField.known) + [.other] }

        static let mock = Model(question: "", field: "", regionID: "", phone: "", consent: false, publishConsent: false, citizenName: nil,
                                kioskPointID: nil, regions: mockRegions, suggestions: nil, confirming: false, problems: [])

        static let mockRegions = [CitizenChoices.TownGroup(id: 2, name: "岳阳镇", villages: [.init(value: "4", label: "偏涧村")])]

        static let mockConfirming = Model(question: "公司拖欠工资三个月不给怎么办", field: "labour", regionID: "4", phone: "13800138000",
                                          consent: true, publishConsent: false, citizenName: nil, kioskPointID: nil, regions: mockRegions,
                                          suggestions: AskPage.Model.mockSuggestions, confirming: true, problems: [])
    }
}
