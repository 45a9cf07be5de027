import Foundation
import Testing
@testable import FarunCore

@Suite struct ConsultationLifecycleTests {
    static let t0 = Date(timeIntervalSince1970: 1_790_000_000)
    static let county = RegionPath(ids: [1, 5, 23])

    static func lawyer(_ key: String, at region: RegionPath = RegionPath(ids: [1, 5]), role: StaffRole = .lawyer) -> ConsultationLawyer {
        ConsultationLawyer(key: key, grants: [Grant(role: role, regionPath: region)])
    }

    static func asked() -> Consultation {
        Consultation(id: UUID(), askedAt: t0, regionPath: county, field: .known(.labour))
    }

    static func answered(by keys: [String], policy: ConsultationPolicy = .standard) throws -> Consultation {
        var c = asked()
        for (i, key) in keys.enumerated() {
            c = try ConsultationLifecycle.apply(.answer(lawyer(key), at: t0 + Double(60 * (i + 1))), to: c, policy: policy)
        }
        return c
    }

    @Test func firstAnswerMovesOpenToAnsweredAndThirdDistinctLawyerToFullyAnswered() throws {
        // setup
        let c = Self.asked()
        // act
        let one = try ConsultationLifecycle.apply(.answer(Self.lawyer("a"), at: Self.t0 + 60), to: c)
        let three = try Self.answered(by: ["a", "b", "c"])
        // check
        #expect(c.state == .open)
        #expect(one.state == .answered)
        #expect(three.state == .fullyAnswered)
        #expect(three.answeringLawyers == ["a", "b", "c"])
    }

    @Test func sameLawyerAnsweringTwiceCountsOnceTowardN() throws {
        // setup
        let c = try Self.answered(by: ["a", "b"])
        // act
        let again = try ConsultationLifecycle.apply(.answer(Self.lawyer("a"), at: Self.t0 + 600), to: c)
        // check
        #expect(again.state == .answered)
        #expect(again.threads.count == 2)
        #expect(again.thread(of: "a")?.entries.count == 2)
    }

