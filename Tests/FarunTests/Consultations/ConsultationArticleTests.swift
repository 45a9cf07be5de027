import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Article references on answers on both engines: checked with the citation checker, refused naming the bad one
/// (the form keeps what was typed), stored in the statutes' form and shown as links to the statute pages.
@Suite struct ConsultationArticleTests {
    static let clock = FixedClock(ConsultationDesk.start.addingTimeInterval(300))

    @Test func anAnswerCitingAnArticleTheLawDoesNotHaveIsRefusedNamingItAndTheFormKeepsTheText() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            // act
            let refused = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/answer",
                                                [("text", "可以要求支付二倍工资。"), ("articles", "劳动合同法第82条\n劳动合同法第999条")])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("劳动合同法第999条") && refused.text.contains("可以要求支付二倍工资。"))
            #expect(refused.text.contains("劳动合同法第82条\n劳动合同法第999条"))
            #expect(try await ConsultationThreadRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func anAnswerCitingAnUnknownLawOrNoArticleIsRefusedThroughTheAPI() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            let path = "/api/v1/consultations/\(id.uuidString)/answers"
            // act
            let unknownLaw = try await apiRequest(app, .POST, path, browser: browser, json: #"{"text":"见该法。","articles":["《幸福生活法》第三条"]}"#)
            let noArticle = try await apiRequest(app, .POST, path, browser: browser, json: #"{"text":"见该法。","articles":["参见相关规定"]}"#)
            // check
            #expect(unknownLaw.status == .unprocessableEntity && unknownLaw.text.contains("幸福生活法"))
            #expect(unknownLaw.headers.contentType?.description.contains("problem+json") == true)
            #expect(noArticle.status == .unprocessableEntity && noArticle.text.contains("参见相关规定"))
            #expect(try await ConsultationEntryRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func checkedReferencesAreStoredInTheStatutesFormAndLinkToTheArticlePages() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            try await LawFixtures.importFixture(on: app)
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            let law = try await LawFixtures.law(app, "劳动合同法")
            let article = try await LawFixtures.article(app, of: law, "第八十二条")
            let link = SiteURL.lawArticle(try law.requireID(), article: try article.requireID()).path
            // act
            let answered = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/answer",
                                                 [("text", "可以要求支付二倍工资。"), ("articles", "劳动合同法第82条\n《劳动合同法》第八十二条")])
            let citizenPage = try await Browser.anonymous.get(app, "/consult/\(id.uuidString)")
            let lawyerPage = try await lawyer.get(app, "/staff/consultations/\(id.uuidString)")
            // check
            #expect(answered.status == .seeOther)
            let entry = try #require(try await ConsultationEntryRecord.query(on: app.db).first())
            #expect(entry.articles == ["《劳动合同法》第八十二条"])
            #expect(citizenPage.text.contains(#"<a href="\#(link)">《劳动合同法》第八十二条</a>"#))
            #expect(lawyerPage.text.contains(#"<a href="\#(link)">《劳动合同法》第八十二条</a>"#))
        }
    }

    @Test func withoutImportedStatutesReferencesAreKeptAsTypedAndShownAsText() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            // act
            let answered = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/answer",
                                                 [("text", "可以申请劳动仲裁。"), ("articles", "劳动合同法 第三十条")])
            let page = try await Browser.anonymous.get(app, "/consult/\(id.uuidString)")
            // check
            #expect(answered.status == .seeOther)
            #expect(page.text.contains("劳动合同法 第三十条") && !page.text.contains("/laws/"))
        }
    }
}
