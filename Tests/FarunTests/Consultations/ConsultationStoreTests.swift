import FarunCore
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import Farun

/// Asking, answering and following up through the store, on both engines.
@Suite struct ConsultationStoreTests {
    @Test func askingStoresTheQuestionMaskedForLawyersAndTheOriginalEncrypted() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let text = "公司拖欠工资三个月，我的电话13912345678，身份证110101199003074514，怎么办？"
            // act
            let id = try await desk.ask(app, text)
            // check
            let record = try #require(try await ConsultationRecord.find(id, on: app.db))
            #expect(!record.question.contains("13912345678") && !record.question.contains("110101199003074514"))
            #expect(record.question.hasPrefix("公司拖欠工资三个月"))
            #expect(record.maskedKinds == "mobile,resident_id")
            #expect(!record.questionOriginalEncrypted.contains("139"))
            #expect(try app.secrets.decrypt(record.questionOriginalEncrypted) == text)
            #expect(record.askerPhoneMasked == "138****8000")
            #expect(record.askerPhoneHash == app.secrets.lookupHash("13800138000"))
            #expect(try app.secrets.decrypt(try #require(record.askerPhoneEncrypted)) == "13800138000")
            #expect(record.field == .known(.labour) && record.suggestedField == .known(.labour))
            #expect(record.state == .open && record.regionPath == desk.j.townA.path && record.version == 1)
            #expect(try await auditCount(app, action: "consultation.ask") == 1)
        }
    }

    @Test func anEmptyQuestionOrABadPhoneIsRefusedAndNothingIsStored() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            // act
            let empty = await #expect(throws: ConsultationInputProblem.self) { try await desk.ask(app, "  \n ") }
            let phone = await #expect(throws: ConsultationInputProblem.self) { try await desk.ask(app, phone: "12345") }
            // check
            #expect(empty == .question(.empty) && phone == .phone)
            #expect(try await ConsultationRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func threeDistinctLawyersFullyAnswerAQuestionAndAFourthIsRefused() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let id = try await desk.ask(app)
            // act
            let first = try await desk.answer(app, id, by: 0)
            try await desk.answer(app, id, by: 1)
            let third = try await desk.answer(app, id, by: 2)
            let fourth = await #expect(throws: ConsultationProblem.self) { try await desk.answer(app, id, by: 3) }
            // check
            #expect(first.state == .answered && third.state == .fullyAnswered && fourth == .enoughLawyers)
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.consultation.state == .fullyAnswered)
            #expect(loaded.consultation.answeringLawyers == (0..<3).map { String(desk.lawyers[$0].id!) })
            #expect(loaded.record.version == 4)
            let entries = try await ConsultationEntryRecord.query(on: app.db).all()
            #expect(entries.count == 3 && entries.allSatisfy { $0.kind == .answer && $0.articles == ["劳动合同法 第三十条"] })
            #expect(try await auditCount(app, action: "consultation.answer") == 3)
        }
    }

    @Test func theSameLawyerAnsweringTwiceCountsOnce() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let id = try await desk.ask(app)
            // act
            try await desk.answer(app, id, by: 0)
            let again = try await desk.answer(app, id, by: 0, text: "补充：注意仲裁时效为一年。", at: ConsultationDesk.start.addingTimeInterval(90))
            // check
            #expect(again.state == .answered && again.threads.count == 1 && again.threads[0].entries.count == 2)
            #expect(try await ConsultationThreadRecord.query(on: app.db).count() == 1)
            #expect(try await ConsultationEntryRecord.query(on: app.db).count() == 2)
        }
    }

    @Test func followUpsAreUnlimitedMaskedAndRefusedOnceClosed() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            // act: twelve follow-ups, each replied to, the first carrying a phone number
            for i in 0..<12 {
                let at = ConsultationDesk.start.addingTimeInterval(Double(200 + i * 20))
                try await desk.followUp(app, id, to: 0, text: i == 0 ? "我另一个号码是13698765432，方便联系吗？" : "第\(i)次追问", at: at)
                try await desk.answer(app, id, by: 0, text: "回复\(i)", at: at.addingTimeInterval(10))
            }
            try await desk.followUp(app, id, to: 0, at: ConsultationDesk.start.addingTimeInterval(900))
            try await ConsultationStore.apply(.closeByCitizen(at: ConsultationDesk.start.addingTimeInterval(1_000)), to: id,
                                              context: ConsultationDesk.context(app), on: app.db)
            let closed = await #expect(throws: ConsultationProblem.self) {
                try await desk.followUp(app, id, to: 0, at: ConsultationDesk.start.addingTimeInterval(1_100))
            }
            // check
            #expect(closed == .closed)
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.consultation.state == .closed && loaded.consultation.closeReason == .citizen)
            #expect(loaded.consultation.threads[0].followUpCount == 13)
            let thread = try #require(loaded.threads.first)
            #expect(thread.unansweredFollowUpSince == ConsultationDesk.start.addingTimeInterval(900))
            let followUps = try await ConsultationEntryRecord.query(on: app.db).filter(\.$kind == .followUp).sort(\.$id).all()
            #expect(followUps.count == 13 && !followUps[0].text.contains("13698765432"))
        }
    }

    @Test func aLawyerOutsideTheirGrantIsRefusedAndNothingIsWritten() async throws {
        try await withApp { app in
            // setup: a lawyer granted only in town B; the question is asked in town A
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let outsider = try await makeStaff(app, "lawyer.townB", [(.lawyer, desk.j.townB)])
            let id = try await desk.ask(app)
            let lawyer = ConsultationLawyer(key: String(outsider.id!), grants: [Grant(role: .lawyer, regionPath: desk.j.townB.regionPath)])
            // act
            let refused = await #expect(throws: ConsultationProblem.self) {
                try await ConsultationStore.apply(.answer(lawyer, at: ConsultationDesk.start), to: id, message: .init(text: "解答"),
                                                  context: ConsultationDesk.context(app), on: app.db)
            }
            // check
            #expect(refused == .outsideGrant)
            #expect(try await ConsultationThreadRecord.query(on: app.db).count() == 0)
            #expect(try await ConsultationRecord.find(id, on: app.db)?.version == 1)
        }
    }

    @Test func ratingsTheBestAnswerAndConsentSurviveAReload() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            try await desk.answer(app, id, by: 1)
            let context = ConsultationDesk.context(app)
            // act
            try await ConsultationStore.apply(.rate(lawyer: String(desk.lawyers[0].id!), score: 5), to: id, context: context, on: app.db)
            try await ConsultationStore.apply(.rate(lawyer: String(desk.lawyers[1].id!), score: 3), to: id, context: context, on: app.db)
            try await ConsultationStore.apply(.markBest(lawyer: String(desk.lawyers[1].id!)), to: id, context: context, on: app.db)
            try await ConsultationStore.apply(.consentToPublication(true), to: id, context: context, on: app.db)
            // check
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.consultation.threads.map(\.rating) == [5, 3])
            #expect(loaded.consultation.bestLawyer == String(desk.lawyers[1].id!) && loaded.record.$bestLawyer.id == desk.lawyers[1].id)
            #expect(loaded.consultation.consentsToPublication && loaded.record.version == 7)
            #expect(try await auditCount(app, action: "consultation.rate") == 2)
        }
    }

    @Test func theDatabaseRefusesASecondThreadForTheSameLawyer() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            let duplicate = ConsultationThreadRecord()
            duplicate.$consultation.id = id
            duplicate.$lawyer.id = desk.lawyers[0].id!
            duplicate.createdAt = ConsultationDesk.start
            // act
            let created: Void? = try? await duplicate.create(on: app.db)
            // check
            #expect(created == nil)
            #expect(try await ConsultationThreadRecord.query(on: app.db).count() == 1)
        }
    }

    @Test func entriesAreAppendOnlyInTheDatabase() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            // act
            let update: Void? = try? await app.db.sql.raw("UPDATE consultation_entries SET text = 'x'").run()
            let delete: Void? = try? await app.db.sql.raw("DELETE FROM consultation_entries").run()
            // check
            #expect(update == nil && delete == nil)
            let entries = try await ConsultationEntryRecord.query(on: app.db).all()
            #expect(entries.count == 1 && entries[0].text == "可以向劳动监察大队投诉，或申请劳动仲裁。")
        }
    }

    @Test func theRosterIsLoadedIntoTheDomain() async throws {
        try await withApp { app in
            // setup: lawyer 0 on duty every Thursday 09:00–17:00 for labour in town A; lawyer 1 declared available
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let slot = DutySlotRecord()
            slot.$person.id = desk.lawyers[0].id!
            slot.weekday = 4
            slot.startMinute = 9 * 60
            slot.endMinute = 17 * 60
            slot.$region.id = desk.j.townA.id!
            slot.regionPath = desk.j.townA.path
            slot.fields = DutyFields.format([.labour])
            try await slot.create(on: app.db)
            let declared = DutyAvailabilityRecord()
            declared.$person.id = desk.lawyers[1].id!
            declared.from = ConsultationDesk.start.addingTimeInterval(-600)
            declared.until = ConsultationDesk.start.addingTimeInterval(3_600)
            declared.$region.id = desk.j.county.id!
            declared.regionPath = desk.j.county.path
            declared.fields = ""
            try await declared.create(on: app.db)
            // act
            let roster = try await ConsultationStore.roster(now: ConsultationDesk.start, on: app.db)
            let offers = roster.offers(region: desk.j.villageA.regionPath, field: .known(.labour), askedAt: ConsultationDesk.start,
                                       now: ConsultationDesk.start)
            // check
            #expect(offers.map(\.person) == [String(desk.lawyers[0].id!), String(desk.lawyers[1].id!)])
            #expect(offers.map(\.rostered) == [true, false])
        }
    }
}
