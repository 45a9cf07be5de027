import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// 督办 and the recipient's rating in the store, on both engines. Days are injected: nothing sleeps.
@Suite struct LegalAidSupervisionStoreTests {
    func rows(_ app: Application, on iso: String, _ filter: LegalAidSupervisionQueries.Filter = .init()) async throws -> [LegalAidSupervisionQueries.Row] {
        let context = try await legalAidContext(app, nil, on: iso)
        return try await LegalAidSupervisionQueries.rows(filter, today: context.today, policy: .standard, calendar: context.calendar, on: app.db)
    }

    @Test("LA-01, LA-02 第四十三条; LA-04 第四十三条第二款: the screen lists late decisions and assignments, earliest due first, and not matters waiting for materials")
    func screenListsLateMattersEarliestDueFirst() async throws {
        try await withApp { app in
            // setup: A undecided since 11-02 (due 11-09); B granted 11-03 (assign by 11-06); C waits for materials; D in town B
            let d = try await LegalAidDesk.make(app)
            let a = try await legalAidApply(app, legalAidInput(d.j, name: "甲一", phone: "13800000001"), by: d.clerk)
            let b = try await LegalAidSupervisionFixtures.granted(app, d, name: "乙二")
            let c = try await legalAidApply(app, legalAidInput(d.j, name: "丙三", phone: "13800000003"), by: d.clerk)
            try await legalAidAct(app, c, .requestMaterials, by: d.officer, on: "2026-11-03") { $0.missingMaterials = ["工资条"] }
            var input = legalAidInput(d.j, name: "丁四", phone: "13800000004")
            input.region_id = d.j.townB.id
            let dd = try await legalAidApply(app, input, by: d.officer)
            // act
            let all = try await rows(app, on: "2026-11-12")
            let decisions = try await rows(app, on: "2026-11-12", .init(kinds: [.decision]))
            let townB = try await rows(app, on: "2026-11-12", .init(region: d.j.townB.regionPath))
            let townAOnly = try await rows(app, on: "2026-11-12", .init(scopes: [d.j.townA.regionPath]))
            let early = try await rows(app, on: "2026-11-04")
            // check
            #expect(all.map(\.applicationID) == [b.id!, a.id!, dd.id!])
            #expect(all.map(\.finding.kind) == [.assignment, .decision, .decision])
            #expect(all[0].finding.due.dueDate == LocalDate("2026-11-06"))
            #expect(all[0].finding.late == 6)
            #expect(all[1].finding.late == 3)
            #expect(!all.contains { $0.applicationID == c.id })
            #expect(decisions.map(\.applicationID) == [a.id!, dd.id!])
            #expect(townB.map(\.applicationID) == [dd.id!])
            #expect(townB.first?.regionName == "北平镇")
            #expect(townAOnly.map(\.applicationID) == [b.id!, a.id!])
            #expect(early.isEmpty)
        }
    }

    @Test("第五十九条 and LA-26 第五十条: a hearing with nothing recorded since, and an ended matter without the closing report")
    func providersDutiesAreSupervised() async throws {
        try await withApp { app in
            // setup: hearing 11-10 noted on 11-06 (the note's own day is 11-06 in China: the clock is injected)
            let d = try await LegalAidDesk.make(app)
            let application = try await LegalAidSupervisionFixtures.handling(app, d, name: "戊五")
            let staff = try await principal(app, d.lawyer)
            _ = try await LegalAidCaseWork.addNote(application.id!, kind: .hearing, on: LocalDate("2026-11-10")!, text: "仲裁开庭", by: staff,
                                                   context: try await legalAidContext(app, d.lawyer, on: "2026-11-06"), on: app.db)
            // act
            let afterHearing = try await rows(app, on: "2026-11-16")
            _ = try await LegalAidCaseWork.addNote(application.id!, kind: .concluded, on: LocalDate("2026-11-15")!, text: "裁决书已送达", by: staff,
                                                   context: try await legalAidContext(app, d.lawyer, on: "2026-11-16"), on: app.db)
            let afterRecord = try await rows(app, on: "2026-11-20")
            let reportLate = try await rows(app, on: "2026-12-17")
            // check: hearing + 3 = 11-13; ended 11-15 + 30 = 12-15 (a Tuesday)
            #expect(afterHearing.map(\.finding.kind) == [.hearingUnrecorded])
            #expect(afterHearing.first?.finding.late == 3)
            #expect(afterHearing.first?.providerName == "李律师")
            #expect(afterRecord.isEmpty)
            #expect(reportLate.map(\.finding.kind) == [.closingReport, .noProgress])
            #expect(reportLate.first?.finding.due.dueDate == LocalDate("2026-12-15"))
            #expect(reportLate.first?.finding.late == 2)
        }
    }

