import FarunCore
import Foundation

/// 人民调解 at a glance: the viewer's cases or their committee's queue, with the ways in (registration, screening,
/// statistics) the viewer may use.
enum MediationCasesPage {
    enum View: String, Sendable, CaseIterable {
        case mine, unit, all
    }

    struct Row: Sendable {
        let caseID: Int
        let number: String
        let type: DisputeType
        let stage: MediationStage
        let urgency: DisputeUrgency
        let applicant: String
        let acceptedOn: String
        /// As shown: 待受理 while the front desk has not accepted an online dispute.
        var shown: ShownMediationStage? = nil
    }

    struct Model: Sendable {
        var view: View
        var rows: [Row]
        var mayRegister: Bool
        var mayScreen: Bool
        var mayCount: Bool

        static let mock = Model(
            view: .mine,
            rows: [Row(caseID: 3, number: "141025100000-20260901-0001", type: .neighbour, stage: .mediating, urgency: .escalationRisk,
                       applicant: "李桂兰", acceptedOn: "2026-09-01")],
            mayRegister: true, mayScreen: true, mayCount: true)
    }
}
