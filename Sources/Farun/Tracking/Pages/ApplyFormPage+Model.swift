import FarunCore
import Plot

/// 在线申请表 — one service's intake on a phone or computer.
enum ApplyFormPage {
    struct Model: Sendable {
        var service: ApplyIndexPage.Service
        var values: CitizenIntakeValues
        var problems: [FieldProblem]
        var regions: [CitizenChoices.TownGroup]
        var attachmentMegabytes: Int

        static let mockRegions: [CitizenChoices.TownGroup] = [
            .init(id: 2, name: "岳阳镇", villages: [.init(value: "4", label: "偏涧村"), .init(value: "5", label: "南关村")]),
            .init(id: 3, name: "北平镇", villages: []),
        ]

        static let mock = Model(service: ApplyIndexPage.Model.mock.services[0], values: {
            var v = CitizenIntakeValues()
            v.token = "token-for-tests"
            return v
        }(), problems: [], regions: mockRegions, attachmentMegabytes: 10)

        /// Everything wrong at once, with the values kept.
        static let mockWithProblems = Model(service: ApplyIndexPage.Model.mock.services[0], values: CitizenIntakeValues(
            name: "张三", phone: "12345", residentID: "110105194912310021", matter: "", regionID: "4", greenChannel: "other",
            greenChannelNote: "", consent: false, token: "token-for-tests"), problems: [
                .init(field: "requester_phone", message: .validationPhone),
                .init(field: "resident_id", message: .validationResidentID),
                .init(field: "matter", message: .errorMatterRequired),
                .init(field: "green_channel", message: .errorGreenReasonRequired),
                .init(field: "consent", message: .applyConsentRequired),
            ], regions: mockRegions, attachmentMegabytes: 10)
    }
}
