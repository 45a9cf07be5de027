import SQLKit

/// Raw SQL for the triggers that make a table append-only, per engine. Tested on both engines.
enum AppendOnlyGuard {
    static func createStatements(table: String, postgres: Bool) -> [String] {
        if postgres {
            return [
                """
                CREATE OR REPLACE FUNCTION farun_refuse_change() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'append-only table %', TG_TABLE_NAME; END; $$ LANGUAGE plpgsql
                """,
                "CREATE TRIGGER \(table)_append_only BEFORE UPDATE OR DELETE ON \(table) FOR EACH ROW EXECUTE FUNCTION farun_refuse_change()",
            ]
        }
        return [
            "CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table) BEGIN SELECT RAISE(ABORT, 'append-only table \(table)'); END",
            "CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table) BEGIN SELECT RAISE(ABORT, 'append-only table \(table)'); END",
        ]
    }

    static func dropStatements(table: String, postgres: Bool) -> [String] {
        postgres
            ? ["DROP TRIGGER IF EXISTS \(table)_append_only ON \(table)"]
            : ["DROP TRIGGER IF EXISTS \(table)_no_update", "DROP TRIGGER IF EXISTS \(table)_no_delete"]
    }
}
