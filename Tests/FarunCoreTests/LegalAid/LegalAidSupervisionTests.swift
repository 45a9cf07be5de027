import Testing
import FarunCore

/// 督办: what counts as late or at risk on a given day, on the 2025–2026 calendar fixture. Every date counted by hand.
@Suite struct LegalAidSupervisionTests {
    let calendar = WorkdaysFixture.calendar
    func day(_ iso: String) -> LocalDate { WorkdaysFixture.day(iso) }

    func findings(_ matter: LegalAidSupervision.Matter, on iso: String, policy: LegalAidSupervision.Policy = .standard) -> [LegalAidSupervision.Finding] {
        LegalAidSupervision.findings(matter, today: day(iso), policy: policy, calendar: calendar)
    }

    @Test("LA-01 第四十三条: no decision on day 8 after receipt is overdue by one calendar day; day 6 is at risk; day 3 is fine")
    func decisionOverdue() throws {
        // setup: received Monday 11-02, due Monday 11-09
        let matter = LegalAidSupervision.Matter(state: .received, receivedOn: day("2026-11-02"))
        // act
        let late = findings(matter, on: "2026-11-10")
        let risky = findings(matter, on: "2026-11-08")
        let fine = findings(matter, on: "2026-11-05")
        // check
        let finding = try #require(late.first)
        #expect(late.count == 1)
        #expect(finding.kind == .decision && finding.kind.rule == "LA-01" && finding.kind.article == "第四十三条")
        #expect(finding.severity == .overdue)
        #expect(finding.due.dueDate == day("2026-11-09"))
        #expect(finding.late == 1)
        #expect(finding.unit == .calendarDays)
        #expect(risky.map(\.severity) == [.atRisk])
        #expect(risky.first?.late == 0)
        #expect(fine.isEmpty)
    }

    @Test("LA-01/LA-04 第四十三条第二款: supplement days do not count, so the decision is not late while the applicant was answering")
    func supplementPauseMovesTheDecisionDeadline() throws {
        // setup: notice 11-04, materials back 11-10 → due 11-16 (see LegalAidDeadlineTests)
        let round = PeriodPause(start: day("2026-11-04"), end: day("2026-11-10"), reason: "supplement")
        let matter = LegalAidSupervision.Matter(state: .received, receivedOn: day("2026-11-02"), supplements: [round])
        // act
        let duringPause = findings(matter, on: "2026-11-12")
        let after = findings(matter, on: "2026-11-18")
        // check: without the pause 11-12 would be 3 days late
        #expect(duringPause.isEmpty)
        let finding = try #require(after.first)
        #expect(finding.due.dueDate == day("2026-11-16"))
        #expect(finding.late == 2)
    }

    @Test("LA-04 第四十三条第二款: while a supplement notice is open nothing is late: the applicant holds the matter")
    func openSupplementRoundIsNotLate() {
        // setup
        let round = PeriodPause(start: day("2026-11-04"), end: nil, reason: "supplement")
        let matter = LegalAidSupervision.Matter(state: .materialsIncomplete, receivedOn: day("2026-11-02"), supplements: [round])
        // act
        let result = findings(matter, on: "2026-12-20")
        // check
        #expect(result.isEmpty)
    }

    @Test("LA-01 第四十三条 with 民法典第二百零三条: over 国庆 the period rolls to 10-08, so 10-06 is only at risk and 10-09 one day late")
    func nationalDayHoliday() {
        // setup: received Monday 09-28; day 7 (10-05) falls in the holiday
        let matter = LegalAidSupervision.Matter(state: .received, receivedOn: day("2026-09-28"))
        // act
        let holiday = findings(matter, on: "2026-10-06")
        let after = findings(matter, on: "2026-10-09")
        // check
        #expect(holiday.map(\.severity) == [.atRisk])
        #expect(holiday.first?.due.dueDate == day("2026-10-08"))
        #expect(after.map(\.severity) == [.overdue])
        #expect(after.first?.late == 1)
    }

    @Test("LA-01 第四十三条 in working days (provincial choice): over 春节 the lateness counts working days, the make-up Saturday 02-28 included")
    func springFestivalInWorkingDays() throws {
        // setup: received Tuesday 02-10; working days 02-11, 02-12, 02-13, 02-14 (调休), 02-24, 02-25, 02-26 → due 02-26
        let policy = LegalAidSupervision.Policy(legalAid: LegalAidPolicy(unit: .workingDays))
        let matter = LegalAidSupervision.Matter(state: .received, receivedOn: day("2026-02-10"))
        // act
        let result = findings(matter, on: "2026-03-02", policy: policy)
        // check: 02-27, 02-28 (调休), 03-02 are working days after the due date; 03-01 (Sunday) is not
        let finding = try #require(result.first)
        #expect(finding.due.dueDate == day("2026-02-26"))
        #expect(finding.unit == .workingDays)
        #expect(finding.late == 3)
    }

    @Test("LA-02 第四十三条: an assignment due in 春节 rolls to 02-24, so nothing is late on 02-20 and one day late on 02-25")
    func assignmentOverSpringFestival() {
        // setup: granted Thursday 02-12; day 3 (02-15) is in the holiday through 02-23
        let matter = LegalAidSupervision.Matter(state: .granted, receivedOn: day("2026-02-10"), grantedOn: day("2026-02-12"))
        // act
        let holiday = findings(matter, on: "2026-02-20")
        let after = findings(matter, on: "2026-02-25")
        // check
        #expect(holiday.isEmpty)
        #expect(after.map(\.kind) == [.assignment])
        #expect(after.first?.kind.rule == "LA-02")
        #expect(after.first?.due.dueDate == day("2026-02-24"))
        #expect(after.first?.late == 1)
    }

