import Testing
import FarunCore

@Suite struct LegalAidScreeningTests {
    @Test("第四十二条第（三）项: a migrant worker claiming wages is exempt from the means check and takes the green channel")
    func migrantWorkerWages() {
        // act
        let wages = LegalAidScreening.assess(category: .wages, circumstances: [.migrantWorker])
        let injury = LegalAidScreening.assess(category: .workInjury, circumstances: [.migrantWorker])
        // check
        #expect(wages.economicReview == .exempt(item: 3))
        #expect(wages.priorities == [.migrantWorkerClaim])
        #expect(wages.proofs == [.migrantWorker])
        #expect(injury.economicReview == .exempt(item: 3))
    }

    @Test("第四十二条第（三）项: the migrant-worker exemption covers wages and work injury only")
    func migrantWorkerOtherMatter() {
        // act
        let maintenance = LegalAidScreening.assess(category: .maintenance, circumstances: [.migrantWorker])
        let relation = LegalAidScreening.assess(category: .employmentRelation, circumstances: [.migrantWorker])
        // check
        #expect(maintenance.economicReview == .pledge)
        #expect(maintenance.priorities.isEmpty)
        #expect(relation.economicReview == .pledge)
    }

    @Test("第四十二条第（一）、（二）项: people without fixed income and assistance recipients are exempt from the check")
    func exemptGroups() {
        // act
        let elderly = LegalAidScreening.assess(category: .maintenance, circumstances: [.elderlyWithoutIncome])
        let assisted = LegalAidScreening.assess(category: .socialInsurance, circumstances: [.socialAssistance, .preferentialCare])
        // check
        #expect(elderly.economicReview == .exempt(item: 1))
        #expect(elderly.priorities == [.vulnerableGroup])
        #expect(assisted.economicReview == .exempt(item: 2))
        #expect(assisted.proofs == [.socialAssistance, .preferentialCare])
        #expect(assisted.economicReview.citation == "《中华人民共和国法律援助法》第四十二条第（二）项")
    }

    @Test("第三十二条: no economic condition for abuse victims, and it outranks an exemption")
    func noConditionOutranksExemption() {
        // act
        let victim = LegalAidScreening.assess(category: .maintenance, circumstances: [.abuseVictim, .socialAssistance])
        // check
        #expect(victim.economicReview == .noCondition(item: 4))
        #expect(!victim.economicReview.needsPledge)
        #expect(victim.proofs == [.abuseVictim])
    }

    @Test("第三十二条第（三）项: retrial acquittal frees state compensation claims only")
    func retrialAcquittal() {
        // act
        let compensation = LegalAidScreening.assess(category: .stateCompensation, circumstances: [.retrialAcquittal])
        let wages = LegalAidScreening.assess(category: .wages, circumstances: [.retrialAcquittal])
        // check
        #expect(compensation.economicReview == .noCondition(item: 3))
        #expect(wages.economicReview == .pledge)
    }

    @Test("第四十一条: everyone else states their situation and signs the integrity pledge")
    func pledgeByDefault() {
        // act
        let result = LegalAidScreening.assess(category: .criminalDefence, circumstances: [])
        // check
        #expect(result.economicReview == .pledge)
        #expect(result.economicReview.needsPledge)
        #expect(!result.isPriority)
    }

    @Test("第二十五条、第三十六条: notified defence has no economic condition and is appointed first")
    func notifiedDefence() {
        // act
        let notified = LegalAidScreening.assess(category: .notifiedDefence, circumstances: [.minor])
        let medical = LegalAidScreening.assess(category: .compulsoryTreatment, circumstances: [])
        // check
        #expect(notified.economicReview == .notApplicable(article: "第二十五条"))
        #expect(notified.priorities == [.notifiedAppointment, .vulnerableGroup])
        #expect(medical.economicReview == .notApplicable(article: "第二十八条"))
    }

    @Test("第四十四条: fewer than 7 days to a limitation period allows aid before the decision")
    func limitationNear() {
        // act
        let six = LegalAidScreening.assess(category: .wages, circumstances: [], urgency: .init(daysToLimitation: 6))
        let seven = LegalAidScreening.assess(category: .wages, circumstances: [], urgency: .init(daysToLimitation: 7))
        let preservation = LegalAidScreening.assess(category: .otherInjury, circumstances: [], urgency: .init(needsPreservation: true))
        // check
        #expect(six.priorities == [.limitationNear])
        #expect(six.allowsProvisionalAid)
        #expect(!seven.isPriority)
        #expect(preservation.allowsProvisionalAid)
    }

    @Test("第二十四、二十五、二十八、二十九、三十一条: every category cites its article and item")
    func categoryCitations() {
        // check
        #expect(LegalAidCategory.criminalDefence.citation == "《中华人民共和国法律援助法》第二十四条")
        #expect(LegalAidCategory.criminalVictim.article == "第二十九条")
        #expect(LegalAidCategory.wages.citation == "《中华人民共和国法律援助法》第三十一条第（五）项")
        #expect(Set(LegalAidCategory.allCases.compactMap(\.item)) == Set(1...9))
    }

    @Test func circumstancesRoundTripThroughTheStoredForm() {
        // setup
        let set: Set<LegalAidCircumstance> = [.migrantWorker, .elderly]
        // act
        let text = LegalAidCircumstance.format(set)
        // check
        #expect(text == "migrant_worker,elderly")
        #expect(LegalAidCircumstance.parse(text + ",bogus") == set)
    }
}
