import FarunCore
import Plot

/// 查询办理进度 — number and phone, no account needed.
enum TrackFormPage {
    /// Why the form is shown again. Every failed look-up says the same thing, whatever was wrong.
    enum Notice: Sendable, Equatable {
        case noMatch
        case tooManyAttempts(minutes: Int)
        case expired
    }

    struct Model: Sendable {
        /// The number as typed (never the phone: it is not shown again).
        var number: String
        var notice: Notice?

        static let mock = Model(number: "", notice: nil)
        static let mockNoMatch = Model(number: "141025100000-20260921-0001", notice: .noMatch)
        static let mockTooMany = Model(number: "141025100000-20260921-0001", notice: .tooManyAttempts(minutes: 10))
    }
}
