import FarunCore
import Plot

/// 自助申请表 — the intake at a kiosk: large type, numeric keypads, nothing remembered by the browser.
enum KioskFormPage {
    struct Model: Sendable {
        var pointID: Int
        var pointName: String
        var service: ApplyIndexPage.Service
        var values: CitizenIntakeValues
        var problems: [FieldProblem]

        /// Seconds without a touch before the form clears itself and returns to the kiosk home.
        static let idleSeconds = 120

        static let mock = Model(pointID: 3, pointName: KioskHomePage.Model.mock.pointName, service: ApplyIndexPage.Model.mock.services[0],
                                values: ApplyFormPage.Model.mock.values, problems: [])
    }
}
