import Testing
import FarunCore

@Suite struct LegalAidStatisticsTests {
    func day(_ iso: String) -> LocalDate { WorkdaysFixture.day(iso) }

    /// Five applications; every figure below was worked out by hand from this list.
    var records: [LegalAidStatistics.Record] {
        [
            // A: wages, granted after 3 days, closed won, 12,345.00 yuan recovered
            .init(category: .wages, state: .closed, receivedOn: day("2026-11-02"), decidedOn: day("2026-11-05"), granted: true,
                  circumstances: [.migrantWorker], outcome: .won, amountRecoveredFen: 1_234_500),
            // B: wages, refused on day 7
            .init(category: .wages, state: .refused, receivedOn: day("2026-11-02"), decidedOn: day("2026-11-09"), granted: false),
            // C: maintenance, granted next day, still handled
            .init(category: .maintenance, state: .handling, receivedOn: day("2026-11-03"), decidedOn: day("2026-11-04"), granted: true,
                  circumstances: [.elderlyWithoutIncome]),
            // D: criminal defence, withdrawn before a decision
            .init(category: .criminalDefence, state: .withdrawn, receivedOn: day("2026-11-02")),
            // E: work injury, 3 paused days (11-03…11-05), decided 11-08 → 6 − 3 = 3 review days; settled, 50,000.50 yuan
            .init(category: .workInjury, state: .closed, receivedOn: day("2026-11-02"), decidedOn: day("2026-11-08"), granted: true,
                  decidedLate: true,
                  supplements: [PeriodPause(start: day("2026-11-03"), end: day("2026-11-06"), reason: "supplement")],
                  circumstances: [.migrantWorker, .disabled], outcome: .settled, amountRecoveredFen: 5_000_050),
        ]
    }

    @Test func countsAndGrantRate() {
        // act
        let summary = LegalAidStatistics.summary(records)
        // check: 3 granted of 4 decided (the withdrawn one is left out)
        #expect(summary.applications == 5)
        #expect(summary.decided == 4)
        #expect(summary.granted == 3)
        #expect(summary.refused == 1)
        #expect(summary.withdrawn == 1)
        #expect(summary.grantRate.percent == 75)
        #expect(summary.decidedLate == 1)
    }

    @Test("第四十三条: time to decision leaves out the supplement rounds")
    func timeToDecision() {
        // act
        let summary = LegalAidStatistics.summary(records)
        // check: review days 3, 7, 1, 3 → mean 3.5, median 3
        #expect(summary.meanReviewDays == 3.5)
        #expect(summary.medianReviewDays == 3)
    }

    @Test func categoriesInTheLawsOrderWithAmounts() {
        // act
        let lines = LegalAidStatistics.summary(records).byCategory
        // check
        #expect(lines.map(\.category) == [.criminalDefence, .maintenance, .wages, .workInjury])
        #expect(lines.map(\.applications) == [1, 1, 2, 1])
        #expect(lines[2].granted == 1 && lines[2].refused == 1)
        #expect(lines.map(\.amountRecoveredFen) == [0, 0, 1_234_500, 5_000_050])
    }

    @Test func amountsRecipientsAndOutcomes() {
        // act
        let summary = LegalAidStatistics.summary(records)
        // check: granted A (migrant), C (elderly), E (migrant, disabled)
        #expect(summary.amountRecoveredFen == 6_234_550)
        #expect(summary.recipientsByGroup.map(\.group) == [.elderly, .disabled, .migrantWorker])
        #expect(summary.recipientsByGroup.map(\.count) == [1, 1, 2])
        #expect(summary.closedCases == 2)
        #expect(summary.casesByOutcome.map(\.outcome) == [.won, .settled])
    }

    @Test func nothingToCountGivesNoRatesRatherThanZero() {
        // act
        let summary = LegalAidStatistics.summary([])
        // check
        #expect(summary.grantRate.percent == nil)
        #expect(summary.meanReviewDays == nil)
        #expect(summary.medianReviewDays == nil)
    }
}
