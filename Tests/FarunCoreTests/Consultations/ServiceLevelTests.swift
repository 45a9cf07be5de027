import Foundation
import Testing
@testable import FarunCore

@Suite struct ServiceLevelTests {
    static let day = LocalDate(year: 2026, month: 3, day: 2)!
    static let nine = ChinaPeriod.midnight(of: day) + 9 * 3600
    static let county = RegionPath(ids: [1, 5, 23])

    /// A consultation asked at `asked` (seconds after 09:00) answered by lawyers after the given seconds.
    static func consultation(asked: Double = 0, region: RegionPath = county, answers: [(String, Double)]) throws -> Consultation {
        var c = Consultation(id: UUID(), askedAt: nine + asked, regionPath: region, field: .known(.labour))
        for (key, after) in answers {
            let lawyer = ConsultationLawyer(key: key, grants: [Grant(role: .lawyer, regionPath: RegionPath(ids: [1]))])
            c = try ConsultationLifecycle.apply(.answer(lawyer, at: nine + asked + after), to: c)
        }
        return c
    }

    @Test func timesToFirstAndNthAnswerAndFollowUpResponsesAreMeasured() throws {
        // setup
        var c = try Self.consultation(answers: [("a", 120), ("b", 300), ("a", 400), ("c", 900)])
        c = try ConsultationLifecycle.apply(.followUp(lawyer: "b", at: Self.nine + 1000), to: c)
        c = try ConsultationLifecycle.apply(.followUp(lawyer: "b", at: Self.nine + 1100), to: c)
        c = try ConsultationLifecycle.apply(.answer(ConsultationLawyer(key: "b", grants: [Grant(role: .lawyer, regionPath: Self.county)]),
                                                    at: Self.nine + 1300), to: c)
        // act
        let times = ConsultationTimes(c)
        // check
        #expect(times.toFirstAnswer == 120)
        #expect(times.toRequiredAnswers == 900)
        #expect(times.followUpResponses == [300, 200])
    }

    @Test func dailyRegionalFiguresCountInTimeAnswersMedianAndNReached() throws {
        // setup: answered at 2, 8 and 15 minutes; one unanswered for an hour; one asked a minute ago, unanswered
        let all = [
            try Self.consultation(answers: [("a", 120), ("b", 130), ("c", 140)]),
            try Self.consultation(asked: 60, answers: [("a", 480)]),
            try Self.consultation(asked: 120, answers: [("b", 900)]),
            try Self.consultation(asked: 180, answers: []),
            try Self.consultation(asked: 3_600, answers: []),
        ]
        // act
        let report = ServiceLevel.report(all, regionDepth: 3, now: Self.nine + 3_660)
        // check
        #expect(report.count == 1)
        let row = try #require(report.first)
        #expect(row.day == Self.day && row.regionPath == Self.county && row.asked == 5)
        #expect(row.answeredWithinLimit == Share(2, of: 4))
        #expect(row.medianFirstAnswer == 480)
        #expect(row.reachedRequiredLawyers == Share(1, of: 5))
        #expect(row.lawyers.map(\.lawyer) == ["a", "b", "c"])
        #expect(row.lawyers[0].questionsAnswered == 2 && row.lawyers[0].firstAnswers == 2 && row.lawyers[0].medianTimeToAnswer == 300)
        #expect(row.lawyers[1].firstAnswers == 1)
    }

    @Test func reportSplitsByChinaDayAndRegionCutToTheDepth() throws {
        // setup: 23:59 and 00:01 China time, two towns of one county and another county
        let late = try Self.consultation(asked: 15 * 3600 - 60, region: RegionPath(ids: [1, 5, 23, 7]), answers: [])
        let early = try Self.consultation(asked: 15 * 3600 + 60, region: RegionPath(ids: [1, 5, 23, 8]), answers: [])
        let other = try Self.consultation(region: RegionPath(ids: [1, 5, 24]), answers: [])
        // act
        let report = ServiceLevel.report([late, early, other], regionDepth: 3, now: Self.nine + 86_400 * 2)
        // check
        #expect(report.map { "\($0.day) \($0.regionPath)" } == ["2026-03-02 /1/5/23/", "2026-03-02 /1/5/24/", "2026-03-03 /1/5/23/"])
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNilForNone() {
        #expect(ServiceLevel.median([10, 40, 20, 30]) == 25)
        #expect(ServiceLevel.median([]) == nil)
    }

    @Test func anOpenQuestionAlertsExactlyAtTheLimitAndOnlyOnce() throws {
        // setup
        let waiting = try Self.consultation(answers: [])
        let answered = try Self.consultation(answers: [("a", 60)])
        // act
        let before = FirstAnswerAlerts.due([waiting, answered], now: Self.nine + 599)
        let at = FirstAnswerAlerts.due([waiting, answered], now: Self.nine + 600)
        let again = FirstAnswerAlerts.due([waiting, answered], now: Self.nine + 900, alreadyAlerted: [waiting.id])
        // check
        #expect(before.isEmpty)
        #expect(at.map(\.consultationID) == [waiting.id] && at.first?.overdueBy == 0)
        #expect(again.isEmpty)
        #expect(FirstAnswerAlerts.nextCheck([waiting, answered], now: Self.nine + 1) == Self.nine + 600)
    }

    @Test func alertLimitIsConfigurableAndClosedQuestionsNeverAlert() throws {
        // setup
        let policy = ConsultationPolicy(firstAnswerLimit: 300)
        let waiting = try Self.consultation(answers: [])
        let closed = try ConsultationLifecycle.apply(.closeByCitizen(at: Self.nine + 10), to: try Self.consultation(answers: []))
        // act
        let due = FirstAnswerAlerts.due([waiting, closed], now: Self.nine + 300, policy: policy)
        // check
        #expect(due.map(\.consultationID) == [waiting.id])
    }

    @Test func workbenchListsQuestionsStillNeedingLawyersOldestFirst() throws {
        // setup
        let newer = try Self.consultation(asked: 100, answers: [("a", 10)])
        let older = try Self.consultation(asked: 0, answers: [])
        let full = try Self.consultation(asked: 50, answers: [("a", 1), ("b", 2), ("c", 3)])
        // act
        let queue = FirstAnswerAlerts.byAge([newer, full, older])
        // check
        #expect(queue.map(\.id) == [older.id, newer.id])
    }
}
