import FarunCore
import Plot

/// 撤回申请 — the confirmation step before withdrawing.
enum TrackWithdrawPage {
    struct Model: Sendable {
        var number: String
        var version: Int

        static let mock = Model(number: "141025100000-20260921-0001", version: 4)
    }
}
