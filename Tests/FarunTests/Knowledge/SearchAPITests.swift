import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// `GET /api/v1/search`: the result shape the evaluation clients read, the filters, and bad input.
@Suite struct SearchAPITests {
    @Test func statuteHitsCarryLawNameArabicNumberLabelIdsStandingAndSnippet() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/search?" + AskFixtures.q("拖欠劳动报酬") + "&k=5")
            // check
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let results = try #require(json["results"] as? [[String: Any]])
            #expect(results.count == 5)
            let first = try #require(results.first)
            for key in ["lawName", "articleNumber", "articleLabel", "lawId", "articleId", "standing", "snippet", "score", "kind", "url"] {
                #expect(first[key] != nil, "missing \(key)")
            }
            let body = try #require(try await AskFixtures.search(app, AskFixtures.q("拖欠劳动报酬") + "&k=5").1)
            let hit = try #require(body.results.first)
            let article = try #require(try await LawArticle.find(hit.articleId, on: app.db))
            #expect(article.$law.id == hit.lawId)
            #expect(article.number == hit.articleNumber)
            #expect(article.label == hit.articleLabel)
            #expect(hit.url == "/laws/\(hit.lawId!)/articles/\(hit.articleId!)")
            #expect(hit.standing == "in_force")
            #expect(hit.snippet.parts.contains { $0.match })
            #expect(hit.snippet.text == hit.snippet.parts.map(\.text).joined())
        }
    }

    @Test func aColloquialQuestionFindsTheLabourArticles() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            // act
            let body = try #require(try await AskFixtures.search(app, AskFixtures.q("老板拖欠工资三个月不给怎么办")).1)
            // check: a wage article of the labour laws is on the first screen
            let laws = body.results.prefix(5).compactMap(\.lawName)
            #expect(laws.contains { $0.contains("劳动") }, "\(laws)")
        }
    }

    @Test func filtersByLawKindAndDepartment() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            let manager = try await AskFixtures.manager(app)
            try await AskFixtures.publish(app, as: manager, title: "工资被拖欠去哪里投诉？", summary: "拖欠工资可以向劳动保障监察机构投诉。")
            try await app.knowledgeIndex.refresh(app)
            let labourDepartment = try #require(try await LawFixtures.law(app, "劳动合同法").department)
            // act
            let byLaw = try #require(try await AskFixtures.search(app, AskFixtures.q("工资") + "&law=" + formEncode("劳动合同法")).1)
            let byKind = try #require(try await AskFixtures.search(app, AskFixtures.q("拖欠工资") + "&kind=faq").1)
            let byDepartment = try #require(try await AskFixtures.search(app, AskFixtures.q("工资") + "&department=" + formEncode(labourDepartment)).1)
            // check
            #expect(!byLaw.results.isEmpty && byLaw.results.allSatisfy { $0.lawName == "中华人民共和国劳动合同法" })
            #expect(!byKind.results.isEmpty && byKind.results.allSatisfy { $0.kind == "faq" && $0.title != nil && $0.id != nil })
            #expect(!byDepartment.results.isEmpty && byDepartment.results.allSatisfy { $0.kind == "article" })
        }
    }

    @Test func supersededVersionsAreLeftOutUnlessAskedFor() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup: 仲裁法 has a 1995 version (superseded) and the 2025 one; each has a few 涉外 articles
            try await AskFixtures.importAndIndex(app)
            let query = AskFixtures.q("涉外") + "&law=" + formEncode("仲裁法") + "&k=50"
            // act
            let current = try #require(try await AskFixtures.search(app, query).1)
            let all = try #require(try await AskFixtures.search(app, query + "&include_superseded=true").1)
            // check
            #expect(!current.results.isEmpty)
            #expect(current.results.allSatisfy { $0.standing == "in_force" })
            #expect(all.results.contains { $0.standing == "superseded" })
            let firstSuperseded = try #require(all.results.firstIndex { $0.standing == "superseded" })
            #expect(all.results[..<firstSuperseded].allSatisfy { $0.standing == "in_force" }, "current versions rank first")
        }
    }

    @Test(arguments: [
        ("", 400), (String(repeating: "劳", count: 2000), 400), ("工资&k=0", 400), ("工资&k=51", 400), ("工资&k=ten", 400),
        ("工资&kind=statute", 400), ("工资&include_superseded=maybe", 400),
    ])
    func badInputIsRefusedWithAProblem(query: String, status: Int) async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            try await app.knowledgeIndex.refresh(app)
            let parts = query.split(separator: "&", maxSplits: 1).map(String.init)
            let path = "/api/v1/search?" + AskFixtures.q(parts.first ?? "") + (parts.count > 1 ? "&" + parts[1] : "")
            // act
            let response = try await apiRequest(app, .GET, path)
            // check
            #expect(Int(response.status.code) == status)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            let problem = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect((problem["detail"] as? String)?.isEmpty == false)
        }
    }

    @Test(arguments: ["？！。，……", "勞動合同 工資", "ABC123 iPhone14", "第八十二条第二款", "🙂🙂"])
    func oddQuestionsAnswerWithoutError(text: String) async throws {
        try await withApp(on: .sqlite, clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            // act
            let (status, body) = try await AskFixtures.search(app, AskFixtures.q(text))
            // check
            #expect(status == .ok)
            #expect(body != nil)
        }
    }

    @Test func traditionalCharactersFindTheSameArticlesAsSimplified() async throws {
        try await withApp(on: .sqlite, clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            // act
            let simplified = try #require(try await AskFixtures.search(app, AskFixtures.q("劳动报酬")).1)
            let traditional = try #require(try await AskFixtures.search(app, AskFixtures.q("勞動報酬")).1)
            // check
            #expect(!simplified.results.isEmpty)
            #expect(traditional.results.map(\.articleId) == simplified.results.map(\.articleId))
        }
    }

    @Test func untilTheIndexIsBuiltTheAPIAnswers503WithAProblem() async throws {
        try await withApp(on: .sqlite) { app in
            // setup: an index that cannot be built (its revisions table is gone), so it stays unbuilt
            app.knowledgeIndex = KnowledgeIndex(pollInterval: .seconds(600))
            try await app.db.schema("knowledge_revisions").delete()
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/search?" + AskFixtures.q("工资"))
            // check
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            #expect(response.text.contains(L10n(.zhHans)(.searchIndexBuilding)))
        }
    }
}
