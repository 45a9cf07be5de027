import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The lawyers' workbench on both engines: offered questions by age, answering, refusals, region scope.
@Suite struct ConsultationWorkbenchTests {
    @Test func aLawyerOnDutySeesTheQuestionMaskedAnswersItAndALawyerOfAnotherRegionGetsNotFound() async throws {
        try await withApp(clock: FixedClock(ConsultationDesk.start.addingTimeInterval(300))) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let outsider = try await makeStaff(app, "lawyer.townB", [(.lawyer, desk.j.townB)])
            try await DutyRosterStore.declareAvailability(person: desk.lawyers[0].id!, from: ConsultationDesk.start,
                                                          until: ConsultationDesk.start.addingTimeInterval(7_200), regionID: desk.j.county.id!,
                                                          fields: [], context: ConsultationDesk.context(app), on: app.db)
            let id = try await desk.ask(app, "公司拖欠工资三个月，我的电话13912345678，怎么办？")
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            let other = try await Browser.signedIn(app, outsider)
            let item = "/staff/consultations/\(id.uuidString)"
            // act
            let bench = try await lawyer.get(app, "/staff/consultations")
            let page = try await lawyer.get(app, item)
            let empty = try await lawyer.post(app, "\(item)/answer", [("text", "  ")])
            let answered = try await lawyer.post(app, "\(item)/answer", [("text", "可以申请劳动仲裁。"), ("articles", "劳动合同法 第三十条")])
            let after = try await lawyer.get(app, item)
            let benchAfter = try await lawyer.get(app, "/staff/consultations")
            let outsiderBench = try await other.get(app, "/staff/consultations")
            let outsiderPage = try await other.get(app, item)
            let outsiderAnswer = try await other.post(app, "\(item)/answer", [("text", "越权解答")])
            // check
            #expect(bench.status == .ok && bench.text.contains("公司拖欠工资三个月") && !bench.text.contains("13912345678"))
            #expect(bench.text.contains(L10n(.zhHans)(.consultWorkbenchAge, "5")))
            #expect(page.status == .ok && page.text.contains("公司拖欠工资三个月") && !page.text.contains("13912345678"))
            #expect(empty.status == .unprocessableEntity && empty.text.contains(L10n(.zhHans)(.consultationMessageRequired)))
            #expect(answered.status == .seeOther)
            #expect(after.text.contains("可以申请劳动仲裁。") && after.text.contains(L10n(.zhHans)(.consultWorkbenchAnswers, "1", "3")))
            #expect(benchAfter.text.contains(SiteURL.consultationWorkbenchItem(id.uuidString).path))
            #expect(outsiderBench.status == .ok && !outsiderBench.text.contains("公司拖欠工资三个月"))
            #expect(outsiderPage.status == .notFound && outsiderAnswer.status == .notFound)
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.threads.count == 1 && loaded.threads[0].$lawyer.id == desk.lawyers[0].id!)
        }
    }

    @Test func aFourthLawyerIsToldThatEnoughLawyersAnswered() async throws {
        try await withApp(clock: FixedClock(ConsultationDesk.start.addingTimeInterval(300))) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let id = try await desk.ask(app)
            for index in 0..<3 { try await desk.answer(app, id, by: index) }
            let fourth = try await Browser.signedIn(app, desk.lawyers[3])
            // act
            let refused = try await fourth.post(app, "/staff/consultations/\(id.uuidString)/answer", [("text", "我也来解答。")])
            // check
            #expect(refused.status == .conflict && refused.text.contains(L10n(.zhHans)(.consultationEnoughLawyers)))
            #expect(refused.text.contains("我也来解答。"))
            #expect(try await ConsultationThreadRecord.query(on: app.db).count() == 3)
        }
    }
}