    @Test func lawyerOutsideTheQuestionsRegionIsRefused() throws {
        // setup
        let elsewhere = Self.lawyer("x", at: RegionPath(ids: [1, 6]))
        // act / check
        #expect(throws: ConsultationProblem.outsideGrant) {
            try ConsultationLifecycle.apply(.answer(elsewhere, at: Self.t0 + 60), to: Self.asked())
        }
    }

    @Test func staffWithoutAnAnsweringRoleIsRefusedEvenInTheRegion() throws {
        // setup
        let clerk = Self.lawyer("clerk", at: Self.county, role: .windowClerk)
        // act / check
        #expect(throws: ConsultationProblem.outsideGrant) {
            try ConsultationLifecycle.apply(.answer(clerk, at: Self.t0 + 60), to: Self.asked())
        }
        #expect(Self.lawyer("g", at: Self.county, role: .grassrootsWorker).mayAnswer(in: Self.county))
    }

    @Test func aFourthLawyerIsRefusedOnceNDistinctLawyersAnsweredButThreadsContinue() throws {
        // setup
        let c = try Self.answered(by: ["a", "b", "c"])
        // act
        let followed = try ConsultationLifecycle.apply(.followUp(lawyer: "b", at: Self.t0 + 900), to: c)
        let replied = try ConsultationLifecycle.apply(.answer(Self.lawyer("b"), at: Self.t0 + 960), to: followed)
        // check
        #expect(throws: ConsultationProblem.enoughLawyers) {
            try ConsultationLifecycle.apply(.answer(Self.lawyer("d"), at: Self.t0 + 700), to: c)
        }
        #expect(replied.state == .fullyAnswered)
        #expect(replied.thread(of: "b")?.followUpResponseTimes == [60])
    }

    @Test func requiredLawyersIsConfigurable() throws {
        // setup
        let policy = ConsultationPolicy(requiredLawyers: 1)
        // act
        let c = try Self.answered(by: ["a"], policy: policy)
        // check
        #expect(c.state == .fullyAnswered)
        #expect(!ConsultationLifecycle.isOfferedToNewLawyers(c, policy: policy))
    }

    @Test func followUpsAreUnlimitedAndGoToThatLawyersThread() throws {
        // setup
        var c = try Self.answered(by: ["a", "b"])
        // act
        for i in 0..<50 {
            c = try ConsultationLifecycle.apply(.followUp(lawyer: "a", at: Self.t0 + Double(1000 + i)), to: c)
        }
        // check
        #expect(c.thread(of: "a")?.followUpCount == 50)
        #expect(c.thread(of: "b")?.followUpCount == 0)
        #expect(c.lastActivityAt == Self.t0 + 1049)
    }

    @Test func followUpToALawyerWhoNeverAnsweredIsRefused() throws {
        // setup
        let c = try Self.answered(by: ["a"])
        // act / check
        #expect(throws: ConsultationProblem.noSuchThread) {
            try ConsultationLifecycle.apply(.followUp(lawyer: "z", at: Self.t0 + 900), to: c)
        }
    }

    @Test func followUpAndAnswerOnAClosedConsultationAreRefused() throws {
        // setup
        let c = try ConsultationLifecycle.apply(.closeByCitizen(at: Self.t0 + 900), to: Self.answered(by: ["a"]))
        // act / check
        #expect(c.state == .closed && c.closeReason == .citizen)
        #expect(throws: ConsultationProblem.closed) { try ConsultationLifecycle.apply(.followUp(lawyer: "a", at: Self.t0 + 1000), to: c) }
        #expect(throws: ConsultationProblem.closed) { try ConsultationLifecycle.apply(.answer(Self.lawyer("b"), at: Self.t0 + 1000), to: c) }
        #expect(throws: ConsultationProblem.alreadyClosed) { try ConsultationLifecycle.apply(.closeByCitizen(at: Self.t0 + 1000), to: c) }
    }

    @Test func closesAutomaticallyOnlyAfterSevenDaysWithoutActivity() throws {
        // setup
        let c = try Self.answered(by: ["a"])
        let sevenDays = c.lastActivityAt + 7 * 86_400
        // act
        let closed = try ConsultationLifecycle.apply(.closeForInactivity(at: sevenDays), to: c)
        // check
        #expect(throws: ConsultationProblem.stillActive) {
            try ConsultationLifecycle.apply(.closeForInactivity(at: sevenDays - 1), to: c)
        }
        #expect(closed.state == .closed && closed.closeReason == .inactivity && closed.closedAt == sevenDays)
    }

    @Test func anUnansweredFollowUpKeepsTheConsultationFromClosingItself() throws {
        // setup
        let c = try ConsultationLifecycle.apply(.followUp(lawyer: "a", at: Self.t0 + 900), to: Self.answered(by: ["a"]))
        let muchLater = Self.t0 + 30 * 86_400
        // act
        let replied = try ConsultationLifecycle.apply(.answer(Self.lawyer("a"), at: muchLater), to: c)
        // check
        #expect(throws: ConsultationProblem.followUpAwaitingReply) {
            try ConsultationLifecycle.apply(.closeForInactivity(at: muchLater), to: c)
        }
        #expect(!ConsultationLifecycle.isDueForAutoClose(c, at: muchLater))
        #expect(!ConsultationLifecycle.isDueForAutoClose(replied, at: muchLater + 86_400))
        #expect(ConsultationLifecycle.isDueForAutoClose(replied, at: muchLater + 7 * 86_400))
    }

    @Test func publishingNeedsClosedConsentBestAnswerAndReview() throws {
        // setup
        let answered = try Self.answered(by: ["a", "b"])
        let closed = try ConsultationLifecycle.apply(.closeByCitizen(at: Self.t0 + 900), to: answered)
        let consented = try ConsultationLifecycle.apply(.consentToPublication(true), to: closed)
        let best = try ConsultationLifecycle.apply(.markBest(lawyer: "b"), to: consented)
        // act
        let published = try ConsultationLifecycle.apply(.publish(at: Self.t0 + 2000, reviewed: true), to: best)
        // check
        #expect(throws: ConsultationProblem.notClosed) { try ConsultationLifecycle.apply(.publish(at: Self.t0, reviewed: true), to: answered) }
        #expect(throws: ConsultationProblem.noConsent) { try ConsultationLifecycle.apply(.publish(at: Self.t0, reviewed: true), to: closed) }
        #expect(throws: ConsultationProblem.noBestAnswer) { try ConsultationLifecycle.apply(.publish(at: Self.t0, reviewed: true), to: consented) }
        #expect(throws: ConsultationProblem.notReviewed) { try ConsultationLifecycle.apply(.publish(at: Self.t0, reviewed: false), to: best) }
        #expect(published.state == .published && published.bestLawyer == "b")
        #expect(throws: ConsultationProblem.closed) { try ConsultationLifecycle.apply(.rate(lawyer: "a", score: 5), to: published) }
    }

    @Test func ratingsMustBeOneToFiveAndNeedTheLawyersThread() throws {
        // setup
        let c = try Self.answered(by: ["a"])
        // act
        let rated = try ConsultationLifecycle.apply(.rate(lawyer: "a", score: 4), to: c)
        // check
        #expect(rated.thread(of: "a")?.rating == 4)
        #expect(rated.lastActivityAt == c.lastActivityAt)
        #expect(throws: ConsultationProblem.ratingOutOfRange) { try ConsultationLifecycle.apply(.rate(lawyer: "a", score: 6), to: c) }
        #expect(throws: ConsultationProblem.noSuchThread) { try ConsultationLifecycle.apply(.rate(lawyer: "q", score: 3), to: c) }
    }

    @Test func anAnswerStampedBeforeTheLastActivityIsKeptWithoutMovingActivityBack() throws {
        // setup: two instances' clocks disagree by a second
        let c = try ConsultationLifecycle.apply(.answer(Self.lawyer("a"), at: Self.t0 + 100), to: Self.asked())
        // act
        let next = try ConsultationLifecycle.apply(.answer(Self.lawyer("b"), at: Self.t0 + 99), to: c)
        // check
        #expect(next.threads.count == 2)
        #expect(next.lastActivityAt == Self.t0 + 100)
    }

    @Test(arguments: ["", "   \n "])
    func emptyQuestionsAreRefused(text: String) {
        #expect(throws: QuestionTextProblem.empty) { try ConsultationLifecycle.validateQuestion(text) }
    }

    @Test func hugeQuestionsAreRefusedAndNormalOnesTrimmed() throws {
        // setup
        let policy = ConsultationPolicy(maximumQuestionLength: 10)
        // act / check
        #expect(throws: QuestionTextProblem.tooLong(maximum: 10)) { try ConsultationLifecycle.validateQuestion(String(repeating: "工", count: 11), policy: policy) }
        #expect(try ConsultationLifecycle.validateQuestion("  老板欠薪怎么办 ", policy: policy) == "老板欠薪怎么办")
    }

    @Test func storedRawValuesStayStable() {
        #expect(ConsultationState.allCases.map(\.rawValue) == ["open", "answered", "fully_answered", "closed", "published"])
        #expect(QuestionField(rawValue: "other") == .other)
        #expect(QuestionField(rawValue: "marriage_family") == .known(.marriageFamily))
        #expect(QuestionField(rawValue: "nonsense") == nil)
        #expect(ConsultationEntry.Kind.followUp.rawValue == "follow_up")
    }
}
