import FarunCore
import Plot

/// 申请已提交 at a kiosk: the number in very large type, a slip to print, and back to the start after a while.
/// Only the number and the service are shown: the requester's name and phone are not on the page.
enum KioskDonePage {
    struct Model: Sendable {
        var pointID: Int
        var pointName: String
        var receipt: ApplyDonePage.Model

        static let idleSeconds = 60

        static let mock = Model(pointID: 3, pointName: KioskHomePage.Model.mock.pointName, receipt: .mock)
    }
}
