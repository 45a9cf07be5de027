import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct CitationCheckTests {
    let clock = FixedClock(LawFixtures.today)

    func check(_ app: Application, _ text: String) async throws -> CitationCheckDTO {
        let clerk = try await makeStaff(app, "clerk.\(UUID().uuidString.prefix(6).lowercased())", [(.windowClerk, try await Jurisdiction.make(on: app.db).townA)])
        let browser = try await Browser.signedIn(app, clerk)
        let body = String(decoding: try JSONEncoder().encode(CitationCheckRequest(text: text)), as: UTF8.self)
        let response = try await apiRequest(app, .POST, "/api/v1/citations/check", browser: browser, json: body)
        #expect(response.status == .ok)
        return try response.content.decode(CitationCheckDTO.self)
    }

    @Test func catchesInventedArticlesAndConfirmsRealOnes() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let text = "依据《民法典》第1254条和民法典第一千二百五十四条，劳动合同法82条规定了二倍工资，第八十二条第二款另有规定；" +
                "劳动合同法第二百条规定应当赔偿十倍；刑法第一百三十三条之一。"
            // act
            let result = try await check(app, text)
            // check
            #expect(result.citations.map(\.verdict) == ["exists", "exists", "exists", "exists", "missing", "exists"])
            #expect(result.citations.map(\.quoted) == ["《民法典》第1254条", "民法典第一千二百五十四条", "劳动合同法82条", "第八十二条第二款",
                                                        "劳动合同法第二百条", "刑法第一百三十三条之一"])
            #expect(result.citations[3].law == "劳动合同法" && result.citations[3].law_carried_over)
            #expect(result.citations[4].message.contains("98"))
            #expect(result.citations[0].matched_article?.text.contains("建筑物中抛掷物品") == true)
            #expect(result.problems == 1)
        }
    }

    @Test func flagsUnknownLawsOutOfRangeParagraphsAndItemsAndVersionsNotInForce() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let text = "不存在法第三条；消费者权益保护法第五十五条第三款；劳动合同法第三十八条第一款第七项；劳动合同法第三十八条第一款第六项；" +
                "商标法第八十七条；仲裁法第五十九条。"
            // act
            let result = try await check(app, text)
            // check
            #expect(result.citations.map(\.verdict) == ["unknown_law", "out_of_range", "out_of_range", "exists", "not_yet_in_force", "changed_by_revision"])
            #expect(result.citations[1].message.contains("2"))
            #expect(result.citations[2].message.contains("6"))
            #expect(result.citations[4].law_version?.in_force_from == "2027-01-01")
            #expect(result.citations[5].law_version?.version_date == "2025-09-12")
            #expect(result.problems == 5)
        }
    }

    @Test func aCitationOfAnArticleOnlyInAnOldVersionIsSuperseded() async throws {
        try await withApp(on: .sqlite, clock: FixedClock(Date(timeIntervalSince1970: 1_767_225_600))) { app in
            // setup: 2026-01-01, before the 2025 仲裁法 took effect; its article 90 does not exist in the 2017 text
            try await LawFixtures.importFixture(on: app)
            // act
            let result = try await check(app, "仲裁法第九十条")
            // check: the article is only in the version not yet in force
            #expect(result.citations.map(\.verdict) == ["not_yet_in_force"])
        }
    }

    @Test func aTextWithoutCitationsFindsNone() async throws {
        try await withApp(on: .sqlite, clock: clock) { app in
            try await LawFixtures.importFixture(on: app)
            let result = try await check(app, "老板拖欠工资三个月不给怎么办？")
            #expect(result.citations.isEmpty && result.problems == 0)
        }
    }

    @Test func theStaffPageShowsEachVerdict() async throws {
        try await withApp(clock: clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let j = try await Jurisdiction.make(on: app.db)
            let lawyer = try await makeStaff(app, "lawyer.cite", [(.lawyer, j.townA)])
            let browser = try await Browser.signedIn(app, lawyer)
            // act
            let form = try await browser.get(app, "/staff/citation-check")
            let result = try await browser.post(app, "/staff/citation-check", [("text", "《劳动合同法》第八十二条；劳动合同法第二百条")])
            let anonymous = try await Browser.anonymous.get(app, "/staff/citation-check")
            // check
            #expect(form.status == .ok)
            #expect(result.status == .ok)
            #expect(result.text.contains("verdict-exists") && result.text.contains("verdict-missing"))
            #expect(result.text.contains("没有第二百条"))
            #expect(anonymous.status == .seeOther)
        }
    }
}
