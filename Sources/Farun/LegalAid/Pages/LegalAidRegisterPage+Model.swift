import FarunCore

/// 法律援助台账与统计: applications in the caller's regions, filtered by region, period, category and state, with
/// the statistics and the CSV export of the same selection.
enum LegalAidRegisterPage {
    struct Row: Sendable {
        let id: Int
        let number: String
        let receivedOn: String
        let category: LegalAidCategory
        let state: LegalAidState
        let decisionDue: String
        let provider: String
        let isPriority: Bool
        /// The door it came in by, and for one-step applications where from (call, consultation).
        var channel: WorkOrderChannel? = nil
        var origin: LegalAidOrigin? = nil
    }

    struct Filter: Sendable {
        var region: String?
        var from: String?
        var to: String?
        var category: String?
        var state: String?

        var query: [(String, String?)] { [("region_id", region), ("from", from), ("to", to), ("category", category), ("state", state)] }
    }

    struct Model: Sendable {
        var filter: Filter
        var regions: [Forms.Option]
        var statistics: LegalAidStatisticsDTO
        var rows: [Row]

        static let mock = Model(
            filter: Filter(from: "2026-11-01", to: "2026-11-30"), regions: [.init(value: "2", label: "岳阳镇")],
            statistics: LegalAidStatisticsDTO(LegalAidStatistics.summary([
                .init(category: .wages, state: .closed, receivedOn: LocalDate("2026-11-02")!, decidedOn: LocalDate("2026-11-05"), granted: true,
                      circumstances: [.migrantWorker], outcome: .won, amountRecoveredFen: 1_234_500),
                .init(category: .maintenance, state: .refused, receivedOn: LocalDate("2026-11-03")!, decidedOn: LocalDate("2026-11-09")),
            ])),
            rows: [Row(id: 3, number: "141025100-20261102-0001", receivedOn: "2026-11-02", category: .wages, state: .closed,
                       decisionDue: "2026-11-09", provider: "李律师", isPriority: true, channel: .hotline, origin: .hotlineCall)])
    }
}
