import FarunCore
import Fluent
import FluentPostgresDriver
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 检索词表: knowledge staff at the root add and delete colloquial → legal rows; others may only look. Every change
/// is audited and counted in the expansions revision.
@Suite struct SearchExpansionTests {
    @Test func aRootManagerAddsARowThatIsAuditedAndCounted() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            // act
            let added = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", " 欠薪 "), ("legal_terms", "拖欠劳动报酬  工资")])
            let page = try await desk.county.get(app, "/admin/search-expansions")
            let api = try await apiRequest(app, .GET, "/api/v1/search-expansions?q=劳动报酬", browser: desk.townA).content.decode(PageDTO<SearchExpansionDTO>.self)
            // check
            #expect(added.status == .seeOther && added.location == "/admin/search-expansions?done=added")
            let row = try #require(try await SearchExpansion.query(on: app.db).first())
            #expect(row.colloquial == "欠薪" && row.legalTerms == "拖欠劳动报酬 工资")
            #expect(page.text.contains("拖欠劳动报酬 工资") && page.text.contains("内置词表"))
            #expect(api.items.map(\.legal_terms) == [["拖欠劳动报酬", "工资"]])
            #expect(try await auditCount(app, action: "search_expansion.create") == 1)
            #expect(try await knowledgeRevision(app, .expansions) == 1)
            #expect(try await knowledgeRevision(app, .entries) == 0)
        }
    }

    @Test func duplicatesAndBadRowsAreRefusedWithClearMessages() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            _ = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", "老板"), ("legal_terms", "用人单位")])
            // act
            let duplicate = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", "老板"), ("legal_terms", "雇主")])
            let empty = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", ""), ("legal_terms", "")])
            let repeated = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", "撞车"), ("legal_terms", "交通事故 交通事故")])
            let apiDuplicate = try await apiRequest(app, .POST, "/api/v1/search-expansions", browser: desk.county,
                                                    json: #"{"colloquial":"老板","legal_terms":["雇主"]}"#)
            let tooMany = try await apiRequest(app, .POST, "/api/v1/search-expansions", browser: desk.county,
                                               json: #"{"colloquial":"押金","legal_terms":["a","b","c","d","e","f","g","h","i","j","k"]}"#)
            // check
            #expect(duplicate.status == .unprocessableEntity && duplicate.text.contains("“老板”已在词表中"))
            #expect(duplicate.text.contains("value=\"雇主\""), "what was typed is kept")
            #expect(empty.status == .unprocessableEntity && empty.text.contains("此项必填"))
            #expect(repeated.status == .unprocessableEntity && repeated.text.contains("“交通事故”重复填写了"))
            #expect(apiDuplicate.status == .unprocessableEntity)
            #expect(apiDuplicate.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(tooMany.status == .unprocessableEntity && tooMany.text.contains("1 到 10"))
            #expect(try await SearchExpansion.query(on: app.db).count() == 1)
            #expect(try await knowledgeRevision(app, .expansions) == 1)
        }
    }

    @Test func deletingAsksFirstThenRemovesTheRowAndCountsIt() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            let created = try await apiRequest(app, .POST, "/api/v1/search-expansions", browser: desk.county,
                                               json: #"{"colloquial":"家暴","legal_terms":["家庭暴力"]}"#)
            let id = try created.content.decode(SearchExpansionDTO.self).id
            _ = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", "押金"), ("legal_terms", "定金 保证金")])
            let other = try #require(try await SearchExpansion.query(on: app.db).filter(\.$colloquial == "押金").first())
            // act
            let confirm = try await desk.county.get(app, "/admin/search-expansions/\(id)/delete")
            let deleted = try await desk.county.post(app, "/admin/search-expansions/\(id)/delete", [])
            let apiDeleted = try await apiRequest(app, .DELETE, "/api/v1/search-expansions/\(other.id!)", browser: desk.county)
            let missing = try await apiRequest(app, .DELETE, "/api/v1/search-expansions/\(other.id!)", browser: desk.county)
            // check
            #expect(created.status == .created)
            #expect(confirm.status == .ok && confirm.text.contains("确认删除") && confirm.text.contains("家庭暴力"))
            #expect(deleted.status == .seeOther)
            #expect(apiDeleted.status == .ok)
            #expect(missing.status == .notFound)
            #expect(try await SearchExpansion.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "search_expansion.delete") == 2)
            #expect(try await knowledgeRevision(app, .expansions) == 4)
        }
    }

    @Test func townStaffMayLookButNotChangeTheVocabulary() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            _ = try await desk.county.post(app, "/admin/search-expansions", [("colloquial", "老赖"), ("legal_terms", "失信被执行人")])
            let row = try #require(try await SearchExpansion.query(on: app.db).first())
            // act
            let page = try await desk.townA.get(app, "/admin/search-expansions")
            let add = try await desk.townA.post(app, "/admin/search-expansions", [("colloquial", "碰瓷"), ("legal_terms", "敲诈勒索")])
            let delete = try await desk.townA.post(app, "/admin/search-expansions/\(row.id!)/delete", [])
            let apiDelete = try await apiRequest(app, .DELETE, "/api/v1/search-expansions/\(row.id!)", browser: desk.townA)
            // check
            #expect(page.status == .ok && page.text.contains("老赖") && page.text.contains("您只能查看"))
            #expect(!page.text.contains("id=\"expansion-form\""))
            #expect(add.status == .forbidden && delete.status == .forbidden && apiDelete.status == .forbidden)
            #expect(try await SearchExpansion.query(on: app.db).count() == 1)
        }
    }
}

