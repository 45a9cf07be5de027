import FarunCore
import Foundation
import Vapor

/// `farun deadline --from 2026-09-28 --days 7 --unit calendar|working|calendar_exact`
/// Prints how the period was counted, and the due date (ISO 8601) as the last line.
struct DeadlineCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "from", help: "Start date, YYYY-MM-DD (the start day itself is not counted)")
        var from: String?
        @Option(name: "days", help: "Length of the period")
        var days: Int?
        @Option(name: "unit", help: "calendar (民法典 201–203, default), working, or calendar_exact")
        var unit: String?
    }

    var help: String { "Computes a statutory deadline / 计算法定期限" }

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static func compute(from: String?, days: Int?, unit: String?, calendar: WorkCalendar) throws -> (Deadline, [String]) {
        guard let from, let start = LocalDate(from) else { throw UsageError(description: "--from needs a date like 2026-09-28 / 请用 YYYY-MM-DD 格式") }
        guard let days, (0...StatutoryPeriod.maximumCount).contains(days) else {
            throw UsageError(description: "--days needs a whole number from 0 to \(StatutoryPeriod.maximumCount) / 天数应为非负整数")
        }
        guard let periodUnit = PeriodUnit(rawValue: unit ?? "calendar") else {
            throw UsageError(description: "--unit must be calendar, working or calendar_exact / 单位应为 calendar、working 或 calendar_exact")
        }
        let deadline = StatutoryPeriod.due(from: start, count: days, unit: periodUnit, calendar: calendar)
        var lines = ["start \(start) + \(days) \(periodUnit.rawValue) day(s)"]
        if deadline.isProvisional {
            lines.append("待定 / provisional: the period reaches a year without holiday data; add that year's calendar")
        }
        lines.append(deadline.dueDate.description)
        return (deadline, lines)
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.migrateSafely()
        let calendar = try await CalendarStore.current(on: context.application.db)
        let (_, lines) = try Self.compute(from: signature.from, days: signature.days, unit: signature.unit, calendar: calendar)
        for line in lines { context.console.print(line) }
    }
}
