import FarunCore
import Fluent
import FluentSQLiteDriver
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct LawImportTests {
    let clock = FixedClock(LawFixtures.today)

    @Test func importsTheFixtureOnceAndReimportingChangesNothing() async throws {
        try await withApp(clock: clock) { app in
            // act
            let first = try await LawFixtures.importFixture(on: app)
            let revisionAfterFirst = try await KnowledgeRevision.find("statutes", on: app.db)?.revision
            let second = try await LawFixtures.importFixture(on: app)
            // check
            #expect(first.laws == LawFixtures.lawCount)
            #expect(first.articles == LawFixtures.articleCount)
            #expect(first.changed == LawFixtures.lawCount + LawFixtures.articleCount)
            #expect(try await Law.query(on: app.db).count() == LawFixtures.lawCount)
            #expect(try await LawArticle.query(on: app.db).count() == LawFixtures.articleCount)
            #expect(revisionAfterFirst == 1)
            #expect(second.changed == 0)
            #expect(try await KnowledgeRevision.find("statutes", on: app.db)?.revision == 1)
            #expect(try await LawArticle.query(on: app.db).count() == LawFixtures.articleCount)
            // 商标法 (2026) and nothing else in the fixture takes effect after 2026-11-25.
            #expect(first.notYetInForce == 1)
            #expect(first.inForce == 15)
        }
    }

    @Test func resolvesTheQuirksOfTheSourceFile() async throws {
        try await withApp(clock: clock) { app in
            // act
            try await LawFixtures.importFixture(on: app)
            // check: 之一 articles share the number; the label is the identity
            let criminal = try await LawFixtures.law(app, "刑法")
            let base = try await LawFixtures.article(app, of: criminal, "第一百三十三条")
            let first = try await LawFixtures.article(app, of: criminal, "第一百三十三条之一")
            let second = try await LawFixtures.article(app, of: criminal, "第一百三十三条之二")
            #expect([base.number, first.number, second.number] == [Int?]([133, 133, 133]))
            #expect([base.supplement, first.supplement, second.supplement] == [Int]([0, 1, 2]))
            #expect(first.ordinal == base.ordinal + 1)
            // amendments: items 条目N, and the law they change
            let eleventh = try await LawFixtures.law(app, "刑法修正案（十一）")
            #expect(eleventh.amendsName == "中华人民共和国刑法")
            let item = try await LawFixtures.article(app, of: eleventh, "条目二")
            #expect(item.number == 2 && item.supplement == 0)
            let decision = try await LawFixtures.law(app, "全国人民代表大会常务委员会关于修改《中华人民共和国食品安全法》的决定")
            #expect(decision.amendsName == "中华人民共和国食品安全法")
            #expect(try await LawFixtures.law(app, "劳动合同法").amendsName == nil)
            // a one-piece document keeps its 全文 row without a number
            let tenth = try await LawFixtures.law(app, "刑法修正案（十）")
            #expect(try await LawFixtures.article(app, of: tenth, "全文").number == nil)
            // the glued book heading leaves the article and heads the next ones
            let civil = try await LawFixtures.law(app, "民法典")
            let glued = try await LawFixtures.article(app, of: civil, "第二百零四条")
            #expect(glued.text.hasSuffix("当事人另有约定的除外。"))
            #expect(glued.chapter == "第十章 期间计算")
            let next = try await LawFixtures.article(app, of: civil, "第二百零五条")
            #expect(next.chapter == "第二编 物权 · 第一分编 通则 · 第一章 一般规定")
            let family = try await LawFixtures.article(app, of: civil, "第一千零四十条")
            #expect(family.chapter == "第五编 婚姻家庭 · 第一章 一般规定")
            let criminalBook = try await LawFixtures.article(app, of: criminal, "第一百零二条")
            #expect(criminalBook.chapter?.hasPrefix("第二编 分则 · ") == true)
            // both versions of a law are kept
            #expect(try await Law.query(on: app.db).filter(\.$shortName == "商标法").count() == 2)
            #expect(try await LawFixtures.law(app, "仲裁法", status: .current).articleCount == 96)
        }
    }

    @Test func reimportingAChangedFileUpdatesOnlyWhatChanged() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let copy = try LawFixtures.scratchCopy()
            try await Self.execute(on: copy, [
                "UPDATE articles SET article_text = '用人单位应当按时足额支付劳动报酬。（改）' WHERE law_name = '中华人民共和国劳动合同法' AND article_no = '第三十条'",
                "DELETE FROM articles WHERE law_name = '中华人民共和国劳动合同法' AND article_no = '第九十八条'",
            ])
            // act
            let summary = try await LawImport.importFile(copy, on: app.db, now: app.clock.now())
            // check
            #expect(summary.articlesUpdated == 1)
            #expect(summary.articlesDeleted == 1)
            #expect(summary.lawsUpdated == 1)
            #expect(summary.articlesCreated == 0 && summary.lawsCreated == 0)
            let labour = try await LawFixtures.law(app, "劳动合同法")
            #expect(labour.articleCount == 97)
            #expect(try await LawFixtures.article(app, of: labour, "第三十条").text.hasSuffix("（改）"))
            #expect(try await KnowledgeRevision.find("statutes", on: app.db)?.revision == 2)
        }
    }

    @Test(arguments: BadFile.allCases)
    func refusesABadFileWithAClearMessageAndImportsNothing(_ bad: BadFile) async throws {
        try await withApp(clock: clock) { app in
            // setup
            let file = try await bad.make()
            // act
            var problem: LawImportProblem?
            do { _ = try await LawImport.importFile(file, on: app.db, now: app.clock.now()) } catch let error as LawImportProblem { problem = error }
            // check
            #expect(problem?.message.contains(bad.expectedWords) == true, "\(String(describing: problem))")
            #expect(try await Law.query(on: app.db).count() == 0)
            #expect(try await LawArticle.query(on: app.db).count() == 0)
            #expect(try await KnowledgeRevision.find("statutes", on: app.db)?.revision == 0)
        }
    }

    @Test func aCorruptRowLeavesTheEarlierImportUntouched() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let copy = try LawFixtures.scratchCopy()
            try await Self.execute(on: copy, [
                "UPDATE articles SET article_text = '改过的文字' WHERE law_name = '中华人民共和国劳动法' AND article_no = '第一条'",
                "UPDATE articles SET article_no = '第几条' WHERE id = (SELECT max(id) FROM articles)",
            ])
            // act
            await #expect(throws: LawImportProblem.self) { try await LawImport.importFile(copy, on: app.db, now: app.clock.now()) }
            // check
            let labour = try await LawFixtures.law(app, "劳动法")
            #expect(try await LawFixtures.article(app, of: labour, "第一条").text != "改过的文字")
            #expect(try await LawArticle.query(on: app.db).count() == LawFixtures.articleCount)
            #expect(try await KnowledgeRevision.find("statutes", on: app.db)?.revision == 1)
        }
    }

    @Test func theCommandReadsAPathAndPrintsASummary() throws {
        // check: the summary names the counts people look for
        var summary = LawImportSummary()
        summary.laws = 378
        summary.articles = 26193
        summary.inForce = 351
        summary.notYetInForce = 4
        let line = ImportLawsCommand.summaryLine(summary)
        #expect(line.contains("laws: 378") && line.contains("articles: 26193") && line.contains("in force: 351")
                && line.contains("not yet in force: 4") && line.contains("changed: 0"))
    }

    enum BadFile: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case missing, notSQLite, wrongTables, missingColumn, unknownStatus, orphanArticle, badArticleNumber, emptyText, truncated

        var testDescription: String { rawValue }

        var expectedWords: String {
            switch self {
            case .missing: "does not exist"
            case .notSQLite: "is not an SQLite database"
            case .wrongTables: "has no table 'laws'"
            case .missingColumn: "lacks the column(s) article_text"
            case .unknownStatus: "unknown status '生效'"
            case .orphanArticle: "which is not in table laws"
            case .badArticleNumber: "article number '第几条'"
            case .emptyText: "article_text is empty"
            case .truncated: "could not be read"
            }
        }

        func make() async throws -> URL {
            let copy = try LawFixtures.scratchCopy()
            switch self {
            case .missing:
                try FileManager.default.removeItem(at: copy)
            case .notSQLite:
                try Data("law_id,law_name\n1,劳动法\n".utf8).write(to: copy)
            case .wrongTables:
                try FileManager.default.removeItem(at: copy)
                try await LawImportTests.execute(on: copy, ["CREATE TABLE statutes (id INTEGER PRIMARY KEY, name TEXT)"])
            case .missingColumn:
                try await LawImportTests.execute(on: copy, ["ALTER TABLE articles DROP COLUMN article_text"])
            case .unknownStatus:
                try await LawImportTests.execute(on: copy, ["UPDATE laws SET status = '生效' WHERE rowid = (SELECT max(rowid) FROM laws)"])
            case .orphanArticle:
                try await LawImportTests.execute(on: copy, ["UPDATE articles SET law_id = 'nosuchlaw' WHERE id = (SELECT max(id) FROM articles)"])
            case .badArticleNumber:
                try await LawImportTests.execute(on: copy, ["UPDATE articles SET article_no = '第几条' WHERE id = (SELECT max(id) FROM articles)"])
            case .emptyText:
                try await LawImportTests.execute(on: copy, ["UPDATE articles SET article_text = '  ' WHERE id = (SELECT max(id) FROM articles)"])
            case .truncated:
                let data = try Data(contentsOf: copy)
                var damaged = data.prefix(data.count / 2)
                // Keep the header but scribble over the schema page, as a broken download would.
                damaged.replaceSubrange(100..<4096, with: Data(repeating: 0xA5, count: 3996))
                try damaged.write(to: copy)
            }
            return copy
        }
    }

    /// Runs statements on an SQLite file (creating it when missing).
    static func execute(on file: URL, _ statements: [String]) async throws {
        let connection = try await SQLiteConnection.open(storage: .file(path: file.path))
        for statement in statements { _ = try await connection.query(statement) }
        try await connection.close()
    }
}
