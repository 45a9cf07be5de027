import Foundation
import Testing
import FarunCore

@Suite struct MediationPeriodTests {
    let calendar = WorkdaysFixture.calendar
    func day(_ s: String) -> LocalDate { WorkdaysFixture.day(s) }

    @Test("人民调解法第三十三条: 30 days from the day after the agreement takes effect, on an ordinary working day")
    func thirtyDaysEndingOnAWorkingDay() {
        // act: effective Monday 2026-03-02 → day 30 is Wednesday 2026-04-01
        let deadline = MediationPeriods.confirmationDeadline(agreementEffective: day("2026-03-02"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2026-04-01"))
        #expect(!deadline.isProvisional)
    }

    @Test("人民调解法第三十三条 with 民法典第二百零三条: a last day in the National Day holiday moves to the first working day after it")
    func aLastDayInTheNationalHolidayRollsForward() {
        // act: 2026-09-01 + 30 = 2026-10-01 (holiday, through 10-07) → Thursday 2026-10-08
        let deadline = MediationPeriods.confirmationDeadline(agreementEffective: day("2026-09-01"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2026-10-08"))
    }

    @Test("人民调解法第三十三条: a last day on an adjusted working Saturday (2026-02-14) stays; one in 春节 moves to 2026-02-24")
    func adjustedWorkdaysAndSpringFestival() {
        // act
        let onAdjustedSaturday = MediationPeriods.confirmationDeadline(agreementEffective: day("2026-01-15"), calendar: calendar)
        let inSpringFestival = MediationPeriods.confirmationDeadline(agreementEffective: day("2026-01-16"), calendar: calendar)
        // check
        #expect(onAdjustedSaturday.dueDate == day("2026-02-14"))
        #expect(inSpringFestival.dueDate == day("2026-02-24"))
    }

    @Test("人民调解法第三十三条: a window reaching into a year without a holiday notice is provisional")
    func aWindowInAnUncoveredYearIsProvisional() {
        // act: 2026-12-15 + 30 = 2027-01-14, and 2027 has no notice yet
        let deadline = MediationPeriods.confirmationDeadline(agreementEffective: day("2026-12-15"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2027-01-14"))
        #expect(deadline.isProvisional)
    }

    @Test("人民调解法第三十三条: the reminder is open, then closing in the last 7 days, then closed")
    func theReminderFollowsTheWindow() {
        // act: due 2026-10-08
        let open = MediationPeriods.confirmationReminder(agreementEffective: day("2026-09-01"), today: day("2026-09-30"), calendar: calendar)
        let soon = MediationPeriods.confirmationReminder(agreementEffective: day("2026-09-01"), today: day("2026-10-01"), calendar: calendar)
        let lastDay = MediationPeriods.confirmationReminder(agreementEffective: day("2026-09-01"), today: day("2026-10-08"), calendar: calendar)
        let closed = MediationPeriods.confirmationReminder(agreementEffective: day("2026-09-01"), today: day("2026-10-09"), calendar: calendar)
        // check
        #expect(open.status == .open && open.daysLeft == 8)
        #expect(soon.status == .closingSoon && soon.daysLeft == 7)
        #expect(lastDay.status == .closingSoon && lastDay.daysLeft == 0)
        #expect(closed.status == .closed && closed.daysLeft == nil)
    }

    @Test("劳动争议调解仲裁法第十四条: arbitration opens 15 days after the application; a last day in 劳动节 moves on")
    func labourMediationWindowRollsOverMayDay() {
        // act: 2026-04-20 + 15 = 2026-05-05 (holiday) → Wednesday 2026-05-06
        let deadline = MediationPeriods.labourArbitrationOpens(applicationReceived: day("2026-04-20"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2026-05-06"))
    }
}
