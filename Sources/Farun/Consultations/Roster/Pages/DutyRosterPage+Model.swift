import FarunCore
import Foundation

/// 值班排班 — the duty roster of the administrator's regions: filters, the list, and the form to add a slot.
enum DutyRosterPage {
    struct Row: Sendable {
        let id: Int
        let kind: DutyKind
        let person: String
        /// ISO weekday, or nil for a dated slot.
        let weekday: Int?
        let date: String?
        let time: String
        let region: String
        /// Empty = every field.
        let fields: [LegalField]
    }

    struct Model: Sendable {
        var rows: [Row]
        var page: PageInfo
        var filter: DutyRosterQueries.Filter
        /// Region choices (id, label) inside the administrator's scope.
        var regions: [Forms.Option]
        var lawyers: [Forms.Option]
        var supervisors: [Forms.Option]
        /// What the add form sent, shown again with its problems.
        var input: DutyRosterQueries.Input
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            rows: [.init(id: 3, kind: .lawyer, person: "王明", weekday: 1, date: nil, time: "09:00–12:00", region: "古县 / 岳阳镇",
                         fields: [.labour, .contract]),
                   .init(id: 5, kind: .lawyer, person: "李华", weekday: nil, date: "2026-12-01", time: "14:00–18:00", region: "古县", fields: []),
                   .init(id: 7, kind: .supervisor, person: "赵督导", weekday: 1, date: nil, time: "08:00–20:00", region: "古县", fields: [])],
            page: PageInfo(request: PageRequest(page: 1, per: 50), total: 3), filter: .init(),
            regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")],
            lawyers: [.init(value: "11", label: "王明"), .init(value: "12", label: "李华")],
            supervisors: [.init(value: "20", label: "赵督导")],
            input: .init(), problems: [], done: nil)
    }

    static func flash(_ done: String, _ l: L10n) -> String {
        done == "removed" ? l(.dutyFlashRemoved) : l(.dutyFlashAdded)
    }
}

/// 删除值班 — the confirmation step before a slot leaves the roster (a page, so it works without scripts).
enum DutySlotDeletePage {
    struct Model: Sendable {
        let row: DutyRosterPage.Row

        static let mock = Model(row: DutyRosterPage.Model.mock.rows[0])
    }
}
