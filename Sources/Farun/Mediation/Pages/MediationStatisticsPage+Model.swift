import FarunCore
import Foundation

/// 人民调解统计: accepted, mediated, success rate and amounts, by type and point, with the same period a year
/// earlier; filters for period, type and point; CSV export.
enum MediationStatisticsPage {
    struct Row: Sendable {
        let name: String
        let accepted: Int
        let mediated: Int
        let agreed: Int
        let failed: Int
        let successRate: String
        let amount: String
        let agreedAmount: String
        let previousAccepted: Int
        let change: String
    }

    struct Model: Sendable {
        var from: String
        var to: String
        var type: String
        var pointID: String
        var points: [Forms.Option]
        var total: Row
        var byType: [Row]
        var byPoint: [Row]
        var csvLink: String
        /// 司法确认 of the disputes counted, as one sentence.
        var confirmations: String? = nil

        static let mockRow = Row(name: "邻里纠纷", accepted: 6, mediated: 5, agreed: 3, failed: 2, successRate: "60.0%", amount: "122800.00",
                                 agreedAmount: "22000.00", previousAccepted: 4, change: "+50.0%")
        static let mock = Model(from: "2026-01-01", to: "2026-12-31", type: "", pointID: "", points: [.init(value: "7", label: "偏涧村人民调解室")],
                                total: mockRow, byType: [mockRow], byPoint: [mockRow], csvLink: "/staff/mediation/statistics.csv?from=2026-01-01&to=2026-12-31")
    }
}

extension MediationStatisticsPage.Row {
    init(name: String, _ t: MediationTally, previous: MediationTally, l: L10n) {
        self.init(name: name, accepted: t.accepted, mediated: t.mediated, agreed: t.agreed, failed: t.failed,
                  successRate: t.successPercentText ?? l(.mediationNoData), amount: DisputeAmount.yuanText(fen: t.amountFen),
                  agreedAmount: DisputeAmount.yuanText(fen: t.agreedAmountFen), previousAccepted: previous.accepted,
                  change: MediationStatistics.changeText(current: t.accepted, previous: previous.accepted) ?? l(.mediationNoData))
    }

    /// The rows of a result: total, by type, by point.
    static func rows(_ r: MediationStatisticsQueries.Result, l: L10n) -> (total: Self, byType: [Self], byPoint: [Self]) {
        let total = Self(name: l(.mediationTotal), r.current.total, previous: r.previous.total, l: l)
        let byType = DisputeType.allCases.compactMap { type in
            r.current.byType[type].map { Self(name: l.name("dispute", type), $0, previous: r.previous.byType[type] ?? MediationTally(), l: l) }
        }
        let byPoint = r.current.byPoint.keys.sorted { ($0 ?? 0) < ($1 ?? 0) }.map { key in
            Self(name: key.flatMap { r.pointNames[$0] } ?? l(.mediationOnline), r.current.byPoint[key]!, previous: r.previous.byPoint[key] ?? MediationTally(), l: l)
        }
        return (total, byType, byPoint)
    }

    /// The CSV export (UTF-8 with BOM, so Excel opens it as UTF-8).
    static func csv(_ r: MediationStatisticsQueries.Result, l: L10n) -> String {
        let (total, byType, byPoint) = rows(r, l: l)
        // First the group (total / by type / by point), then the row's name: every column has a heading.
        let header = [l(.mediationCsvGroup), l(.mediationCsvItem), l(.mediationAccepted), l(.mediationMediated), l(.mediationAgreed), l(.mediationFailed), l(.mediationSuccessRate),
                      l(.mediationAmountInvolved), l(.mediationAgreedAmount), l(.mediationPreviousYear), l(.mediationYoY)]
        func line(_ group: String, _ row: Self) -> String {
            ([group, row.name] + [row.accepted, row.mediated, row.agreed, row.failed].map(String.init)
             + [row.successRate, row.amount, row.agreedAmount, String(row.previousAccepted), row.change]).map(field).joined(separator: ",")
        }
        let lines = [header.map(field).joined(separator: ",")]
            + [line(l(.mediationTotal), total)] + byType.map { line(l(.mediationByType), $0) } + byPoint.map { line(l(.mediationByPoint), $0) }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), Double(v) == nil, !v.hasSuffix("%") { v = "'" + v }
        return v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }
}
