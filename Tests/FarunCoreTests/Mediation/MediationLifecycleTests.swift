import Foundation
import Testing
import FarunCore

@Suite struct MediationLifecycleTests {
    let agreeing = [DisputeIntakeTests.party(.applicant, "甲"), DisputeIntakeTests.party(.respondent, "乙")]

    @Test func aDisputeRunsFromAcceptedToAgreed() throws {
        // act
        let assigned = try MediationLifecycle.apply(.claim, in: .accepted).get()
        let mediating = try MediationLifecycle.apply(.recordSession, in: assigned, parties: agreeing).get()
        let drafted = try MediationLifecycle.apply(.draftAgreement, in: mediating).get()
        let stillDrafted = try MediationLifecycle.apply(.sign, in: drafted, agreementComplete: false).get()
        let agreed = try MediationLifecycle.apply(.sign, in: stillDrafted, agreementComplete: true).get()
        // check
        #expect([assigned, mediating, drafted, stillDrafted, agreed] == [.assigned, .mediating, .agreementDrafted, .agreementDrafted, .agreed])
        #expect(MediationLifecycle.availableActions(in: .agreed) == [.recordVisit])
        #expect(MediationLifecycle.availableActions(in: .failed).isEmpty)
    }

    @Test func anAgreementCannotBeDraftedBeforeAnySessionNorAfterFailure() {
        // act / check
        #expect(MediationLifecycle.apply(.draftAgreement, in: .assigned) == .failure(.notAllowed(from: .assigned, action: .draftAgreement)))
        #expect(MediationLifecycle.apply(.recordSession, in: .failed, parties: agreeing) == .failure(.notAllowed(from: .failed, action: .recordSession)))
        #expect(MediationLifecycle.apply(.recordVisit, in: .mediating) == .failure(.notAllowed(from: .mediating, action: .recordVisit)))
    }

    @Test("人民调解法第十七条、第二十三条（二）: no session while a party refuses or has not been asked")
    func aSessionNeedsEveryPartysConsent() {
        // setup
        let refusing = [agreeing[0], DisputeIntakeTests.party(.respondent, "乙", consent: .refuses)]
        let unasked = [agreeing[0], DisputeIntakeTests.party(.respondent, "乙", consent: .notYetAsked)]
        // act / check
        #expect(MediationLifecycle.apply(.recordSession, in: .assigned, parties: refusing) == .failure(.partyRefusesMediation(index: 1)))
        #expect(MediationLifecycle.apply(.recordSession, in: .assigned, parties: unasked) == .failure(.consentNotRecorded(index: 1)))
    }

    @Test("人民调解法第十五条（一）、第二十三条（一）: a conflicted mediator may neither take nor hold sessions on the dispute")
    func aConflictedMediatorIsRefused() {
        // act / check
        #expect(MediationLifecycle.apply(.assign, in: .accepted, conflict: true) == .failure(.conflictOfInterest))
        #expect(MediationLifecycle.apply(.claim, in: .accepted, conflict: true) == .failure(.conflictOfInterest))
        #expect(MediationLifecycle.apply(.recordSession, in: .assigned, conflict: true, parties: agreeing) == .failure(.conflictOfInterest))
    }

    @Test("人民调解法第二十六条: mediation can be terminated at any open stage, never after an agreement")
    func failureIsPossibleUntilTheAgreementTakesEffect() {
        // act / check
        for stage in [MediationStage.accepted, .assigned, .mediating, .agreementDrafted] {
            #expect(MediationLifecycle.apply(.fail, in: stage) == .success(.failed))
        }
        #expect(MediationLifecycle.apply(.fail, in: .agreed) == .failure(.notAllowed(from: .agreed, action: .fail)))
    }

    @Test("人民调解法第二十六条: a failure needs its reason")
    func aFailureWithoutReasonIsRefused() {
        // act / check
        #expect(MediationFailure.problems(reason: nil, note: "") == [.failureReasonMissing])
        #expect(MediationFailure.problems(reason: .other, note: " ") == [.failureReasonMissing])
        #expect(MediationFailure.problems(reason: .noAgreement, note: "").isEmpty)
    }

    @Test("人民调解法第二十六条: referrals to litigation, arbitration and legal aid open the matching follow-up service")
    func referralsOpenTheRightService() {
        // act / check
        #expect(Referral.arbitration.followUpService(for: .labour) == "ARBITRATION_LABOUR")
        #expect(Referral.arbitration.followUpService(for: .contract) == "ARBITRATION_COMMERCIAL")
        #expect(Referral.legalAid.followUpService(for: .family) == "LEGAL_AID")
        #expect(Referral.litigation.followUpService(for: .land) == "LEGAL_CONSULTATION")
        #expect(Referral.administrative.followUpService(for: .land) == nil)
        #expect(Referral.none.followUpService(for: .land) == nil)
    }
}

@Suite struct ConflictOfInterestTests {
    let parties = [
        ConflictOfInterest.Person(name: "李桂兰", phoneHash: "p1", residentIDHash: "id1"),
        ConflictOfInterest.Person(name: "王强", phoneHash: "p2", residentIDHash: nil),
    ]

    @Test("人民调解法第十五条（一）: a mediator whose ID number is a party's is that party")
    func sameIDNumberIsDetected() {
        // act
        let findings = ConflictOfInterest.findings(mediator: .init(name: "李 桂兰", phoneHash: nil, residentIDHash: "id1"), parties: parties, declarations: [])
        // check
        #expect(findings == [.init(partyIndex: 0, relation: .isParty, detected: true)])
    }

    @Test func sameNameAndPhoneIsDetectedButANameAloneIsNot() {
        // act
        let both = ConflictOfInterest.findings(mediator: .init(name: "王强", phoneHash: "p2", residentIDHash: "x"), parties: parties, declarations: [])
        let nameOnly = ConflictOfInterest.findings(mediator: .init(name: "王强", phoneHash: "p9", residentIDHash: "x"), parties: parties, declarations: [])
        let emptyHashes = ConflictOfInterest.findings(mediator: .init(name: "赵六", phoneHash: "", residentIDHash: ""),
                                                      parties: [.init(name: "钱七", phoneHash: "", residentIDHash: "")], declarations: [])
        // check
        #expect(both == [.init(partyIndex: 1, relation: .isParty, detected: true)])
        #expect(nameOnly.isEmpty)
        #expect(emptyHashes.isEmpty)
    }

    @Test("人民调解法第二十三条（一）: declared relations (近亲属, 利害关系) count as conflicts")
    func declaredRelationsAreConflicts() {
        // act
        let findings = ConflictOfInterest.findings(
            mediator: .init(name: "赵六", phoneHash: "p9", residentIDHash: nil), parties: parties,
            declarations: [.init(partyIndex: 1, relation: .closeRelative), .init(partyIndex: 7, relation: .spouse)])
        // check: the declaration about a party that does not exist is ignored
        #expect(findings == [.init(partyIndex: 1, relation: .closeRelative, detected: false)])
    }
}
