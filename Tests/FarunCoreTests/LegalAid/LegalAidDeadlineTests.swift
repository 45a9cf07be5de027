import Testing
import FarunCore

/// Deadlines of 法律援助法, on the 2025–2026 calendar fixture. Every expected date was counted by hand.
@Suite struct LegalAidDeadlineTests {
    let calendar = WorkdaysFixture.calendar
    func day(_ iso: String) -> LocalDate { WorkdaysFixture.day(iso) }

    @Test("第四十三条: decide within 7 days of receipt, the receipt day not counted")
    func decisionWithinSevenDays() {
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-11-02"), supplements: [], policy: .standard, calendar: calendar)
        // check: 11-03 is day 1, 11-09 (Monday) day 7
        #expect(due.dueDate == day("2026-11-09"))
        #expect(!due.isProvisional)
    }

    @Test("第四十三条 with 民法典第二百零三条: a decision period ending in the National Day holiday rolls to 10-08")
    func decisionRollsOverHoliday() {
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-09-28"), supplements: [], policy: .standard, calendar: calendar)
        // check: day 7 is 10-05, a holiday through 10-07
        #expect(due.dueDate == day("2026-10-08"))
    }

    @Test("第四十三条: counted in working days where the province says so, the adjusted Saturday 10-10 counts")
    func decisionInWorkingDays() {
        // setup
        let policy = LegalAidPolicy(unit: .workingDays)
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-09-28"), supplements: [], policy: policy, calendar: calendar)
        // check: 9-29, 9-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13
        #expect(due.dueDate == day("2026-10-13"))
    }

    @Test("第四十三条第二款: the days waiting for missing materials do not count toward the 7 days")
    func supplementPausesDecisionClock() {
        // setup: notice on 11-04, materials arrive 11-10
        let round = PeriodPause(start: day("2026-11-04"), end: day("2026-11-10"), reason: "supplement")
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-11-02"), supplements: [round], policy: .standard, calendar: calendar)
        // check: 11-03 is day 1, 11-04…11-09 paused, 11-10 day 2 … 11-15 (Sunday) day 7 → Monday 11-16
        #expect(due.dueDate == day("2026-11-16"))
        #expect(due.pausedDays == 6)
    }

    @Test("第四十三条第二款: with an open supplement round the due date assumes the clock resumes today")
    func openSupplementRound() {
        // setup
        let round = PeriodPause(start: day("2026-11-04"), end: nil, reason: "supplement")
        // act
        let due = LegalAidDeadlines.decisionDue(
            receivedOn: day("2026-11-02"), supplements: [round], policy: .standard, calendar: calendar, asOf: day("2026-11-12"))
        // check: 11-03 day 1, 11-12 day 2 … 11-17 day 7
        #expect(due.dueDate == day("2026-11-17"))
        #expect(due.openPause)
    }

    @Test("第四十三条第二款: where the province restarts the period, 7 days run again from the supply day")
    func supplementRestartsDecisionClock() {
        // setup
        let round = PeriodPause(start: day("2026-11-04"), end: day("2026-11-10"), reason: "supplement")
        let policy = LegalAidPolicy(supplementClock: .restart)
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-11-02"), supplements: [round], policy: policy, calendar: calendar)
        // check
        #expect(due.dueDate == day("2026-11-17"))
    }

    @Test("第四十三条第二款: the reply date of the supplement notice is counted by the calculator")
    func supplementReplyDate() {
        // act
        let due = LegalAidDeadlines.supplementReplyDue(noticeOn: day("2026-11-04"), policy: .standard, calendar: calendar)
        let short = LegalAidDeadlines.supplementReplyDue(
            noticeOn: day("2026-09-30"), policy: LegalAidPolicy(supplementReplyDays: 5), calendar: calendar)
        // check: 15 days → 11-19 (Thursday); 5 days from 9-30 → 10-05, holiday → 10-08
        #expect(due.dueDate == day("2026-11-19"))
        #expect(short.dueDate == day("2026-10-08"))
    }

    @Test("第四十三条: assign within 3 days of the grant, rolled past the holiday")
    func assignmentWithinThreeDays() {
        // act
        let due = LegalAidDeadlines.assignmentDue(decidedOn: day("2026-09-29"), policy: .standard, calendar: calendar)
        let plain = LegalAidDeadlines.assignmentDue(decidedOn: day("2026-11-10"), policy: .standard, calendar: calendar)
        // check: 10-02 is a holiday → 10-08; 11-13 is a Friday
        #expect(due.dueDate == day("2026-10-08"))
        #expect(plain.dueDate == day("2026-11-13"))
    }

    @Test("第三十六条: appoint within 3 days of a notice from the court, procuratorate or police")
    func notifiedAppointment() {
        // act
        let due = LegalAidDeadlines.notifiedAppointmentDue(noticeOn: day("2026-11-05"), policy: .standard, calendar: calendar)
        // check: 11-08 is a Sunday → 11-09
        #expect(due.dueDate == day("2026-11-09"))
    }

    @Test("第四十九条: the bureau decides an objection within 5 days; the Spring Festival moves it to 02-24")
    func objectionWithinFiveDays() {
        // act
        let due = LegalAidDeadlines.objectionDue(receivedOn: day("2026-02-12"), policy: .standard, calendar: calendar)
        // check: day 5 is 02-17, inside the 02-15…02-23 holiday
        #expect(due.dueDate == day("2026-02-24"))
    }

    @Test("第四十三条: a decision after the deadline is refused unless an extension reason is recorded")
    func lateDecisionNeedsReason() {
        // setup
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-11-02"), supplements: [], policy: .standard, calendar: calendar)
        // act
        let onTime = LegalAidDeadlines.timeliness(of: day("2026-11-09"), due: due, extensionReason: "")
        let late = LegalAidDeadlines.timeliness(of: day("2026-11-10"), due: due, extensionReason: "  ")
        let excused = LegalAidDeadlines.timeliness(of: day("2026-11-10"), due: due, extensionReason: "需异地协查经济状况")
        // check
        #expect(onTime == .success(.onTime))
        #expect(late == .failure(LateProblem(due: day("2026-11-09"))))
        #expect(excused == .success(.lateWithReason("需异地协查经济状况")))
    }

    @Test func reviewDaysLeaveOutTheSupplementRound() {
        // setup
        let round = PeriodPause(start: day("2026-11-04"), end: day("2026-11-10"), reason: "supplement")
        // act
        let days = LegalAidDeadlines.reviewDays(receivedOn: day("2026-11-02"), decidedOn: day("2026-11-12"), supplements: [round])
        let sameDay = LegalAidDeadlines.reviewDays(receivedOn: day("2026-11-02"), decidedOn: day("2026-11-02"), supplements: [])
        // check: 11-03…11-12 is 10 days, 6 of them paused
        #expect(days == 4)
        #expect(sameDay == 0)
    }

    @Test func periodsIntoAnUncoveredYearAreProvisional() {
        // act
        let due = LegalAidDeadlines.decisionDue(receivedOn: day("2026-12-28"), supplements: [], policy: .standard, calendar: calendar)
        // check
        #expect(due.dueDate == day("2027-01-04"))
        #expect(due.isProvisional)
    }
}
