import Fluent
import FarunCore
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Builds the index's snapshots from the database: everything at once, or only the part whose revision moved.
enum KnowledgeIndexBuilder {
    /// The snapshot to use after `current`, or nil when nothing changed.
    static func next(after current: KnowledgeSnapshot?, app: Application) async throws -> KnowledgeSnapshot? {
        let db = app.db
        // Revisions first: a change committed while the content loads moves them again and is picked up next round.
        let revisions = try await KnowledgeIndexLoader.revisions(on: db)
        let today = LocalDate.inChina(app.clock.now())
        guard let current, revisions[.statutes] == current.revisions[.statutes], today == current.day else {
            return try await full(app: app, revisions: revisions, today: today, bundled: current?.bundledVocabulary)
        }
        guard revisions != current.revisions else { return nil }
        var engine = current.engine
        var items = current.items
        if revisions[.expansions] != current.revisions[.expansions] {
            let vocabulary = current.bundledVocabulary.adding(expansions: try await KnowledgeIndexLoader.expansions(on: db))
            engine = engine.replacing(vocabulary: vocabulary)
        }
        if revisions[.entries] != current.revisions[.entries] {
            let (documents, entryItems) = try await KnowledgeIndexLoader.entries(on: db)
            engine = engine.replacing([.typicalCase, .faq], with: documents)
            items = items.filter { $0.value.kind == .article }.merging(entryItems) { _, new in new }
        }
        return KnowledgeSnapshot(engine: engine, items: items, revisions: revisions, day: today,
                                 bundledVocabulary: current.bundledVocabulary, builtAt: app.clock.now(),
                                 buildSeconds: current.buildSeconds)
    }

    /// The shipped vocabulary, read once per process (the word list is large; tests start many applications).
    static let shippedVocabulary = SearchVocabulary.bundled()

