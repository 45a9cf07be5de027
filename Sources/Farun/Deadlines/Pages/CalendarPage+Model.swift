import FarunCore

/// 节假日安排 — the years the deadline calendar covers, and next year's notice.
enum CalendarPage {
    struct AddedYear: Sendable {
        let year: Int
        let source: String
        let days: Int
    }

    struct Values: Sendable {
        var year = ""
        var source = ""
        var entries = ""
    }

    struct Model: Sendable {
        var coveredFrom: Int
        var coveredTo: Int
        var addedYears: [AddedYear]
        var canManage: Bool
        var values: Values
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            coveredFrom: 2004, coveredTo: 2027, addedYears: [.init(year: 2027, source: "国务院办公厅关于2027年部分节假日安排的通知", days: 33)],
            canManage: true, values: .init(year: "2028"), problems: [], done: nil)
    }
}
