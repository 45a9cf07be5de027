import Fluent
import SQLKit

/// What a roster slot is for (值班类型): `lawyer` answers questions, `supervisor` (值班督导) is told about questions
/// left without a first answer. Existing slots were all lawyers' duty.
struct M039_AddDutySlotKind: AsyncMigration {
    var name: String { "M039_AddDutySlotKind" }

    func prepare(on database: any Database) async throws {
        // Plain SQL: a NOT NULL column added to existing rows needs its default on both engines.
        try await database.sql.raw("ALTER TABLE duty_slots ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'lawyer'").run()
        try await database.sqlIndex(name: "duty_slots_kind_idx", on: "duty_slots", columns: ["kind"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX duty_slots_kind_idx").run()
        try await database.sql.raw("ALTER TABLE duty_slots DROP COLUMN kind").run()
    }
}
