import Foundation
import Testing
import FarunCore

@Suite struct MediationStatisticsTests {
    func day(_ s: String) -> LocalDate { LocalDate(s)! }
    func fact(_ type: DisputeType, _ point: Int?, _ on: String, _ outcome: DisputeFact.Outcome, _ yuan: Int64?) -> DisputeFact {
        DisputeFact(type: type, pointID: point, acceptedOn: day(on), outcome: outcome, amount: yuan.map { try! DisputeAmount(fen: $0 * 100) })
    }

    /// 2026: six disputes in the year, one in December 2025 (outside).
    var facts: [DisputeFact] {
        [
            fact(.neighbour, 1, "2026-01-05", .agreed, 2000),
            fact(.neighbour, 1, "2026-02-10", .failed, nil),
            fact(.labour, 2, "2026-03-01", .agreed, 15000),
            fact(.labour, 2, "2026-03-02", .agreed, 5000),
            fact(.family, nil, "2026-06-30", .open, 800),
            fact(.land, 1, "2026-12-31", .failed, 100000),
            fact(.land, 1, "2025-12-31", .agreed, 7),
        ]
    }

    @Test func totalsAgainstHandComputedFigures() {
        // act
        let report = MediationStatistics.report(facts, from: day("2026-01-01"), through: day("2026-12-31"))
        // check: 6 accepted; 3 agreed + 2 failed = 5 mediated; 3/5 = 60.0 %;
        // amounts 2000+15000+5000+800+100000 = 122800 yuan; agreed 2000+15000+5000 = 22000 yuan
        #expect(report.total.accepted == 6)
        #expect(report.total.mediated == 5)
        #expect(report.total.open == 1)
        #expect(report.total.successRate == 0.6)
        #expect(report.total.successPercentText == "60.0%")
        #expect(report.total.amountFen == 12_280_000)
        #expect(report.total.agreedAmountFen == 2_200_000)
    }

    @Test func byTypeAndByPoint() {
        // act
        let report = MediationStatistics.report(facts, from: day("2026-01-01"), through: day("2026-12-31"))
        // check: point 1 has neighbour ×2 (1 agreed, 1 failed) and land ×1 failed → 1/3 = 33.3 %
        #expect(report.byType[.labour]?.agreed == 2)
        #expect(report.byType[.labour]?.successPercentText == "100.0%")
        #expect(report.byType[.family]?.successRate == nil)
        #expect(report.byType[.contract] == nil)
        #expect(report.byPoint[1]?.accepted == 3)
        #expect(report.byPoint[1]?.successPercentText == "33.3%")
        #expect(report.byPoint[nil]?.accepted == 1)
    }

    @Test func filtersByTypeAndPoint() {
        // act
        let land = MediationStatistics.report(facts, from: day("2025-01-01"), through: day("2026-12-31"), type: .land)
        let pointTwo = MediationStatistics.report(facts, from: day("2026-01-01"), through: day("2026-12-31"), pointID: 2)
        // check
        #expect(land.total.accepted == 2 && land.total.agreed == 1 && land.total.amountFen == 10_000_700)
        #expect(pointTwo.total.accepted == 2 && pointTwo.total.amountFen == 2_000_000)
    }

    @Test func yearOverYearChange() {
        // setup: 2025-01-01…2025-12-31 had 1 dispute, 2026 had 6
        let lastYear = MediationStatistics.report(facts, from: MediationStatistics.yearEarlier(day("2026-01-01")),
                                                  through: MediationStatistics.yearEarlier(day("2026-12-31")))
        let thisYear = MediationStatistics.report(facts, from: day("2026-01-01"), through: day("2026-12-31"))
        // act / check: (6 − 1) / 1 = +500 %; 4 vs 3 = +33.3 %; 3 vs 4 = −25 %; nothing last year = no change
        #expect(lastYear.total.accepted == 1)
        #expect(MediationStatistics.change(current: thisYear.total.accepted, previous: lastYear.total.accepted) == 5)
        #expect(MediationStatistics.changeText(current: 6, previous: 1) == "+500.0%")
        #expect(MediationStatistics.changeText(current: 4, previous: 3) == "+33.3%")
        #expect(MediationStatistics.changeText(current: 3, previous: 4) == "-25.0%")
        #expect(MediationStatistics.changeText(current: 3, previous: 0) == nil)
        // success rate 60 % vs 100 % → −40 points
        #expect(MediationStatistics.rateChange(current: thisYear.total, previous: lastYear.total).map { ($0 * 10).rounded() / 10 } == -40)
    }

    @Test func theYearBeforeALeapDayIsTheTwentyEighth() {
        // act / check
        #expect(MediationStatistics.yearEarlier(day("2028-02-29")) == day("2027-02-28"))
        #expect(MediationStatistics.yearEarlier(day("2026-11-25")) == day("2025-11-25"))
    }