    /// Everything from the database; the indexing runs on the thread pool, off the request path.
    static func full(app: Application, revisions: [KnowledgeRevision.Part: Int], today: LocalDate,
                     bundled: SearchVocabulary?) async throws -> KnowledgeSnapshot {
        let started = ContinuousClock.now
        let db = app.db
        let bundled = bundled ?? shippedVocabulary
        let vocabulary = bundled.adding(expansions: try await KnowledgeIndexLoader.expansions(on: db))
        let (articles, articleItems) = try await KnowledgeIndexLoader.statutes(on: db, today: today)
        let (entries, entryItems) = try await KnowledgeIndexLoader.entries(on: db)
        let documents = articles + entries
        let engine = try await app.threadPool.runIfActive { LegalSearchEngine(documents: documents, vocabulary: vocabulary) }
        let elapsed = ContinuousClock.now - started
        return KnowledgeSnapshot(
            engine: engine, items: articleItems.merging(entryItems) { _, new in new }, revisions: revisions, day: today,
            bundledVocabulary: bundled, builtAt: app.clock.now(),
            buildSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}

/// The database reads behind the index, as plain rows (an import holds tens of thousands of articles).
enum KnowledgeIndexLoader {
    static func revisions(on db: any Database) async throws -> [KnowledgeRevision.Part: Int] {
        var result: [KnowledgeRevision.Part: Int] = [:]
        for row in try await KnowledgeRevision.query(on: db).all() {
            if let part = row.id.flatMap(KnowledgeRevision.Part.init(rawValue:)) { result[part] = row.revision }
        }
        return result
    }

    static func expansions(on db: any Database) async throws -> [(colloquial: String, legal: [String])] {
        try await SearchExpansion.query(on: db).sort(\.$id).all().map { row in
            (row.colloquial, row.legalTerms.split(whereSeparator: { $0.isWhitespace }).map(String.init))
        }
    }

    private struct LawRow: Decodable {
        let id: Int
        let name: String
        let short_name: String
        let department: String?
        let effective_date: String?
        let version_date: String?
        let status: String
    }

    private struct ArticleRow: Decodable {
        let id: Int
        let law_id: Int
        let label: String
        let number: Int?
        let chapter: String?
        let section: String?
        let text: String
    }

    /// Every article of every law version, with its version's standing today.
    static func statutes(on db: any Database, today: LocalDate) async throws -> ([SearchDocument], [String: KnowledgeItem]) {
        let sql = db.sql
        let laws = try await sql.select().columns("id", "name", "short_name", "department", "effective_date", "version_date", "status")
            .from(Law.schema).all(decoding: LawRow.self)
        let standings = LawStandings.standings(laws.map { law in
            LawStandings.Version(id: law.id, name: law.name, status: LawStatus(rawValue: law.status) ?? .historical,
                                 effectiveDate: law.effective_date, versionDate: law.version_date)
        }, today: today)
        let lawsByID = Dictionary(uniqueKeysWithValues: laws.map { ($0.id, $0) })
        // Rows are decoded one at a time as they arrive, so the raw result never sits in memory beside the documents
        // (it kept the peak of a PostgreSQL build above 200 MB).
        let count = try await LawArticle.query(on: db).count()
        let built = NIOLockedValueBox((documents: [SearchDocument](), items: [String: KnowledgeItem](), failure: (any Error)?.none))
        built.withLockedValue {
            $0.documents.reserveCapacity(count)
            $0.items.reserveCapacity(count)
        }
        try await sql.select().columns("id", "law_id", "label", "number", "chapter", "section", "text")
            .from(LawArticle.schema).orderBy("law_id").orderBy("ordinal").run { sqlRow in
                built.withLockedValue { built in
                    guard built.failure == nil else { return }
                    let row: ArticleRow
                    do { row = try sqlRow.decode(model: ArticleRow.self) } catch { built.failure = error; return }
                    guard let law = lawsByID[row.law_id] else { return }
                    let standing = standings[law.id] ?? .superseded
                    let key = "a:\(row.id)"
                    let heading = [row.chapter, row.section].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                    built.documents.append(SearchDocument(
                        key: key, kind: .article, lawName: law.name, lawShortName: law.short_name, department: law.department,
                        heading: heading.isEmpty ? nil : heading, articleNumber: row.number, articleLabel: row.label,
                        text: row.text, standing: standing))
                    built.items[key] = KnowledgeItem(target: .article(lawID: law.id, articleID: row.id), kind: .article, title: law.name,
                                                     lawName: law.name, lawShortName: law.short_name, articleNumber: row.number,
                                                     articleLabel: row.label, standing: standing)
                }
            }
        let (documents, items, failure) = built.withLockedValue { ($0.documents, $0.items, $0.failure) }
        built.withLockedValue { $0 = ([], [:], nil) }
        if let failure { throw failure }
        return (documents, items)
    }

    /// Published typical cases and FAQ. Their text is their own (summary and body) plus the citations of their
    /// linked articles, not the articles' text: a case should rank for its facts, and the articles rank themselves.
    static func entries(on db: any Database) async throws -> ([SearchDocument], [String: KnowledgeItem]) {
        let entries = try await KnowledgeEntry.query(on: db).filter(\.$state == .published).with(\.$articles).sort(\.$id).all()
        var documents: [SearchDocument] = []
        var items: [String: KnowledgeItem] = [:]
        for entry in entries {
            guard let id = entry.id else { continue }
            let kind: SearchDocument.Kind = entry.kind == .faq ? .faq : .typicalCase
            let key = "e:\(id)"
            let citations = entry.articles.sorted { $0.position < $1.position }
                .map { "\(shortName($0.lawName))\($0.articleLabel)" }.joined(separator: " ")
            let text = [entry.summary, entry.body, citations].filter { !$0.isEmpty }.joined(separator: "\n")
            documents.append(SearchDocument(key: key, kind: kind, heading: entry.title, text: text))
            items[key] = KnowledgeItem(target: .entry(id), kind: kind, title: entry.title, lawName: nil, lawShortName: nil,
                                       articleNumber: nil, articleLabel: nil, standing: .inForce)
        }
        return (documents, items)
    }

    /// 中华人民共和国劳动合同法 → 劳动合同法, as people cite it.
    static func shortName(_ name: String) -> String {
        name.hasPrefix("中华人民共和国") ? String(name.dropFirst("中华人民共和国".count)) : name
    }
}
