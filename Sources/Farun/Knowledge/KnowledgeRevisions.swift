import Fluent
import Foundation
import SQLKit
import Vapor

/// The search index's change counters (`knowledge_revisions`). Every change to statutes, cases/FAQ or the
/// vocabulary calls `bump` inside its transaction and `notify` after the commit; instances rebuild their index
/// when a counter moved. The notification only hurries that: an instance that misses one still sees the counter.
enum KnowledgeRevisions {
    /// The PostgreSQL channel instances LISTEN on; the payload is the part's name.
    static let channel = "farun_knowledge"

    /// Adds one to `part`'s revision and returns the new value. Call it in the transaction of the change.
    @discardableResult
    static func bump(_ part: KnowledgeRevision.Part, at date: Date, on db: any Database) async throws -> Int {
        let rows = try await db.sql.raw("""
            UPDATE knowledge_revisions SET revision = revision + 1, changed_at = \(bind: date) WHERE part = \(bind: part.rawValue) RETURNING revision
            """).all()
        if let row = rows.first { return try row.decode(column: "revision", as: Int.self) }
        // M032 seeds every part; a row deleted by hand is recreated rather than failing the change.
        let revision = KnowledgeRevision()
        revision.id = part.rawValue
        revision.revision = 1
        revision.changedAt = date
        try await revision.create(on: db)
        return 1
    }

    /// Tells other instances on PostgreSQL that `part` changed (a no-op on SQLite, which serves one instance).
    /// Call it after the commit, so listeners that re-read find the change. Never fails the change it follows:
    /// a lost notification only delays a refresh (see `bump`).
    static func notify(_ part: KnowledgeRevision.Part, on db: any Database) async {
        await notify(part, on: db.sql, logger: db.logger)
    }

    static func notify(_ part: KnowledgeRevision.Part, on sql: any SQLDatabase, logger: Logger) async {
        guard sql.dialect.name == "postgresql" else { return }
        do {
            try await sql.raw("SELECT pg_notify(\(bind: channel), \(bind: part.rawValue))").run()
        } catch {
            logger.warning("knowledge notify failed", metadata: ["part": .string(part.rawValue), "error": .string(String(reflecting: error))])
        }
    }

    /// Every part's revision now.
    /// After a request's commit: tells the other instances (PostgreSQL) and this instance's index at once, so the
    /// writer sees its own change without waiting for the poll.
    static func announce(_ part: KnowledgeRevision.Part, for req: Request) async {
        await notify(part, on: req.db)
        req.application.knowledgeIndex.wake()
    }

    static func current(on db: any Database) async throws -> [KnowledgeRevision.Part: Int] {
        var result: [KnowledgeRevision.Part: Int] = [:]
        for row in try await KnowledgeRevision.query(on: db).all() {
            if let id = row.id, let part = KnowledgeRevision.Part(rawValue: id) { result[part] = row.revision }
        }
        return result
    }
}
