import Fluent
import FarunCore
import Foundation
import SQLKit

/// Imports the statutes: reads laws.db, then writes laws and articles in one transaction, all or nothing.
/// Idempotent: laws are matched by `source_id`, articles by (law, label); unchanged rows are not touched, and a
/// re-import of the same file changes nothing (and does not bump the index revision).
enum LawImport {
    /// Rows per INSERT: 9 columns × 500 rows stays far below both engines' limits on bound parameters.
    static let batchSize = 500

    static func importFile(_ url: URL, on db: any Database, now: Date, log: @escaping @Sendable (String) -> Void = { _ in }) async throws -> LawImportSummary {
        let started = Date()
        let source = try await LawSourceFile.read(url)
        log("已读取 / read \(source.count) laws, \(source.reduce(0) { $0 + $1.articles.count }) article rows from \(url.lastPathComponent)")
        let plan = try LawImportPlan.prepare(source)
        var summary = try await db.writeTransaction { db in
            try await write(plan, on: db, now: now, log: log)
        }
        if summary.changed > 0 { await KnowledgeRevisions.notify(.statutes, on: db) }
        let standings = standingsToday(plan.laws, now: now)
        summary.inForce = standings.filter { $0 == .inForce }.count
        summary.notYetInForce = standings.filter { if case .notYetInForce = $0 { true } else { false } }.count
        log(String(format: "用时 / took %.1f s", Date().timeIntervalSince(started)))
        return summary
    }

    /// The standing today of each prepared law, versions grouped by name.
    static func standingsToday(_ laws: [PreparedLaw], now: Date) -> [LawStanding] {
        LawVersions.standings(of: laws, today: LocalDate.inChina(now), name: \.name) {
            LawVersion(status: $0.status, effectiveDate: $0.effectiveDate.flatMap(LocalDate.init),
                       versionDate: $0.versionDate.flatMap(LocalDate.init))
        }
    }

    private static func write(_ plan: LawImportPlan.Result, on db: any Database, now: Date, log: @Sendable (String) -> Void) async throws -> LawImportSummary {
        var summary = LawImportSummary(laws: plan.laws.count, articles: plan.laws.reduce(0) { $0 + $1.articles.count },
                                       mergedFragments: plan.mergedFragments, headingsMoved: plan.headingsMoved)
        let existing = Dictionary(try await Law.query(on: db).all().map { ($0.sourceID, $0) }, uniquingKeysWith: { a, _ in a })
        var lawIDs: [Int] = []
        for prepared in plan.laws {
            let law = existing[prepared.sourceID] ?? Law()
            let isNew = law.id == nil
            if isNew || !matches(law, prepared) {
                fill(law, from: prepared, now: now)
                try await law.save(on: db)
                if isNew { summary.lawsCreated += 1 } else { summary.lawsUpdated += 1 }
            }
            lawIDs.append(try law.requireID())
        }
        log("法律 / laws: \(summary.lawsCreated) new, \(summary.lawsUpdated) updated")

        let stored = try await storedArticles(on: db)
        var inserts: [(lawID: Int, article: PreparedArticle)] = []
        var updates: [(id: Int, article: PreparedArticle)] = []
        var deletes: [Int] = []
        for (prepared, lawID) in zip(plan.laws, lawIDs) {
            var old = stored[lawID] ?? [:]
            for article in prepared.articles {
                if let row = old.removeValue(forKey: article.label) {
                    if row.article != article { updates.append((row.id, article)) }
                } else {
                    inserts.append((lawID, article))
                }
            }
            deletes += old.values.map(\.id)
        }
        for chunk in deletes.chunked(batchSize) {
            try await db.sql.delete(from: LawArticle.schema).where("id", .in, Array(chunk)).run()
        }
        for (done, chunk) in inserts.chunked(batchSize).enumerated() {
            var insert = db.sql.insert(into: LawArticle.schema)
                .columns("law_id", "ordinal", "label", "number", "supplement", "chapter", "section", "text")
            for (lawID, a) in chunk {
                insert = insert.values(SQLBind(lawID), SQLBind(a.ordinal), SQLBind(a.label), SQLBind(a.number), SQLBind(a.supplement),
                                       SQLBind(a.chapter), SQLBind(a.section), SQLBind(a.text))
            }
            try await insert.run()
            let count = min(inserts.count, (done + 1) * batchSize)
            if count % 5000 < batchSize || count == inserts.count { log("条文 / articles: \(count)/\(inserts.count) inserted") }
        }
        for (id, a) in updates {
            try await db.sql.update(LawArticle.schema)
                .set("ordinal", to: SQLBind(a.ordinal)).set("number", to: SQLBind(a.number)).set("supplement", to: SQLBind(a.supplement))
                .set("chapter", to: SQLBind(a.chapter)).set("section", to: SQLBind(a.section)).set("text", to: SQLBind(a.text))
                .where("id", .equal, SQLBind(id)).run()
        }
        summary.articlesCreated = inserts.count
        summary.articlesUpdated = updates.count
        summary.articlesDeleted = deletes.count
        if summary.changed > 0 { _ = try await KnowledgeRevisions.bump(.statutes, at: now, on: db) }
        return summary
    }

    private struct StoredArticle {
        let id: Int
        let article: PreparedArticle
    }

    /// Every stored article by law id and label.
    private static func storedArticles(on db: any Database) async throws -> [Int: [String: StoredArticle]] {
        let rows = try await db.sql.select()
            .columns("id", "law_id", "ordinal", "label", "number", "supplement", "chapter", "section", "text")
            .from(LawArticle.schema).all()
        var result: [Int: [String: StoredArticle]] = [:]
        for row in rows {
            let article = PreparedArticle(
                ordinal: try row.decode(column: "ordinal", as: Int.self), label: try row.decode(column: "label", as: String.self),
                number: try row.decode(column: "number", as: Int?.self), supplement: try row.decode(column: "supplement", as: Int.self),
                chapter: try row.decode(column: "chapter", as: String?.self), section: try row.decode(column: "section", as: String?.self),
                text: try row.decode(column: "text", as: String.self))
            result[try row.decode(column: "law_id", as: Int.self), default: [:]][article.label] =
                StoredArticle(id: try row.decode(column: "id", as: Int.self), article: article)
        }
        return result
    }

    private static func matches(_ law: Law, _ p: PreparedLaw) -> Bool {
        law.name == p.name && law.shortName == p.shortName && law.docType == p.docType && law.level == p.level
            && law.department == p.department && law.issuingBody == p.issuingBody && law.publishDate == p.publishDate
            && law.effectiveDate == p.effectiveDate && law.versionDate == p.versionDate && law.status == p.status
            && law.amendsName == p.amendsName && law.articleCount == p.articles.count && law.source == LawSourceFile.sourceName
    }

    private static func fill(_ law: Law, from p: PreparedLaw, now: Date) {
        law.sourceID = p.sourceID
        law.name = p.name
        law.shortName = p.shortName
        law.docType = p.docType
        law.level = p.level
        law.department = p.department
        law.issuingBody = p.issuingBody
        law.publishDate = p.publishDate
        law.effectiveDate = p.effectiveDate
        law.versionDate = p.versionDate
        law.status = p.status
        law.amendsName = p.amendsName
        law.articleCount = p.articles.count
        law.source = LawSourceFile.sourceName
        law.importedAt = now
    }
}

private extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
