import Fluent
import FarunCore
import SQLKit

/// The next work order number, from one atomic upsert (PostgreSQL and SQLite ≥ 3.35 both support
/// `ON CONFLICT … DO UPDATE … RETURNING`), so concurrent intakes on any number of instances never share a number.
enum WorkOrderCounterSQL {
    static func next(regionPrefix: String, day: LocalDate, on db: any Database) async throws -> WorkOrderNumber {
        let key = WorkOrderNumber.dayKey(day)
        guard let row = try await db.sql.raw("""
            INSERT INTO work_order_counters (region_prefix, day, last_value) VALUES (\(bind: regionPrefix), \(bind: key), 1)
            ON CONFLICT (region_prefix, day) DO UPDATE SET last_value = work_order_counters.last_value + 1
            RETURNING last_value
            """).first()
        else { throw AppError.conflict(.errorServer) }
        return WorkOrderNumber(regionPrefix: regionPrefix, day: day, sequence: try row.decode(column: "last_value", as: Int.self))
    }
}
