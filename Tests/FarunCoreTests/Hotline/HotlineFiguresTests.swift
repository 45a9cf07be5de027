import Foundation
import Testing
@testable import FarunCore

@Suite struct HotlineFiguresTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    /// A call ringing `minute` minutes after the start, answered `answerAfter` seconds later (nil = missed),
    /// lasting `talk` seconds after the answer (or after the ring for a missed call).
    static func call(_ minute: Int, answerAfter: Double?, talk: Double = 60, _ op: String? = "op1", calledBack: Bool = false) -> HotlineCallFact {
        let ring = start.addingTimeInterval(Double(minute) * 60)
        let answer = answerAfter.map { ring.addingTimeInterval($0) }
        return HotlineCallFact(ringAt: ring, answeredAt: answer, endedAt: (answer ?? ring).addingTimeInterval(talk), operatorKey: op,
                               calledBack: calledBack)
    }

    @Test func nineteenAnsweredOfTwentyIsExactlyNinetyFivePercentAndMeetsTheTarget() {
        // setup
        let calls = (0..<19).map { Self.call($0, answerAfter: 10) } + [Self.call(19, answerAfter: nil)]
        // act
        let figures = HotlineFigures(calls)
        // check
        #expect(figures.total == 20 && figures.answered == 19 && figures.missed == 1)
        #expect(figures.connectionRate == Share(19, of: 20))
        #expect(figures.connectionRate.permille == 950)
        #expect(figures.connectionTargetMet == true)
    }

    @Test func eighteenAnsweredOfNineteenIsBelowTheTargetEvenThoughItRoundsToNinetyFivePercent() {
        // setup: 18/19 = 94.74 %
        let calls = (0..<18).map { Self.call($0, answerAfter: 10) } + [Self.call(18, answerAfter: nil)]
        // act
        let figures = HotlineFigures(calls)
        // check
        #expect(figures.connectionRate.permille == 947)
        #expect(figures.connectionTargetMet == false)
    }

    @Test func fifteenSecondsCountsAsPromptAndSixteenDoesNot() {
        // setup
        let calls = [Self.call(0, answerAfter: 15), Self.call(1, answerAfter: 16), Self.call(2, answerAfter: 0), Self.call(3, answerAfter: nil)]
        // act
        let figures = HotlineFigures(calls)
        // check: 2 prompt (0 s and 15 s) of 4 calls, and of 3 answered
        #expect(figures.answeredWithin15sOfAll == Share(2, of: 4))
        #expect(figures.answeredWithin15sOfAnswered == Share(2, of: 3))
        #expect(figures.answeredWithin15sOfAll.permille == 500)
        #expect(figures.answeredWithin15sOfAnswered.permille == 666)
    }

    @Test func noCallsGiveNoRatesNoAveragesAndNoVerdictInsteadOfDividingByZero() {
        // act
        let figures = HotlineFigures([])
        // check
        #expect(figures.total == 0)
        #expect(figures.connectionRate.permille == nil)
        #expect(figures.connectionTargetMet == nil)
        #expect(figures.answeredWithin15sOfAll.permille == nil)
        #expect(figures.averageTalkSeconds == nil && figures.averageSecondsToAnswer == nil)
        #expect(figures.perOperator.isEmpty)
    }

    @Test func onlyMissedCallsGiveZeroPercentButNoAverages() {
        // setup
        let calls = [Self.call(0, answerAfter: nil, calledBack: true), Self.call(1, answerAfter: nil)]
        // act
        let figures = HotlineFigures(calls)
        // check
        #expect(figures.connectionRate.permille == 0)
        #expect(figures.connectionTargetMet == false)
        #expect(figures.answeredWithin15sOfAnswered.permille == nil)
        #expect(figures.averageTalkSeconds == nil)
        #expect(figures.missedCalledBack == 1 && figures.missedNotCalledBack == 1)
    }

    @Test func averagesAreOverAnsweredCallsOnly() {
        // setup: talk 60 s and 180 s, answers after 4 s and 10 s; the missed call's 30 s of ringing is not talk time
        let calls = [Self.call(0, answerAfter: 4, talk: 60), Self.call(1, answerAfter: 10, talk: 180), Self.call(2, answerAfter: nil, talk: 30)]
        // act
        let figures = HotlineFigures(calls)
        // check
        #expect(figures.averageTalkSeconds == 120)
        #expect(figures.averageSecondsToAnswer == 7)
    }

    @Test func callsPerOperatorCountAnsweredCallsAndTalkTimeBusiestFirst() {
        // setup
        let calls = [Self.call(0, answerAfter: 5, talk: 100, "wang"), Self.call(1, answerAfter: 5, talk: 50, "li"),
                     Self.call(2, answerAfter: 5, talk: 70, "li"), Self.call(3, answerAfter: nil, talk: 10, "wang"),
                     Self.call(4, answerAfter: 5, talk: 30, nil), Self.call(5, answerAfter: 5, talk: 20, "zhao")]
        // act
        let figures = HotlineFigures(calls)
        // check: the missed call does not count for wang; the call without operator counts for nobody; ties by key
        #expect(figures.perOperator == [OperatorLoad(operatorKey: "li", answered: 2, talkSeconds: 120),
                                        OperatorLoad(operatorKey: "wang", answered: 1, talkSeconds: 100),
                                        OperatorLoad(operatorKey: "zhao", answered: 1, talkSeconds: 20)])
    }

    @Test func aChinaPeriodRunsFromMidnightToTheMidnightAfterItsLastDay() throws {
        // setup
        let period = try ChinaPeriod(from: LocalDate("2026-09-21")!, to: LocalDate("2026-09-22")!)
        // check: 2026-09-21 00:00 +08:00 is 2026-09-20T16:00:00Z
        #expect(period.start == ISO8601DateFormatter().date(from: "2026-09-20T16:00:00Z"))
        #expect(period.end == ISO8601DateFormatter().date(from: "2026-09-22T16:00:00Z"))
        #expect(LocalDate.inChina(period.start) == LocalDate("2026-09-21"))
        #expect(LocalDate.inChina(period.end.addingTimeInterval(-1)) == LocalDate("2026-09-22"))
    }

    @Test func aReversedOrOverlongPeriodIsRefused() {
        // check
        #expect(throws: ChinaPeriod.Problem.endsBeforeItStarts) { try ChinaPeriod(from: LocalDate("2026-09-22")!, to: LocalDate("2026-09-21")!) }
        #expect(throws: ChinaPeriod.Problem.tooLong) { try ChinaPeriod(from: LocalDate("2025-01-01")!, to: LocalDate("2026-01-02")!) }
        #expect((try? ChinaPeriod(from: LocalDate("2025-01-01")!, to: LocalDate("2026-01-01")!)) != nil)
    }
}