    @Test("LA-06 第四十九条: an objection received 11-10 is due 11-16 (11-15 is a Sunday) and late on 11-17; decided objections do not count")
    func objectionOverdue() {
        // setup
        let open = LegalAidSupervision.Matter(state: .refused, receivedOn: day("2026-11-01"), openObjections: [day("2026-11-10")])
        let decided = LegalAidSupervision.Matter(state: .refused, receivedOn: day("2026-11-01"))
        // act
        let result = findings(open, on: "2026-11-17")
        // check
        #expect(result.map(\.kind) == [.objection])
        #expect(result.first?.due.dueDate == day("2026-11-16"))
        #expect(result.first?.late == 1)
        #expect(findings(decided, on: "2026-11-17").isEmpty)
    }

    @Test("第五十九条: 30 days without a note is late, counted from the last note in calendar days without roll-forward")
    func noProgress() {
        // setup: assigned 09-01, last note 09-10 → due 10-10 (a Saturday, no roll-forward for the agency's own guard)
        let matter = LegalAidSupervision.Matter(state: .handling, receivedOn: day("2026-08-20"), assignedOn: day("2026-09-01"),
                                                lastRecordedOn: day("2026-09-10"))
        // act
        let result = findings(matter, on: "2026-10-12")
        let shorter = findings(matter, on: "2026-09-25", policy: LegalAidSupervision.Policy(noProgressDays: 10))
        // check
        #expect(result.map(\.kind) == [.noProgress])
        #expect(result.first?.due.dueDate == day("2026-10-10"))
        #expect(result.first?.unit == .calendarDaysNoRollForward)
        #expect(result.first?.late == 2)
        #expect(shorter.first?.due.dueDate == day("2026-09-20"))
        #expect(shorter.first?.late == 5)
    }

    @Test("第五十九条: a hearing that passed with nothing recorded since is late 3 days after it; a note on the hearing day clears it")
    func hearingWithNothingRecorded() {
        // setup: hearing on 11-05, the note announcing it written 11-01
        var matter = LegalAidSupervision.Matter(state: .handling, receivedOn: day("2026-10-01"), assignedOn: day("2026-10-10"),
                                                lastRecordedOn: day("2026-11-01"), hearings: [day("2026-11-05")])
        // act
        let late = findings(matter, on: "2026-11-09")
        matter.lastRecordedOn = day("2026-11-05")
        let recorded = findings(matter, on: "2026-11-09")
        // check
        #expect(late.map(\.kind) == [.hearingUnrecorded])
        #expect(late.first?.due.dueDate == day("2026-11-08"))
        #expect(late.first?.late == 1)
        #expect(recorded.isEmpty)
    }

    @Test("LA-26 第五十条: 30 days after the matter ended without the closing report is late")
    func closingReportMissing() {
        // setup: ended 11-01 → due 12-01 (a Tuesday)
        let matter = LegalAidSupervision.Matter(state: .handling, receivedOn: day("2026-09-01"), assignedOn: day("2026-09-05"),
                                                lastRecordedOn: day("2026-11-20"), concludedOn: day("2026-11-01"))
        // act
        let result = findings(matter, on: "2026-12-03")
        // check
        #expect(result.map(\.kind) == [.closingReport])
        #expect(result.first?.kind.rule == "LA-26")
        #expect(result.first?.late == 2)
        #expect(result.first?.kind.isProvidersTurn == true)
    }

    @Test("Closed and withdrawn matters are never late")
    func finishedMattersAreNotSupervised() {
        // setup
        let closed = LegalAidSupervision.Matter(state: .closed, receivedOn: day("2026-01-05"), concludedOn: day("2026-02-01"))
        let withdrawn = LegalAidSupervision.Matter(state: .withdrawn, receivedOn: day("2026-01-05"))
        // act + check
        #expect(findings(closed, on: "2026-12-01").isEmpty)
        #expect(findings(withdrawn, on: "2026-12-01").isEmpty)
    }
}

/// 满意率 in the legal aid statistics, checked by hand.
@Suite struct LegalAidSatisfactionStatisticsTests {
    func day(_ iso: String) -> LocalDate { WorkdaysFixture.day(iso) }

    @Test("满意率: 满意 and 基本满意 over rated cases: 3 of 4 = 75 %; unrated cases are left out, none rated = no figure")
    func satisfactionRate() {
        // setup: five closed cases, four rated (two 满意, one 基本满意, one 不满意), one not rated
        let rated: [Bool?] = [true, true, true, false, nil]
        let records = rated.map { LegalAidStatistics.Record(category: .wages, state: .closed, receivedOn: day("2026-11-02"), satisfied: $0) }
        // act
        let summary = LegalAidStatistics.summary(records)
        let none = LegalAidStatistics.summary([.init(category: .wages, state: .closed, receivedOn: day("2026-11-02"))])
        // check
        #expect(summary.satisfaction.part == 3)
        #expect(summary.satisfaction.whole == 4)
        #expect(summary.satisfaction.percent == 75)
        #expect(none.satisfaction.percent == nil)
    }
}
