import Testing
import FarunCore

/// Clock pauses (补正材料, 核实, 不可抗力): `[start, end)`, merged, and only days after the period's start count.
@Suite struct StatutoryPeriodPauseTests {
    let calendar = WorkdaysFixture.calendar

    func pause(_ start: String, _ end: String?) -> PeriodPause {
        PeriodPause(start: WorkdaysFixture.day(start), end: end.map(WorkdaysFixture.day), reason: "补正材料")
    }

    func due(
        _ start: String, _ count: Int, _ unit: PeriodUnit = .calendarDays, pauses: [PeriodPause],
        asOf: String? = nil
    ) -> Deadline {
        StatutoryPeriod.due(
            from: WorkdaysFixture.day(start), count: count, unit: unit, calendar: calendar, pauses: pauses,
            asOf: asOf.map(WorkdaysFixture.day))
    }

    @Test func aPauseBeforeTheStartChangesNothing() {
        // act: 03-10 + 10 = 03-20 (Fri); the pause 03-01..03-04 is over before the period begins
        let deadline = due("2026-03-10", 10, pauses: [pause("2026-03-01", "2026-03-05")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-20"))
        #expect(deadline.pausedDays == 0)
    }

    @Test func pausedDaysInsideThePeriodExtendIt() {
        // act: 03-02 + 10 = 03-12; paused 03-05, 06, 07, 08 (end 03-09 counts again) → 03-16 (Mon)
        let deadline = due("2026-03-02", 10, pauses: [pause("2026-03-05", "2026-03-09")])
        // check
        #expect(deadline == Deadline(
            dueDate: WorkdaysFixture.day("2026-03-16"), isProvisional: false, pausedDays: 4, openPause: false))
    }

    @Test func overlappingPausesAreCountedOnce() {
        // act: 03-05..03-07 and 03-07..03-08 overlap on 03-07: four paused days in all
        let deadline = due(
            "2026-03-02", 10, pauses: [pause("2026-03-07", "2026-03-09"), pause("2026-03-05", "2026-03-08")])
        let duplicated = due(
            "2026-03-02", 10, pauses: [pause("2026-03-05", "2026-03-09"), pause("2026-03-05", "2026-03-09")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-16") && deadline.pausedDays == 4)
        #expect(duplicated == deadline)
    }

    @Test func aPauseStraddlingTheStartOnlyRemovesDaysAfterIt() {
        // act: paused 02-25..03-03; of those only 03-03 is after the start 03-02 → 03-12 + 1 = 03-13
        let deadline = due("2026-03-02", 10, pauses: [pause("2026-02-25", "2026-03-04")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-13"))
        #expect(deadline.pausedDays == 1)
    }

    @Test func aPauseThatEndsWhereItStartsIsEmpty() {
        // act
        let deadline = due(
            "2026-03-02", 10, pauses: [pause("2026-03-05", "2026-03-05"), pause("2026-03-06", "2026-03-04")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-12") && deadline.pausedDays == 0)
    }

    @Test func aPausedRollForwardDayIsSkippedToo() {
        // act: 03-02 + 12 = 03-14 (Sat) → Monday 03-16, but 03-16 and 03-17 are paused → 03-18
        let deadline = due("2026-03-02", 12, pauses: [pause("2026-03-16", "2026-03-18")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-18"))
        #expect(deadline.pausedDays == 2)
    }

    @Test func onlyPausedWorkingDaysDelayAWorkingDayPeriod() {
        // act: 公证 15 working days from 03-02 → 03-23; paused 03-09..03-15 = 5 working days and a weekend
        let plain = due("2026-03-02", 15, .workingDays, pauses: [])
        let paused = due("2026-03-02", 15, .workingDays, pauses: [pause("2026-03-09", "2026-03-16")])
        // check
        #expect(plain.dueDate == WorkdaysFixture.day("2026-03-23"))
        #expect(paused.dueDate == WorkdaysFixture.day("2026-03-30"))
        #expect(paused.pausedDays == 5)
    }

    @Test func anOpenPauseRunsUntilAsOfAndIsFlagged() {
        // act: paused since 03-05 and still paused; if the clock resumes on 03-09 the four days 05..08 are lost
        let resumedOn9th = due("2026-03-02", 10, pauses: [pause("2026-03-05", nil)], asOf: "2026-03-09")
        let withoutAsOf = due("2026-03-02", 10, pauses: [pause("2026-03-05", nil)])
        // check
        #expect(resumedOn9th == Deadline(
            dueDate: WorkdaysFixture.day("2026-03-16"), isProvisional: false, pausedDays: 4, openPause: true))
        #expect(withoutAsOf == Deadline(
            dueDate: WorkdaysFixture.day("2026-03-12"), isProvisional: false, pausedDays: 0, openPause: true))
    }

    @Test func anOpenPauseThatBeginsAfterTheDueDateIsNotFlagged() {
        // act
        let deadline = due("2026-03-02", 10, pauses: [pause("2026-03-20", nil)], asOf: "2026-03-25")
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-03-12"))
        #expect(!deadline.openPause && deadline.pausedDays == 0)
    }

    @Test func aPauseCanPushThePeriodIntoAnUncoveredYear() {
        // act: 12-01 + 30 = 12-31; a 10-day pause in December pushes it to 2027-01-10 (Sun) → 01-11, a guess
        let deadline = due("2026-12-01", 30, pauses: [pause("2026-12-10", "2026-12-20")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2027-01-11"))
        #expect(deadline.isProvisional && deadline.pausedDays == 10)
    }

    @Test func theExactSLAAlsoStopsDuringAPause() {
        // act: 09-28 + 7 = 10-05; paused 09-30 and 10-01 → 10-07, no roll-forward
        let deadline = due(
            "2026-09-28", 7, .calendarDaysNoRollForward, pauses: [pause("2026-09-30", "2026-10-02")])
        // check
        #expect(deadline.dueDate == WorkdaysFixture.day("2026-10-07") && deadline.pausedDays == 2)
    }
}