    @Test func anEmptyPeriodHasNoRate() {
        // act
        let report = MediationStatistics.report([], from: day("2026-01-01"), through: day("2026-12-31"))
        // check
        #expect(report.total.accepted == 0 && report.total.successRate == nil && report.total.successPercentText == nil)
    }
}

@Suite struct DisputeScreeningTests {
    let today = LocalDate("2026-11-25")!

    @Test func periodsParseAndOrder() {
        // act / check
        #expect(ScreeningPeriod("2026-11")?.description == "2026-11")
        #expect(ScreeningPeriod("2026-13") == nil)
        #expect(ScreeningPeriod("2026-1") == nil)
        #expect(ScreeningPeriod("2026-01")!.previous == ScreeningPeriod("2025-12"))
        #expect(ScreeningPeriod.containing(today) == ScreeningPeriod("2026-11"))
    }

    @Test func aConsistentReportPasses() {
        // act / check
        #expect(DisputeScreening.problems(.init(found: 5, resolved: 3, escalated: 2), period: ScreeningPeriod("2026-11")!, today: today).isEmpty)
    }

    @Test func inconsistentOrFutureReportsAreRefused() {
        // act / check
        #expect(DisputeScreening.problems(.init(found: 2, resolved: 2, escalated: 1), period: ScreeningPeriod("2026-10")!, today: today) == [.moreHandledThanFound])
        #expect(DisputeScreening.problems(.init(found: -1, resolved: 0, escalated: 0), period: ScreeningPeriod("2026-10")!, today: today).contains(.negative))
        #expect(DisputeScreening.problems(.init(found: 1, resolved: 0, escalated: 0), period: ScreeningPeriod("2026-12")!, today: today) == [.futurePeriod])
        #expect(DisputeScreening.problems(.init(found: 200_000, resolved: 0, escalated: 0), period: ScreeningPeriod("2026-10")!, today: today) == [.implausible])
    }

    @Test func pointsThatHaveNotReportedAreListedInOrder() {
        // act / check
        #expect(DisputeScreening.missing(expected: [4, 2, 9, 7], reported: [2, 7, 11]) == [4, 9])
        #expect(DisputeScreening.total([.init(found: 3, resolved: 1, escalated: 1), .init(found: 4, resolved: 4, escalated: 0)])
                == .init(found: 7, resolved: 5, escalated: 1))
    }
}

@Suite struct FollowUpVisitTests {
    @Test("人民调解法第三十一条: the committee follows up performance; a visit before the agreement or in the future is refused")
    func visitsAreDatedBetweenTheAgreementAndToday() {
        // setup
        let effective = LocalDate("2026-11-01")!
        let today = LocalDate("2026-11-25")!
        func visit(_ on: String, notes: String = "已支付一半") -> FollowUpVisitRecord {
            FollowUpVisitRecord(on: LocalDate(on)!, mode: .phone, performance: .partlyPerformed, notes: notes)
        }
        // act / check
        #expect(visit("2026-11-20").isValid(agreementEffective: effective, today: today))
        #expect(!visit("2026-10-31").isValid(agreementEffective: effective, today: today))
        #expect(!visit("2026-11-26").isValid(agreementEffective: effective, today: today))
        #expect(!visit("2026-11-20", notes: " ").isValid(agreementEffective: effective, today: today))
        #expect(PerformanceStatus.notPerformed.needsAttention && !PerformanceStatus.performed.needsAttention)
    }
}

@Suite struct MediationSessionTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test("人民调解法第二十七条: a session is recorded with its place or link, participants and notes")
    func sessionsNeedWhatTheFileNeeds() {
        // act / check
        #expect(MediationSessionRecord(mode: .inPerson, at: now, place: "村调解室", participants: ["甲", "乙"], notes: "双方陈述").problems(now: now).isEmpty)
        #expect(MediationSessionRecord(mode: .inPerson, at: now, participants: ["甲"], notes: "x").problems(now: now) == [.placeMissing])
        #expect(MediationSessionRecord(mode: .video, at: now, participants: ["甲"], notes: "x").problems(now: now) == [.linkMissing])
        #expect(MediationSessionRecord(mode: .video, at: now, link: "http://meet.example/1", participants: ["甲"], notes: "x").problems(now: now) == [.linkNotHTTPS])
        #expect(MediationSessionRecord(mode: .phone, at: now, participants: [" "], notes: "").problems(now: now) == [.participantsMissing, .notesMissing])
        #expect(MediationSessionRecord(mode: .phone, at: now.addingTimeInterval(3600), participants: ["甲"], notes: "x").problems(now: now) == [.inFuture])
    }
}
