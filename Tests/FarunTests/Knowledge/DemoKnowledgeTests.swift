import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// `serve --demo` shows citizens a few published cases and FAQ, each resting on articles the statutes really hold.
@Suite struct DemoKnowledgeTests {
    @Test func theDemoPublishesCasesAndFAQAcrossFieldsLinkedToRealArticles() async throws {
        try await withApp(on: .sqlite, clock: FixedClock(LawFixtures.today)) { app in
            // setup
            let root = try await Bootstrap.ensureRoot(app: app)
            _ = try await Bootstrap.ensureFirstAdmin(app: app, root: root)
            try await LawFixtures.importFixture(on: app)
            // act
            try await DemoSeeder.loadOnce(app: app)
            let entries = try await KnowledgeEntry.query(on: app.db).all()
            let articles = try await KnowledgeEntryQueries.articles(of: entries.compactMap(\.id), on: app.db)
            let links = try await StatuteLinks.resolve(articles.values.flatMap { $0 }, today: app.clock.now(), on: app.db)
            // check
            #expect(entries.count == 9)
            #expect(entries.allSatisfy { $0.state == .published && $0.publishedAt != nil })
            #expect(Set(entries.map(\.kind)) == [.typicalCase, .faq])
            #expect(Set(entries.map(\.legalField)).isSuperset(of: [.labour, .marriageFamily, .traffic, .consumer]))
            #expect(entries.allSatisfy { !(articles[$0.id!] ?? []).isEmpty })
            let unverified = links.filter { $0.verified != true }.map(\.reference.citation)
            #expect(unverified.isEmpty, "demo articles the statutes do not hold: \(unverified)")
            #expect(try await knowledgeRevision(app, .entries) == 1)
        }
    }
}
