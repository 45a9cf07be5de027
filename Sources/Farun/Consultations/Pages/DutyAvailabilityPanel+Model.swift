import FarunCore
import Foundation

/// 我现在可以接单 — the lawyer's own availability on the workbench: what is declared now, the form to declare
/// until a time, and the button to end it early. A partial: the workbench page places it.
enum DutyAvailabilityPanel {
    /// The longest a declaration may run from now (the form refuses later ends).
    static let longest: TimeInterval = 12 * 3600

    struct Current: Sendable {
        let until: Date
        let region: String
    }

    struct Model: Sendable {
        /// Declarations running now, soonest end first.
        var current: [Current]
        /// The regions where the lawyer may answer (their answering grants).
        var regions: [Forms.Option]
        /// What the form sent ("YYYY-MM-DDTHH:MM", China time), shown again with its problems.
        var until: String
        var regionID: String
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(current: [Current(until: ConsultationPage.Model.mockDate.addingTimeInterval(3 * 3600), region: "古县")],
                                regions: [.init(value: "1", label: "古县")], until: "", regionID: "1", problems: [], done: nil)
    }

    static func flash(_ done: String, _ l: L10n) -> String? {
        switch done {
        case "declared": l(.availabilityFlashDeclared)
        case "ended": l(.availabilityFlashEnded)
        default: nil
        }
    }
}
