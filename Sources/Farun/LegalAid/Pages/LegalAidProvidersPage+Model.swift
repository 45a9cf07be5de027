import FarunCore
import Foundation

/// 律师执业经历: the lawyers in the officer's legal aid regions and when their relevant practice began, for the
/// 3-year rule on life or death cases (法律援助法 第二十六条).
enum LegalAidProvidersPage {
    struct Row: Sendable {
        let id: Int
        let name: String
        let since: String?
        let years: Int?
    }

    struct Model: Sendable {
        var rows: [Row]
        /// The row a refused entry belongs to, with what was typed and the problem.
        var failedID: Int?
        var typed: String
        var problems: [FieldProblem]
        var done: Bool

        static let mock = Model(
            rows: [.init(id: 5, name: "李律师", since: "2019-03-01", years: 7), .init(id: 6, name: "王律师", since: nil, years: nil)],
            failedID: nil, typed: "", problems: [], done: false)
    }
}
