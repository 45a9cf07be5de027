import FarunCore
import Plot

/// 一次性告知单 — one service on one printable page: every material with its legal basis, every time limit
/// with its citation, the channels, the fee and the handler, so a citizen comes at most once (最多跑一次).
enum ServiceSheetPage {
    struct Model: Sendable {
        var id: Int
        var service: ServiceType
        var unspecifiedDaysAre: PeriodUnit

        static let mock = Model(id: 2, service: .mockLegalAid, unspecifiedDaysAre: .calendarDays)
    }
}
