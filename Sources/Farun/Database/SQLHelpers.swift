import Fluent
import SQLKit

extension Database {
    /// The SQL face of this database; both engines Farun supports are SQL databases.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else { fatalError("Farun needs an SQL database") }
        return sql
    }

    /// Whether this connection speaks PostgreSQL (else SQLite).
    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    /// Creates a plain index; the same statement works on both engines.
    func sqlIndex(name: String, on table: String, columns: [String], unique: Bool = false) async throws {
        var builder = sql.create(index: name).on(table)
        if unique { builder = builder.unique() }
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }
}
