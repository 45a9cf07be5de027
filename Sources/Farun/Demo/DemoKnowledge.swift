import Fluent
import FarunCore
import Foundation
import Vapor

/// The demo's published typical cases and FAQ (labour, family, traffic, consumer, legal aid), written for Farun and
/// linked to real articles. Filed under the root region as the county bureau's administrator wrote them.
enum DemoKnowledge {
    struct File: Decodable {
        struct Entry: Decodable {
            let kind, field, title, summary, body, source: String
            let articles: [String]
        }
        let entries: [Entry]
    }

    static func createEntries(app: Application) async throws {
        guard let url = Bundle.module.url(forResource: "knowledge-entries", withExtension: "json", subdirectory: "demo")
            ?? Bundle.module.url(forResource: "knowledge-entries", withExtension: "json")
        else { throw DemoSeeder.Failure.message("bundled demo/knowledge-entries.json is missing") }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        guard let root = try await RegionQueries.root(on: app.db) else { return }
        let author = try await StaffUser.query(on: app.db).filter(\.$username == "admin.chen").first()
        let now = app.clock.now()
        try await app.db.writeTransaction { db in
            for (index, item) in file.entries.enumerated() {
                let form = KnowledgeEntryForm(kind: item.kind, title: item.title, summary: item.summary, body: item.body,
                                              legalField: item.field, source: item.source, articles: item.articles.joined(separator: "\n"))
                guard case .success(let content) = form.parse() else { throw DemoSeeder.Failure.message("bad knowledge entry \(item.title)") }
                let entry = KnowledgeEntry()
                entry.apply(content, regionID: try root.requireID())
                entry.state = .published
                // Spread over the past weeks, newest first in the list as in real use.
                entry.publishedAt = now.addingTimeInterval(-Double(file.entries.count - index) * 86_400 * 3)
                entry.$createdBy.id = author?.id
                entry.$updatedBy.id = author?.id
                entry.version = 1
                try await entry.create(on: db)
                try await KnowledgeEntryWrites.replaceArticles(of: entry, with: content.articles, on: db)
            }
            try await Audit.recordSystem("demo.knowledge", target: "knowledge_entry", id: nil, detail: ["entries": "\(file.entries.count)"], at: now, on: db)
            try await KnowledgeRevisions.bump(.entries, at: now, on: db)
        }
        await KnowledgeRevisions.notify(.entries, on: app.db)
    }
}
