import Testing
import FarunCore

/// Notified defence (通知辩护) rules of 法律援助法, on the 2025–2026 calendar fixture; dates counted by hand.
@Suite struct NotifiedDefenceTests {
    let calendar = WorkdaysFixture.calendar
    func day(_ iso: String) -> LocalDate { WorkdaysFixture.day(iso) }
    func problem(_ result: Result<Void, NotifiedDefence.Problem>) -> NotifiedDefence.Problem? {
        if case .failure(let problem) = result { return problem }
        return nil
    }

    @Test("LA-13 第三十六条: appoint within 3 days of receiving the notice, the receipt day not counted")
    func appointmentWithinThreeDays() {
        // act
        let due = NotifiedDefence.appointmentDue(receivedOn: day("2026-11-02"), policy: .standard, calendar: calendar)
        // check: 11-03, 11-04, 11-05 (Thursday)
        #expect(due.dueDate == day("2026-11-05"))
        #expect(!due.isProvisional)
    }

    @Test("LA-13 第三十六条 with 民法典第二百零三条: a period ending in the National Day holiday rolls to 10-08, as LA-02 第四十三条 does")
    func appointmentRollsOverHolidayLikeTheAssignmentPeriod() {
        // act
        let notified = NotifiedDefence.appointmentDue(receivedOn: day("2026-09-29"), policy: .standard, calendar: calendar)
        let assignment = LegalAidDeadlines.assignmentDue(decidedOn: day("2026-09-29"), policy: .standard, calendar: calendar)
        // check: day 3 is 10-02, a holiday through 10-07
        #expect(notified.dueDate == day("2026-10-08"))
        #expect(notified == assignment)
    }

    @Test("LA-13 第三十六条: in working days where the province counts so (the same unit as LA-02)")
    func appointmentInWorkingDays() {
        // act
        let due = NotifiedDefence.appointmentDue(receivedOn: day("2026-09-29"), policy: LegalAidPolicy(unit: .workingDays), calendar: calendar)
        // check: 9-30, 10-08, 10-09
        #expect(due.dueDate == day("2026-10-09"))
    }

    @Test("LA-12 第二十五条第一款（一）–（七）: the seven mandatory grounds, in the law's order, plus 第二款 and 第二十八条")
    func groundsFollowTheLaw() {
        // act
        let citations = NotifiedDefence.Ground.allCases.map(\.citation)
        // check
        #expect(citations == ["第二十五条第一款第（一）项", "第二十五条第一款第（二）项", "第二十五条第一款第（三）项", "第二十五条第一款第（四）项",
                              "第二十五条第一款第（五）项", "第二十五条第一款第（六）项", "第二十五条第一款第（七）项", "第二十五条第二款", "第二十八条"])
        #expect(NotifiedDefence.Ground.compulsoryTreatment.category == .compulsoryTreatment)
        #expect(NotifiedDefence.Ground.minor.category == .notifiedDefence)
        #expect(NotifiedDefence.Ground.allCases.allSatisfy { $0.category.isNotified })
    }

    @Test("LA-12 第二十五条: death-penalty review, absentia and ordinary-procedure notices come only from a court")
    func courtOnlyGrounds() {
        // check
        #expect(NotifiedDefence.Ground.deathPenaltyReview.isSent(by: .court))
        #expect(!NotifiedDefence.Ground.deathPenaltyReview.isSent(by: .police))
        #expect(!NotifiedDefence.Ground.trialInAbsentia.isSent(by: .procuratorate))
        #expect(!NotifiedDefence.Ground.ordinaryProcedure.isSent(by: .police))
        #expect(NotifiedDefence.Ground.minor.isSent(by: .police))
        #expect(NotifiedDefence.Ground.lifeOrDeath.isSent(by: .procuratorate))
    }

    @Test("LA-14 第二十六条: life or death cases need a lawyer with 3 full years of relevant practice on the day of appointment")
    func experiencedLawyerForLifeOrDeath() {
        // check
        #expect(NotifiedDefence.Ground.lifeOrDeath.needsExperiencedLawyer)
        #expect(NotifiedDefence.Ground.deathPenaltyReview.needsExperiencedLawyer)
        #expect(NotifiedDefence.Ground.allCases.filter(\.needsExperiencedLawyer).count == 2)
        let short = NotifiedDefence.checkLawyer(for: .lifeOrDeath, practiceSince: day("2023-11-05"), on: day("2026-11-04"))
        #expect(problem(short) == .tooLittleExperience(since: day("2023-11-05")))
        #expect(problem(NotifiedDefence.checkLawyer(for: .lifeOrDeath, practiceSince: day("2023-11-05"), on: day("2026-11-05"))) == nil)
        #expect(problem(NotifiedDefence.checkLawyer(for: .deathPenaltyReview, practiceSince: nil, on: day("2026-11-05"))) == .experienceUnknown)
    }

    @Test("LA-14 第二十六条: other grounds take any lawyer, with or without a recorded practice")
    func otherGroundsTakeAnyLawyer() {
        // check
        for ground in NotifiedDefence.Ground.allCases where !ground.needsExperiencedLawyer {
            #expect(problem(NotifiedDefence.checkLawyer(for: ground, practiceSince: nil, on: day("2026-11-05"))) == nil)
        }
    }

    @Test("LA-14 第二十六条: full years are anniversaries; 29 February counts from 1 March in ordinary years")
    func fullYearsAreAnniversaries() {
        // check
        #expect(NotifiedDefence.fullYears(since: day("2024-02-29"), on: day("2027-02-28")) == 2)
        #expect(NotifiedDefence.fullYears(since: day("2024-02-29"), on: day("2027-03-01")) == 3)
        #expect(NotifiedDefence.fullYears(since: day("2026-11-05"), on: day("2026-11-04")) == 0)
    }

    @Test("第四十三、五十条: generic work-order steps never move a legal aid order; the rating's close only after the closing report")
    func genericStepsOnLegalAidOrders() {
        // check
        for state in LegalAidState.allCases {
            for action in WorkOrderAction.allCases {
                #expect(LegalAidWorkOrderGuard.allows(action, legalAidState: state) == (action == .close && state == .closed),
                        "\(action) in \(state)")
            }
        }
    }
}
