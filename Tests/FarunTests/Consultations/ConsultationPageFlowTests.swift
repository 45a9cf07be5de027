import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The citizen's pages on both engines: ask in two steps, land on the question's page, follow up and rate.
@Suite struct ConsultationPageFlowTests {
    static func askFields(_ desk: ConsultationDesk, confirmed: Bool, consent: Bool = true, question: String = "公司拖欠工资三个月，我的电话13912345678，怎么办？") -> [(String, String)] {
        var fields = [("question", question), ("region_id", String(desk.j.townA.id!)), ("phone", "13800138000")]
        if consent { fields.append(("consent", "1")) }
        if confirmed { fields += [("confirmed", "1"), ("field", "labour")] }
        return fields
    }

    @Test func aFirstSubmitSuggestsTheSecondAsksAndTheQuestionPageShowsItMasked() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            // act
            let first = try await Browser.anonymous.post(app, "/consult", Self.askFields(desk, confirmed: false))
            let countAfterFirst = try await ConsultationRecord.query(on: app.db).count()
            let second = try await Browser.anonymous.post(app, "/consult", Self.askFields(desk, confirmed: true))
            // check
            #expect(first.status == .ok && countAfterFirst == 0)
            #expect(first.text.contains(#"name="confirmed" value="1""#) && first.text.contains(#"<option value="labour" selected"#))
            #expect(second.status == .seeOther)
            let location = try #require(second.location)
            #expect(location.hasPrefix("/consult/"))
            let page = try await Browser.anonymous.get(app, location)
            #expect(page.status == .ok && page.text.contains("公司拖欠工资三个月") && !page.text.contains("13912345678"))
            #expect(page.text.contains(location))
        }
    }

    @Test func withoutConsentOrWithAnEmptyQuestionNothingIsAsked() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            // act
            let noConsent = try await Browser.anonymous.post(app, "/consult", Self.askFields(desk, confirmed: true, consent: false))
            let empty = try await Browser.anonymous.post(app, "/consult", Self.askFields(desk, confirmed: true, question: "  "))
            let forged = try await Browser.anonymous.post(app, "/consult", Self.askFields(desk, confirmed: true), forged: true)
            // check
            #expect(noConsent.status == .unprocessableEntity && noConsent.text.contains(L10n(.zhHans)(.consultationConsentRequired)))
            #expect(empty.status == .unprocessableEntity && empty.text.contains(L10n(.zhHans)(.consultationQuestionRequired)))
            #expect(forged.status == .forbidden)
            #expect(try await ConsultationRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func theCitizenFollowsUpAndRatesOnThePageAndAClosedQuestionRefusesFollowUps() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            let lawyer = String(desk.lawyers[0].id!)
            let base = "/consult/\(id.uuidString)"
            // act
            let followUp = try await Browser.anonymous.post(app, "\(base)/follow-up", [("lawyer_id", lawyer), ("text", "仲裁要多久？")])
            let rate = try await Browser.anonymous.post(app, "\(base)/rate", [("lawyer_id", lawyer), ("score", "4"), ("best", "1")])
            let page = try await Browser.anonymous.get(app, base)
            try await ConsultationStore.apply(.closeByCitizen(at: ConsultationDesk.start.addingTimeInterval(600)), to: id,
                                              context: ConsultationDesk.context(app), on: app.db)
            let closed = try await Browser.anonymous.post(app, "\(base)/follow-up", [("lawyer_id", lawyer), ("text", "还在吗？")])
            // check
            #expect(followUp.status == .seeOther && rate.status == .seeOther)
            #expect(page.text.contains("仲裁要多久？") && page.text.contains(L10n(.zhHans)(.consultRatedAs, "4")))
            #expect(closed.status == .conflict && closed.text.contains(L10n(.zhHans)(.consultationClosed)))
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.consultation.bestLawyer == lawyer && loaded.threads.first?.rating == 4)
            #expect(loaded.entries.values.flatMap { $0 }.count == 2)
        }
    }
}
