import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct StatuteAPITests {
    let clock = FixedClock(LawFixtures.today)

    func get(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
        try await apiRequest(app, .GET, path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path)
    }

    @Test(arguments: ["1254", "一千二百五十四", "第1254条", "第一千二百五十四条"])
    func findsAnArticleHoweverItsNumberIsWritten(_ number: String) async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let response = try await get(app, "/api/v1/laws/民法典/articles/\(number)")
            // check
            #expect(response.status == .ok)
            let body = try response.content.decode(ArticleLookupDTO.self)
            #expect(body.article.label == "第一千二百五十四条")
            #expect(body.article.number == 1254)
            #expect(body.law.name == "中华人民共和国民法典")
            #expect(body.law.standing == "in_force")
            #expect(body.article.chapter?.hasPrefix("第七编 侵权责任") == true)
            #expect(body.previous == "第一千二百五十三条" && body.next == "第一千二百五十五条")
        }
    }

    @Test(arguments: ["133之一", "第一百三十三条之一", "133-1"])
    func findsSupplementaryArticlesAndTheAmendmentsBesideThem(_ number: String) async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let response = try await get(app, "/api/v1/laws/中华人民共和国刑法/articles/\(number)")
            // check
            #expect(response.status == .ok)
            let body = try response.content.decode(ArticleLookupDTO.self)
            #expect(body.article.label == "第一百三十三条之一")
            #expect(body.article.number == 133 && body.article.supplement == 1)
            // 刑法 has only its 已被修改 text: it is the version in force
            #expect(body.law.status == "amended" && body.law.standing == "in_force")
            #expect(body.amendments.map(\.law_name) == ["中华人民共和国刑法修正案（九）"])
            #expect(body.amendments.first?.label == "条目八")
            #expect(body.amendments.first?.included_in_text == true)
        }
    }

    @Test func anArticleAddedByAnAmendmentShowsThatAmendment() async throws {
        try await withApp(clock: clock) { app in
            try await LawFixtures.importFixture(on: app)
            let body = try await get(app, "/api/v1/laws/刑法/articles/133之二").content.decode(ArticleLookupDTO.self)
            #expect(body.amendments.map(\.law_name) == ["中华人民共和国刑法修正案（十一）"])
            #expect(body.amendments.first?.label == "条目二")
        }
    }

    @Test func aLawWhoseNewVersionIsNotYetInForceAnswersWithTheVersionInForce() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let current = try await get(app, "/api/v1/laws/商标法/articles/1").content.decode(ArticleLookupDTO.self)
            let coming = try await get(app, "/api/v1/laws/商标法/articles/87?version=2026-06-26")
            let missingToday = try await get(app, "/api/v1/laws/商标法/articles/87")
            // check
            #expect(current.law.status == "historical" && current.law.standing == "in_force")
            #expect(current.other_versions.map(\.standing) == ["not_yet_in_force"])
            #expect(current.other_versions.first?.in_force_from == "2027-01-01")
            #expect(coming.status == .ok)
            let comingBody = try coming.content.decode(ArticleLookupDTO.self)
            #expect(comingBody.law.standing == "not_yet_in_force" && comingBody.law.in_force_from == "2027-01-01")
            #expect(missingToday.status == .notFound)
        }
    }

    @Test func anUnknownArticleIsA404ThatSaysHowManyArticlesTheLawHas() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let response = try await get(app, "/api/v1/laws/民法典/articles/2000")
            // check
            #expect(response.status == .notFound)
            #expect(response.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let problem = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
            let detail = problem?["detail"] as? String ?? ""
            #expect(detail.contains("中华人民共和国民法典") && detail.contains("2000") && detail.contains("348"), "\(detail)")
        }
    }

    @Test(arguments: ["abc", "0", "第条", "133之", "12a"])
    func aMalformedArticleNumberIsA400(_ number: String) async throws {
        try await withApp(on: .sqlite, clock: clock) { app in
            try await LawFixtures.importFixture(on: app)
            let response = try await get(app, "/api/v1/laws/民法典/articles/\(number)")
            #expect(response.status == .badRequest, "\(number)")
        }
    }

    @Test func anUnknownLawIsA404NamingIt() async throws {
        try await withApp(on: .sqlite, clock: clock) { app in
            try await LawFixtures.importFixture(on: app)
            let response = try await get(app, "/api/v1/laws/不存在法/articles/1")
            #expect(response.status == .notFound)
            #expect(response.text.contains("不存在法"))
        }
    }

    @Test func resolvesAbbreviationsIdsAndFullNames() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let law = try await LawFixtures.law(app, "劳动争议调解仲裁法")
            // act
            let byAbbreviation = try await get(app, "/api/v1/laws/劳动仲裁法").content.decode(LawDetailDTO.self)
            let byID = try await get(app, "/api/v1/laws/\(law.requireID())").content.decode(LawDetailDTO.self)
            let byFullName = try await get(app, "/api/v1/laws/《中华人民共和国劳动争议调解仲裁法》").content.decode(LawDetailDTO.self)
            // check
            #expect(Set([byAbbreviation.law.id, byID.law.id, byFullName.law.id]) == [try law.requireID()])
        }
    }

    @Test func aLawComesWithItsContentsAndOtherVersions() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let civil = try await get(app, "/api/v1/laws/民法典").content.decode(LawDetailDTO.self)
            let arbitration = try await get(app, "/api/v1/laws/仲裁法").content.decode(LawDetailDTO.self)
            // check
            #expect(civil.contents.contains { $0.chapter == "第五编 婚姻家庭 · 第一章 一般规定" && $0.first_article == "第一千零四十条" })
            #expect(civil.contents.reduce(0) { $0 + $1.article_count } == 348)
            #expect(arbitration.law.version_date == "2025-09-12" && arbitration.law.standing == "in_force")
            #expect(arbitration.other_versions.map(\.standing) == ["superseded"])
        }
    }

    @Test func theListPutsLawsInForceFirstAndFilters() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            // act
            let all = try await get(app, "/api/v1/laws?per=100").content.decode(PageDTO<LawDTO>.self)
            let labour = try await get(app, "/api/v1/laws?q=劳动").content.decode(PageDTO<LawDTO>.self)
            let social = try await get(app, "/api/v1/laws?department=社会法&per=100").content.decode(PageDTO<LawDTO>.self)
            let superseded = try await get(app, "/api/v1/laws?standing=superseded").content.decode(PageDTO<LawDTO>.self)
            let paged = try await get(app, "/api/v1/laws?per=5&page=2").content.decode(PageDTO<LawDTO>.self)
            let bad = try await get(app, "/api/v1/laws?status=valid")
            // check
            #expect(all.page.total == LawFixtures.lawCount)
            let firstOld = all.items.firstIndex { !["in_force", "not_yet_in_force"].contains($0.standing) } ?? all.items.count
            #expect(all.items[firstOld...].allSatisfy { !["in_force", "not_yet_in_force"].contains($0.standing) })
            #expect(Set(labour.items.map(\.short_name)) == ["劳动合同法", "劳动法", "劳动争议调解仲裁法"])
            #expect(social.items.allSatisfy { $0.department == "社会法" } && !social.items.isEmpty)
            #expect(Set(superseded.items.map(\.short_name)) == ["仲裁法"])
            #expect(paged.items.count == 5 && paged.page.page == 2)
            #expect(bad.status == .unprocessableEntity)
        }
    }
}
