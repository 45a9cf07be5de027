import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The search index service: built from the database with each law version's standing, refreshed part by part,
/// and kept current across instances by notifications (PostgreSQL) and the revision poll.
@Suite struct KnowledgeIndexTests {
    @Test func theIndexHoldsEveryImportedArticleWithItsVersionsStanding() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            try await app.knowledgeIndex.refresh(app)
            // check
            let snapshot = try #require(app.knowledgeIndex.snapshot)
            let articles = snapshot.items.values.filter { $0.kind == .article }
            #expect(articles.count == LawFixtures.articleCount)
            func standings(_ name: String) -> Set<SearchDocument.Standing> {
                Set(articles.filter { $0.lawName == name }.map(\.standing))
            }
            #expect(standings("中华人民共和国劳动合同法") == [.inForce])
            // 商标法: the 2027 text is not yet in force, so the older version still is.
            #expect(standings("中华人民共和国商标法") == [.inForce, .notYetInForce])
            // 刑法 exists only as 已被修改: its latest text is the law.
            #expect(standings("中华人民共和国刑法") == [.inForce])
            #expect(standings("中华人民共和国仲裁法") == [.inForce, .superseded])
            #expect(snapshot.revisions[.statutes] == 1)
        }
    }

    @Test func searchesBeforeTheFirstBuildAreRefusedAsUnavailable() async throws {
        try await withApp { app in
            // setup: an index that has not been built (a fresh one, not watching)
            app.knowledgeIndex = KnowledgeIndex(pollInterval: .seconds(60))
            // act
            let outcome = Result { try app.knowledgeIndex.search(SearchQuery(text: "工资")) }
            // check
            guard case .failure(let error) = outcome, case AppError.unavailable = error else {
                Issue.record("expected unavailable, got \(outcome)")
                return
            }
        }
    }

    @Test func aPublishedFAQIsAddedWithoutRebuildingTheStatutes() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            let before = try #require(app.knowledgeIndex.snapshot)
            let manager = try await AskFixtures.manager(app)
            // act
            let id = try await AskFixtures.publish(app, as: manager, title: "公司拖欠工资怎么办？", summary: "可以向劳动监察大队投诉，也可以申请劳动仲裁。")
            try await app.knowledgeIndex.refresh(app)
            // check
            let after = try #require(app.knowledgeIndex.snapshot)
            #expect(after.revisions[.entries] == (before.revisions[.entries] ?? 0) + 1)
            #expect(after.buildSeconds == before.buildSeconds, "an entries change is applied to the existing index")
            let hits = try app.knowledgeIndex.search(SearchQuery(text: "拖欠工资", kinds: [.faq]))
            #expect(hits.first?.item.target == .entry(id))
        }
    }

    @Test func aStaffExpansionTakesEffectOnTheNextRefresh() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup: a made-up colloquial word no statute contains
            try await AskFixtures.importAndIndex(app)
            let word = "嘎嘎嘎"
            #expect(try app.knowledgeIndex.search(SearchQuery(text: word, kinds: [.article])).isEmpty)
            // act
            let row = SearchExpansion()
            row.colloquial = word
            row.legalTerms = "劳动报酬"
            try await row.create(on: app.db)
            try await KnowledgeRevisions.bump(.expansions, at: app.clock.now(), on: app.db)
            try await app.knowledgeIndex.refresh(app)
            // check
            let hits = try app.knowledgeIndex.search(SearchQuery(text: word, kinds: [.article]))
            #expect(!hits.isEmpty)
            #expect(hits.first?.hit.snippet.parts.contains { $0.isMatch && $0.text.contains("劳动报酬") } == true)
        }
    }

    @Test(arguments: TestEngine.available)
    func aFAQPublishedOnOneInstanceIsFoundOnTheOther(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup: B watches; on PostgreSQL its poll is too slow to matter, so the notification must carry the change
            let (a, b) = (apps[0], apps[1])
            for app in apps { app.clock = FixedClock(LawFixtures.today) }
            b.knowledgeIndex = KnowledgeIndex(pollInterval: engine == .postgres ? .seconds(600) : .milliseconds(200))
            try await LawFixtures.importFixture(on: a)
            b.knowledgeIndex.startWatching(b)
            #expect(try await AskFixtures.eventually(within: 20) {
                b.knowledgeIndex.snapshot != nil && (engine == .sqlite || b.knowledgeIndex.isListening)
            }, "B built its index and listens")
            let manager = try await AskFixtures.manager(a)
            // act
            let id = try await AskFixtures.publish(a, as: manager, title: "单位不交社保可以辞职要补偿吗？",
                                                   summary: "用人单位未依法为劳动者缴纳社会保险费的，劳动者可以解除劳动合同并要求经济补偿。")
            // check: found through B's search API within the window, without a blind sleep
            let found = try await AskFixtures.eventually(within: 10) {
                let (status, body) = try await AskFixtures.search(b, AskFixtures.q("不交社保") + "&kind=faq")
                return status == .ok && body?.results.contains { $0.id == id } == true
            }
            #expect(found, "B finds the FAQ published through A")
        }
    }

    @Test func theWatcherStopsWhenTheApplicationShutsDown() async throws {
        // setup
        let app = try await Application.make(.testing)
        try await configure(app, settings: testSettings(database: .sqliteMemory))
        app.logger.logLevel = .warning
        try await app.autoMigrate()
        app.knowledgeIndex = KnowledgeIndex(pollInterval: .milliseconds(50))
        app.knowledgeIndex.startWatching(app)
        #expect(try await AskFixtures.eventually(within: 10) { app.knowledgeIndex.snapshot != nil })
        let index = app.knowledgeIndex
        // act
        try await app.asyncShutdown()
        // check
        #expect(!index.isWatching)
    }
}
