import FarunCore
import Foundation
import Plot

/// 申请已提交 — the confirmation after a phone or website submission.
enum ApplyDonePage {
    struct Model: Sendable {
        var number: String
        var serviceName: String
        var materials: [ServiceType.Material]
        /// The acceptance deadline (受理期限), when the law sets one.
        var acceptanceDue: String?
        var provisional: Bool

        static let mock = Model(number: "141025100000-20260921-0001", serviceName: "法律援助",
                                materials: ApplyIndexPage.Model.mock.services[0].materials, acceptanceDue: "2026-09-28", provisional: false)

        static func from(_ order: WorkOrder, service: CatalogEntry, language: Language) -> Model {
            Model(number: order.number, serviceName: service.name(language), materials: service.serviceType.materials,
                  acceptanceDue: order.acceptanceDue, provisional: order.acceptanceDueProvisional)
        }
    }

    /// What happens next, in one sentence.
    static func nextStep(_ model: Model, l: L10n) -> String {
        guard let due = model.acceptanceDue else { return l(.applyDoneNextSoon) }
        return model.provisional ? l(.applyDoneNextByProvisional, due) : l(.applyDoneNextBy, due)
    }
}