    @Test("第五十九条: a 督办 note is recorded with the lateness, audited, and sent to the outbox when asked; a matter not late is refused")
    func supervisionNote() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let a = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            let staff = try await principal(app, d.bureau)
            let context = try await legalAidContext(app, d.bureau, on: "2026-11-12")
            // act
            let note = try await LegalAidFollowUps.supervise(a.id!, kind: .decision, note: "请于今日作出决定", notify: true, by: staff, context: context, on: app.db)
            let notLate = await thrownAppError {
                _ = try await LegalAidFollowUps.supervise(a.id!, kind: .assignment, note: "指派", notify: false, by: staff, context: context, on: app.db)
            }
            let empty = await thrownAppError {
                _ = try await LegalAidFollowUps.supervise(a.id!, kind: .decision, note: "  ", notify: false, by: staff, context: context, on: app.db)
            }
            // check
            #expect(note.dueOn == "2026-11-09")
            #expect(note.late == 3)
            #expect(note.unit == .calendarDays)
            #expect(note.byName == "司法局")
            #expect(isConflict(notLate, .legalAidSuperviseNotLate))
            #expect(empty?.fieldProblems.map(\.field) == ["note"])
            #expect(try await auditCount(app, action: "legal_aid.supervise") == 1)
            let messages = try await OutboxMessage.query(on: app.db).filter(\.$topic == "legal_aid.supervised").all()
            #expect(messages.count == 1)
            #expect(messages.first?.payload.contains(#""kind":"decision_overdue""#) == true)
            #expect(try await LegalAidSupervisionNote.query(on: app.db).count() == 1)
        }
    }

    @Test("LA-26 第五十条: the call-back rating comes only after the closing report, once per case, audited, and closes the order")
    func callbackRating() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let open = try await LegalAidSupervisionFixtures.handling(app, d, name: "己六")
            let closed = try await LegalAidSupervisionFixtures.closed(app, d, name: "庚七")
            let staff = try await principal(app, d.officer)
            let context = try await legalAidContext(app, d.officer, on: "2026-11-25")
            // act
            let early = await thrownAppError {
                _ = try await LegalAidFollowUps.recordRating(open.id!, score: .satisfied, comment: "", by: staff, context: context, on: app.db)
            }
            let rating = try await LegalAidFollowUps.recordRating(closed.id!, score: .basicallySatisfied, comment: "律师很负责", by: staff, context: context, on: app.db)
            let twice = await thrownAppError {
                _ = try await LegalAidFollowUps.recordRating(closed.id!, score: .dissatisfied, comment: "", by: staff, context: context, on: app.db)
            }
            let record = try await LegalAidFollowUps.record(of: closed, on: app.db)
            // check
            #expect(isConflict(early, .legalAidRatingNotYet))
            #expect(rating.score == .basicallySatisfied)
            #expect(isConflict(twice, .trackAlreadyRated))
            #expect(record.rating?.comment == "律师很负责")
            #expect(record.ratingFeedback?.channel == .callback)
            #expect(record.ratingFeedback?.byName == d.officer.displayName)
            #expect(try await WorkOrder.find(closed.$workOrder.id, on: app.db)?.state == .closed)
            #expect(try await auditCount(app, action: "work_order.legal_aid.rating") == 1)
        }
    }

    @Test("LA-23 第五十五条: while a provider holds the case the recipient may complain and ask for another; after closing it goes to the bureau")
    func complaints() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let open = try await LegalAidSupervisionFixtures.handling(app, d, name: "辛八")
            let closed = try await LegalAidSupervisionFixtures.closed(app, d, name: "壬九")
            let context = try await legalAidContext(app, nil, on: "2026-11-21")
            // act
            let complaint = try await LegalAidFollowUps.complain(open.id!, text: "律师一直不接电话", asksReplacement: true, channel: .citizen, by: nil,
                                                                 context: context, on: app.db)
            let late = await thrownAppError {
                _ = try await LegalAidFollowUps.complain(closed.id!, text: "不满意", asksReplacement: false, channel: .citizen, by: nil, context: context, on: app.db)
            }
            let empty = await thrownAppError {
                _ = try await LegalAidFollowUps.complain(open.id!, text: " ", asksReplacement: false, channel: .citizen, by: nil, context: context, on: app.db)
            }
            // check
            #expect(complaint.asksReplacement)
            #expect(complaint.providerName == "李律师")
            #expect(isConflict(late, .legalAidComplaintClosed))
            #expect(empty?.fieldProblems.map(\.field) == ["text"])
            #expect(try await auditCount(app, action: "legal_aid.complaint") == 1)
        }
    }

    @Test("Statistics: the satisfaction rate counts 满意 and 基本满意 over rated cases only: 2 of 3 (hand-computed), the unrated case left out")
    func satisfactionInStatistics() async throws {
        try await withApp { app in
            // setup: four closed cases; the recipient rates one on the tracking page, the officer takes two by phone, one is unrated
            let d = try await LegalAidDesk.make(app)
            let cases = [
                try await LegalAidSupervisionFixtures.closed(app, d, name: "赵一"),
                try await LegalAidSupervisionFixtures.closed(app, d, name: "钱二"),
                try await LegalAidSupervisionFixtures.closed(app, d, name: "孙三"),
                try await LegalAidSupervisionFixtures.closed(app, d, name: "李四"),
            ]
            let staff = try await principal(app, d.officer)
            let context = try await legalAidContext(app, d.officer, on: "2026-11-25")
            _ = try await CitizenActions.rate(cases[0].$workOrder.id, score: .satisfied, comment: "", context: try await legalAidContext(app, nil, on: "2026-11-21"), on: app.db)
            _ = try await LegalAidFollowUps.recordRating(cases[1].id!, score: .basicallySatisfied, comment: "", by: staff, context: context, on: app.db)
            _ = try await LegalAidFollowUps.recordRating(cases[2].id!, score: .dissatisfied, comment: "进展告知不及时", by: staff, context: context, on: app.db)
            // act
            let applications = try await LegalAidQueries.applications(.init(), on: app.db)
            let summary = LegalAidStatistics.summary(try await LegalAidQueries.records(applications, on: app.db))
            let citizen = try await LegalAidFollowUps.record(of: cases[0], on: app.db)
            // check
            #expect(summary.closedCases == 4)
            #expect(summary.satisfaction.part == 2)
            #expect(summary.satisfaction.whole == 3)
            #expect(abs((summary.satisfaction.percent ?? 0) - 200.0 / 3.0) < 0.000_001)
            #expect(citizen.rating?.score == .satisfied)
            #expect(citizen.ratingFeedback == nil)
        }
    }

    @Test("LA-23 第五十五条: the tracking page offers the complaint form while a provider holds the case, and the route after a 不满意 rating")
    func trackingPageComplaintOffer() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let open = try await LegalAidSupervisionFixtures.handling(app, d, name: "癸十")
            let closed = try await LegalAidSupervisionFixtures.closed(app, d, name: "子一")
            let received = try await legalAidApply(app, legalAidInput(d.j, name: "丑二", phone: "13800000012"), by: d.clerk)
            let order = { (a: LegalAidApplication) async throws -> WorkOrder in try #require(try await WorkOrder.find(a.$workOrder.id, on: app.db)) }
            // act
            let whileHandled = try await LegalAidFollowUps.complaintOffer(for: try await order(open), rating: nil, on: app.db)
            let afterBadRating = try await LegalAidFollowUps.complaintOffer(for: try await order(closed), rating: .dissatisfied, on: app.db)
            let afterGoodRating = try await LegalAidFollowUps.complaintOffer(for: try await order(closed), rating: .satisfied, on: app.db)
            let underReview = try await LegalAidFollowUps.complaintOffer(for: try await order(received), rating: nil, on: app.db)
            // check
            #expect(whileHandled == .form)
            #expect(afterBadRating == .routeOnly)
            #expect(afterGoodRating == nil)
            #expect(underReview == nil)
        }
    }
}
