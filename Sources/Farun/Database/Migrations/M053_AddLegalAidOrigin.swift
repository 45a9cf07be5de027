import Fluent
import SQLKit

/// Where a legal aid application came from when it was made in one step from a 12348 call or a consultation
/// (`origin` hotline_call | consultation, `origin_ref` the call id or consultation id; both empty for the form),
/// and what the applicant has still to give (`missing_fields`, `LegalAidMissingField` raw values).
struct M053_AddLegalAidOrigin: AsyncMigration {
    var name: String { "M053_AddLegalAidOrigin" }

    func prepare(on database: any Database) async throws {
        // Plain SQL: NOT NULL columns added to existing rows need their default on both engines.
        try await database.sql.raw("ALTER TABLE legal_aid_applications ADD COLUMN origin VARCHAR(32) NOT NULL DEFAULT ''").run()
        try await database.sql.raw("ALTER TABLE legal_aid_applications ADD COLUMN origin_ref VARCHAR(64) NOT NULL DEFAULT ''").run()
        try await database.sql.raw("ALTER TABLE legal_aid_applications ADD COLUMN missing_fields VARCHAR(200) NOT NULL DEFAULT ''").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("ALTER TABLE legal_aid_applications DROP COLUMN missing_fields").run()
        try await database.sql.raw("ALTER TABLE legal_aid_applications DROP COLUMN origin_ref").run()
        try await database.sql.raw("ALTER TABLE legal_aid_applications DROP COLUMN origin").run()
    }
}
