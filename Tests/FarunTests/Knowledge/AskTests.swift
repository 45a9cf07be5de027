import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The 法律服务机器人: the page, the hand-off to a person, the API, and the staff panel beside a work order.
@Suite struct AskTests {
    @Test func theAskPageAnswersWithArticlesTheNoticeAndTheHandoff() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            let manager = try await AskFixtures.manager(app)
            try await AskFixtures.publish(app, as: manager, kind: "case", title: "农民工讨薪案", summary: "某公司拖欠农民工工资三个月，法律援助中心代理申请仲裁。")
            try await app.knowledgeIndex.refresh(app)
            let zh = L10n(.zhHans)
            // act
            let page = try await Browser.anonymous.get(app, "/ask?" + AskFixtures.q("老板拖欠工资三个月不给怎么办"))
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains(zh(.askNotLegalAdvice)))
            #expect(page.text.contains("id=\"ask-articles\""))
            #expect(page.text.contains("href=\"/laws/"))
            #expect(page.text.contains("<mark>"))
            #expect(page.text.contains("农民工讨薪案"))
            #expect(page.text.contains("action=\"/ask/handoff\""))
        }
    }

    @Test func anEmptyQuestionIsShownAgainWithTheProblem() async throws {
        try await withApp(on: .sqlite) { app in
            // act
            let page = try await Browser.anonymous.get(app, "/ask?q=%20%20")
            // check
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains(L10n(.zhHans)(.searchQuestionRequired)))
        }
    }

    @Test func theHandoffOpensTheConsultationFormWithTheQuestionFilledIn() async throws {
        try await withApp { app in
            // setup
            _ = try await Jurisdiction.make(on: app.db)
            let consultation = try #require(try await CatalogEntry.query(on: app.db).filter(\.$code == AskHandoff.serviceCode).first())
            let question = "老板拖欠工资三个月不给怎么办 <b>急</b>"
            // act
            let page = try await Browser.anonymous.post(app, "/ask/handoff", [("question", question)])
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/apply/\(try consultation.requireID())\""))
            #expect(page.text.contains("老板拖欠工资三个月不给怎么办 &lt;b&gt;急&lt;/b&gt;</textarea>"))
        }
    }

    @Test func atAKioskTheHandoffOpensTheKiosksForm() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let point = try await makeServicePoint(app, name: "岳阳镇公共法律服务工作站", in: j.townA)
            let consultation = try #require(try await CatalogEntry.query(on: app.db).filter(\.$code == AskHandoff.serviceCode).first())
            // act
            let page = try await Browser.anonymous.post(app, "/ask/handoff", [("question", "离婚财产怎么分"), ("kiosk", String(try point.requireID()))])
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("action=\"/kiosk/\(try point.requireID())/services/\(try consultation.requireID())\""))
            #expect(page.text.contains("离婚财产怎么分</textarea>"))
        }
    }

    @Test func theHandoffWithoutCSRFIsRefused() async throws {
        try await withApp(on: .sqlite) { app in
            // act
            let response = try await Browser.anonymous.post(app, "/ask/handoff", [("question", "离婚")], csrf: false)
            // check
            #expect(response.status == .forbidden)
        }
    }

    @Test func theAskAPIAnswersWithNoticeResultsAndWhereToHandOff() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            try await AskFixtures.importAndIndex(app)
            let consultation = try #require(try await CatalogEntry.query(on: app.db).filter(\.$code == AskHandoff.serviceCode).first())
            // act
            let response = try await apiRequest(app, .POST, "/api/v1/ask", json: #"{"question": "骑电动车被汽车撞了，对方不赔钱"}"#)
            let refused = try await apiRequest(app, .POST, "/api/v1/ask", json: #"{"question": "   "}"#)
            // check
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect(json["notice"] as? String == L10n(.zhHans)(.askNotLegalAdvice))
            let articles = try #require(json["articles"] as? [[String: Any]])
            #expect(!articles.isEmpty && articles.count <= AskService.articleCount)
            #expect(articles.contains { ($0["lawName"] as? String)?.contains("道路交通安全法") == true })
            let handoff = try #require(json["handoff"] as? [String: Any])
            #expect(handoff["target"] as? String == "work_order")
            #expect(handoff["service_id"] as? Int == (try consultation.requireID()))
            #expect(handoff["matter"] as? String == "骑电动车被汽车撞了，对方不赔钱")
            #expect(refused.status == .badRequest)
        }
    }

    @Test func staffSeeRelatedArticlesBesideAWorkOrder() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup: an order about unpaid wages (the desk's default matter)
            try await AskFixtures.importAndIndex(app)
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, acceptNow: true), by: desk.clerk)
            let browser = try await Browser.signedIn(app, desk.head)
            // act
            let page = try await browser.get(app, "/staff/work-orders/\(try order.requireID())")
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains("class=\"knowledge-panel\""))
            #expect(page.text.contains(L10n(.zhHans)(.askPanelTitle)))
            #expect(page.text.contains("href=\"/laws/"))
        }
    }
}
