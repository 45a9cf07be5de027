import Foundation
import Testing
import FarunCore

/// 司法确认: the rule ids and articles each test enforces are in its name.
@Suite struct JudicialConfirmationTests {
    let calendar = WorkdaysFixture.calendar
    func day(_ s: String) -> LocalDate { WorkdaysFixture.day(s) }

    @Test("PM-13 民事诉讼法第一百八十七条: the court decides within 30 calendar days of filing")
    func theDecisionDeadlineIsThirtyDaysFromFiling() {
        // act: filed Monday 2026-03-02 → day 30 is Wednesday 2026-04-01
        let deadline = JudicialConfirmation.decisionDeadline(filedOn: day("2026-03-02"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2026-04-01") && !deadline.isProvisional)
    }

    @Test("PM-13 民事诉讼法第一百八十七条 with 第八十五条: a last day in the National Day holiday moves to 2026-10-08")
    func aDecisionDeadlineInTheHolidayRollsForward() {
        // act: 2026-09-01 + 30 = 2026-10-01 (holiday through 10-07)
        let deadline = JudicialConfirmation.decisionDeadline(filedOn: day("2026-09-01"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2026-10-08"))
    }

    @Test("PM-13: a decision deadline reaching into 2027 (no holiday notice yet) is provisional")
    func aDecisionDeadlineInAnUncoveredYearIsProvisional() {
        // act
        let deadline = JudicialConfirmation.decisionDeadline(filedOn: day("2026-12-15"), calendar: calendar)
        // check
        #expect(deadline.dueDate == day("2027-01-14") && deadline.isProvisional)
    }

    @Test("PM-11 人民调解法第三十三条: applying on the last day of the window is accepted, the day after is refused")
    func theThirtyDayWindowIsEnforced() {
        // setup: effective 2026-09-01 → window until 2026-10-08
        func problems(_ filed: String) -> [ConfirmationProblem] {
            JudicialConfirmation.applicationProblems(agreementEffective: day("2026-09-01"), personalRelations: false, filedOn: day(filed),
                                                     today: day("2026-12-01"), courtName: "古县人民法院", calendar: calendar)
        }
        // act
        let lastDay = problems("2026-10-08")
        let late = problems("2026-10-09")
        // check
        #expect(lastDay.isEmpty)
        #expect(late == [.windowClosed(due: day("2026-10-08"))])
    }

    @Test("PM-11: filing before the agreement took effect, in the future, or without a court is refused")
    func badFilingDatesAndAMissingCourtAreRefused() {
        // act
        let early = JudicialConfirmation.applicationProblems(agreementEffective: day("2026-09-01"), personalRelations: false, filedOn: day("2026-08-31"),
                                                             today: day("2026-09-10"), courtName: " ", calendar: calendar)
        let future = JudicialConfirmation.applicationProblems(agreementEffective: day("2026-09-01"), personalRelations: false, filedOn: day("2026-09-11"),
                                                              today: day("2026-09-10"), courtName: "古县人民法院", calendar: calendar)
        let notEffective = JudicialConfirmation.applicationProblems(agreementEffective: nil, personalRelations: false, filedOn: day("2026-09-05"),
                                                                    today: day("2026-09-10"), courtName: "古县人民法院", calendar: calendar)
        // check
        #expect(early == [.filingDateInvalid, .courtNameMissing])
        #expect(future == [.filingDateInvalid])
        #expect(notEffective == [.agreementNotEffective])
    }

    @Test("PM-X1 若干规定第四条: a family agreement settling marriage, adoption or identity cannot be confirmed")
    func personalRelationAgreementsAreExcluded() {
        // act
        let divorce = JudicialConfirmation.concernsPersonalRelations(disputeType: .family, issues: "是否离婚", terms: "双方同意离婚")
        let adoption = JudicialConfirmation.concernsPersonalRelations(disputeType: .family, issues: "解除收养", terms: "")
        let support = JudicialConfirmation.concernsPersonalRelations(disputeType: .family, issues: "赡养费数额", terms: "每月支付赡养费500元")
        let neighbour = JudicialConfirmation.concernsPersonalRelations(disputeType: .neighbour, issues: "结婚宴席占道", terms: "清理通道")
        let refused = JudicialConfirmation.applicationProblems(agreementEffective: day("2026-09-01"), personalRelations: true, filedOn: day("2026-09-02"),
                                                               today: day("2026-09-02"), courtName: "古县人民法院", calendar: calendar)
        // check
        #expect(divorce && adoption)
        #expect(!support && !neighbour)
        #expect(refused == [.personalRelations])
    }

    @Test("PM-12 民事诉讼法第二百零五条: the four courts an application may go to")
    func theCourtChoicesFollowArticle205() {
        // check
        #expect(ConfirmationCourt.allCases.map(\.rawValue) == ["inviting_court", "party_domicile", "mediation_organisation", "subject_matter"])
    }

    @Test("PM-X3 若干规定第三条: the missing materials; the power of attorney only with an agent")
    func theMaterialsChecklist() {
        // act
        let withoutAgent = JudicialConfirmation.missingMaterials(present: [.application, .agreement], throughAgent: false)
        let withAgent = JudicialConfirmation.missingMaterials(present: Set(ConfirmationMaterial.allCases).subtracting([.powerOfAttorney]), throughAgent: true)
        let complete = JudicialConfirmation.missingMaterials(present: Set(ConfirmationMaterial.allCases), throughAgent: true)
        // check
        #expect(withoutAgent == [.identityProof, .propertyProof, .addresses])
        #expect(withAgent == [.powerOfAttorney])
        #expect(complete.isEmpty)
    }

    @Test("PM-14 民事诉讼法第二百零六条: a decision is recorded once, after filing; only a rejection leads on to litigation or legal aid")
    func theOutcomeRules() {
        // act
        let confirmed = JudicialConfirmation.outcomeProblems(filedOn: day("2026-09-02"), alreadyDecided: false, outcome: .confirmed,
                                                             decidedOn: day("2026-09-20"), today: day("2026-09-21"), referral: .none)
        let confirmedWithSuit = JudicialConfirmation.outcomeProblems(filedOn: day("2026-09-02"), alreadyDecided: false, outcome: .confirmed,
                                                                     decidedOn: day("2026-09-20"), today: day("2026-09-21"), referral: .litigation)
        let rejectedToCourt = JudicialConfirmation.outcomeProblems(filedOn: day("2026-09-02"), alreadyDecided: false, outcome: .rejected,
                                                                   decidedOn: day("2026-09-20"), today: day("2026-09-21"), referral: .litigation)
        let beforeFiling = JudicialConfirmation.outcomeProblems(filedOn: day("2026-09-02"), alreadyDecided: false, outcome: .rejected,
                                                                decidedOn: day("2026-09-01"), today: day("2026-09-21"), referral: .arbitration)
        let twice = JudicialConfirmation.outcomeProblems(filedOn: day("2026-09-02"), alreadyDecided: true, outcome: .confirmed,
                                                         decidedOn: day("2026-09-20"), today: day("2026-09-21"), referral: .none)
        // check
        #expect(confirmed.isEmpty && rejectedToCourt.isEmpty)
        #expect(confirmedWithSuit == [.referralNotForRejection])
        #expect(beforeFiling == [.decisionDateInvalid, .referralNotForRejection])
        #expect(twice == [.outcomeAlreadyRecorded])
    }

    @Test func anOnlineDisputeIsShownAwaitingAcceptanceUntilTheFrontDeskAcceptsIt() {
        // check
        #expect(ShownMediationStage(.accepted, orderState: .submitted) == .awaitingAcceptance)
        #expect(ShownMediationStage(.accepted, orderState: .accepted).rawValue == "accepted")
        #expect(ShownMediationStage(.accepted, orderState: .refused) == .notAccepted)
        #expect(ShownMediationStage(.agreed, orderState: .resolved).rawValue == "agreed")
    }
}

@Suite struct ConfirmationTallyTests {
    @Test("PM-14 民事诉讼法第二百零六条: applications counted with the courts' decisions and those still pending")
    func theTallyCountsDecisions() {
        // act
        let tally = ConfirmationTally.of([.confirmed, .confirmed, .rejected, nil])
        // check
        #expect(tally.applied == 4 && tally.confirmed == 2 && tally.rejected == 1 && tally.pending == 1)
        #expect(ConfirmationTally.of([]) == ConfirmationTally())
    }
}