private struct Abandon: Error {}

/// The search index's change counters and their notification, shared by every knowledge write.
@Suite struct KnowledgeRevisionsTests {
    @Test func bumpAddsOneToItsPartOnlyAndReturnsTheNewRevision() async throws {
        try await withApp { app in
            // act
            let first = try await KnowledgeRevisions.bump(.entries, at: app.clock.now(), on: app.db)
            let second = try await app.db.transaction { tx in try await KnowledgeRevisions.bump(.entries, at: Date(), on: tx) }
            let current = try await KnowledgeRevisions.current(on: app.db)
            // check
            #expect(first == 1 && second == 2)
            #expect(current == [.entries: 2, .statutes: 0, .expansions: 0])
        }
    }

    @Test func aBumpRolledBackWithItsChangeLeavesTheRevision() async throws {
        try await withApp { app in
            // act
            await #expect(throws: Abandon.self) {
                try await app.db.transaction { tx in
                    try await KnowledgeRevisions.bump(.expansions, at: Date(), on: tx)
                    throw Abandon()
                }
            }
            let revision = try await knowledgeRevision(app, .expansions)
            // check
            #expect(revision == 0)
        }
    }

    @Test func notifyReachesListenersOnPostgresAndIsHarmlessOnSQLite() async throws {
        for engine in TestEngine.available {
            try await withApp(on: engine) { app in
                guard case .postgres(let url) = app.settings.database else {
                    // SQLite serves one instance: nothing to tell, and nothing may fail.
                    await KnowledgeRevisions.notify(.entries, on: app.db)
                    return
                }
                // setup: a second connection listening, as another instance would
                let config = try SQLPostgresConfiguration(url: url)
                let listener = try await PostgresConnection.connect(on: app.eventLoopGroup.any(), configuration: config.coreConfiguration,
                                                                    id: 1, logger: app.logger)
                // act
                let payload = try await listener.listen(on: KnowledgeRevisions.channel) { notifications in
                    await KnowledgeRevisions.notify(.expansions, on: app.db)
                    return try await withThrowingTaskGroup(of: String?.self) { group in
                        group.addTask { for try await notification in notifications { return notification.payload }; return nil }
                        group.addTask { try await Task.sleep(for: .seconds(10)); return nil }
                        let first = try await group.next() ?? nil
                        group.cancelAll()
                        return first
                    }
                }
                try await listener.close()
                // check
                #expect(payload == "expansions")
            }
        }
    }
}
